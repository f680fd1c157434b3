package org.opendti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opendti.diagnostic.BuildListener;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UsageException;
import org.opendti.git.ChangedPaths;
import org.opendti.git.FileProvenance;
import org.opendti.git.GitArrivalTimes;
import org.opendti.git.GitRepo;
import org.opendti.git.MainCommit;
import org.opendti.git.NotARepositoryException;
import org.opendti.git.Provenance;
import org.opendti.git.RevisionException;
import org.opendti.insight.Insights;
import org.opendti.insight.uncertainty.DisputedCorrection;
import org.opendti.load.ApprovalsFile;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.load.InputSelection;
import org.opendti.load.LoadListener;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.Approvals;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.publish.SitePublisher;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.render.InsightsCache;
import org.opendti.render.SiteRenderer;
import org.opendti.score.ScoreCache;
import org.opendti.score.Scorer;
import org.opendti.score.SelfScoreCheck;
import org.opendti.score.UnitScore;
import org.opendti.validate.CheckedFiles;
import org.opendti.validate.Validator;

/**
 * The whole pipeline over one repository, written once: load → validate → score → rank → insight →
 * render → publish ({@link #run}). Every entry point uses it: {@code dti:validate} and {@code
 * dti:score} {@link #check(Scope) check}, {@code dti:publish} and {@code dti:serve} {@link #publish
 * publish}, and the pull-request check runs it on the base and on the head and compares.
 *
 * <pre>{@code
 * PipelineResult result = Pipeline.builder()
 *     .repositoryRoot(Path.of("."))
 *     .build()
 *     .publish(Path.of("target/public"));
 * }</pre>
 *
 * <p>A file with an error is never scored: only files the validator accepted reach the scorer.
 * Built once, a pipeline can run any number of times; each run reads the repository afresh.
 *
 * <h2>What only the whole check sees</h2>
 *
 * <p>A {@link Scope} of changed files reads a few files instead of every file (at 10,000 units, the
 * difference between a second and a minute), and each checked file gets the diagnostics, with
 * {@code file:line:column}, that the whole check gives it, except:
 *
 * <ul>
 *   <li><b>Cohort criteria.</b> A {@code cohort} method ({@code 003_…} 4.6, 8.4, 8.5) scores a unit
 *       against the best and lowest value of every accepted submission of the same framework and
 *       period, unknown without the whole cohort; so a self-assessed score on a cohort criterion is
 *       not compared, and an {@code INFO [self-score-not-compared]} says so. The whole check on
 *       main and the pull-request check (which scores base and head) show the real points.
 *   <li><b>Duplicates across paths.</b> Two files can claim the same unit, framework and period
 *       only if one of them is not at the path its fields name, which is an error on that file
 *       ({@code path-mismatch}) in either check; the extra {@code duplicate-submission} on the
 *       later of the two appears only in the whole check.
 *   <li><b>Rankings and insights</b> need whole cohorts: a changed scope computes neither.
 * </ul>
 *
 * <p>Arrival times: in a changed scope a changed submission arrives when the change is merged, so
 * it is checked as if merged at the {@link Builder#clock(Clock) clock}'s now (as the pull-request
 * check previews it), and Git history is not read.
 */
public final class Pipeline {

  private final Path root;
  private final Path templates;
  private final String baseUrl;
  private final String repositoryUrl;
  private final ArrivalTimes arrivalTimes;
  private final String gitMainRef;
  private final Path approvalsFile;
  private final BuildListener listener;
  private final int whatIfLimit;
  private final Clock clock;
  private final RepositoryLoader loader;
  private final Path renderCache;
  private final int pagePeriods;

  private Pipeline(Builder b) {
    this.renderCache = b.renderCache;
    this.pagePeriods = b.pagePeriods;
    this.root = b.root;
    this.templates = b.templates != null ? b.templates : b.root.resolve("site-templates");
    this.baseUrl = b.baseUrl;
    this.repositoryUrl = b.repositoryUrl;
    this.arrivalTimes = b.arrivalTimes;
    this.gitMainRef = b.gitMainRef;
    this.approvalsFile = b.approvalsFile;
    this.listener = b.listener;
    this.whatIfLimit = b.whatIfLimit;
    this.clock = b.clock;
    RepositoryLoader.Builder load =
        RepositoryLoader.builder()
            .listener(new LoadProgress(listener))
            // The render cache keys files by their content ids; main's provenance takes each
            // file's SHA-256 from the load, so that it is hashed once.
            .contentIds(renderCache != null)
            .gitBlobIds(gitMainRef != null);
    if (renderCache != null) {
      // What the last whole load accepted, kept beside the pages (issue #17, target 3).
      load.readCache(renderCache, SiteRenderer.runningToolVersion());
    }
    this.loader = load.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The load's progress, every 1,000 files, and what the read cache saved. */
  private record LoadProgress(BuildListener listener) implements LoadListener {
    @Override
    public void fileLoaded(String file, int done, int total) {
      if (done == total || done % 1000 == 0) {
        listener.progress(Text.of("progress.loading", done, total));
      }
    }

    @Override
    public void readCacheUsed(int reused, int unread, int kept, Path dir) {
      listener.progress(Text.of("progress.read-cache", reused, kept, dir.toString(), unread));
    }
  }

  /** Load, validate, score and rank the whole repository; nothing is written, no insights. */
  public PipelineResult check() {
    return run(Scope.wholeRepository(), false, null);
  }

  /** Load, validate, score (and, for the whole repository, rank) {@code scope}; no insights. */
  public PipelineResult check(Scope scope) {
    return run(scope, false, null);
  }

  /**
   * {@link #check()} with the insights too: what-if gains and anomaly flags. With a {@link
   * Builder#renderCache render cache}, they are kept there between runs, as {@link #publish} keeps
   * them, and the result carries the digest of what they are computed from ({@link
   * PipelineResult#computedFrom}).
   */
  public PipelineResult checkWithInsights() {
    return run(Scope.wholeRepository(), true, renderCache);
  }

  /** The whole pipeline: the site replaces {@code output} atomically. */
  public PipelineResult publish(Path output) throws IOException {
    PipelineResult result = run(Scope.wholeRepository(), true, renderCache);
    long start = System.nanoTime();
    SitePublisher.PublishResult published;
    // Pages go to disk as they are rendered (the whole site is never in memory); nothing shows in
    // the output folder before the commit, so a failed render leaves the previous site intact.
    SiteRenderer renderer = renderer(start, output);
    try (SitePublisher.Session session = new SitePublisher(listener).begin(output)) {
      renderer.render(result.siteInput(), session);
      published = session.commit();
    }
    if (renderCache != null) {
      SiteRenderer.CacheUse use = renderer.lastCacheUse();
      listener.progress(
          Text.of(
              "progress.render-cache",
              use.reused(),
              use.rendered().size(),
              renderCache.toString(),
              use.reusedByInputs()));
    }
    listener.progress(
        Text.of(
            "progress.published",
            published.written() + published.unchanged(),
            output.toString(),
            millisSince(start),
            published.written(),
            published.unchanged(),
            published.removed()));
    return result;
  }

  /**
   * Every stage up to rendering, in the order they run.
   *
   * @param cache the render cache's folder, which keeps the insights between builds; null: none
   */
  private PipelineResult run(Scope scope, boolean withInsights, Path cache) {
    long start = System.nanoTime();
    Input in = load(scope);
    LoadResult loaded = in.loaded();
    Diagnostics found = validate(in, in.whole() ? cache : null);
    Dataset accepted = Validator.accepted(loaded.dataset(), found);
    Optional<Provenance> provenance =
        in.whole() ? provenance(loaded.contentIds()) : Optional.empty();
    if (provenance.isPresent() && approvalsFile != null) {
      ApprovalsFile.Result approvals = ApprovalsFile.read(approvalsFile, approvalsName());
      found = found.plus(approvals.diagnostics());
      provenance = provenance.map(p -> withApprovals(p, approvals.approvals()));
    }
    ArrivalTimes arrivals =
        in.whole()
            ? provenance.<ArrivalTimes>map(GitArrivalTimes::of).orElse(arrivalTimes)
            : mergedNow(in.checked());
    List<UnitScore> scores = score(accepted, arrivals, in.whole() ? cache : null, loaded);
    found = found.plus(SelfScoreCheck.compare(accepted, scores, loaded.sources(), in.whole()));
    List<Ranking> rankings = in.whole() ? new Ranker().rank(accepted, scores) : List.of();
    InsightsCache.Result kept =
        withInsights && in.whole()
            ? insights(accepted, loaded.contentIds(), scores, rankings, arrivals, cache)
            : new InsightsCache.Result(Insights.EMPTY, false, null);
    PipelineResult result =
        new PipelineResult(
            in.resolve(accepted, found),
            in.inScope(found),
            accepted,
            scores,
            rankings,
            provenance.map(Provenance::files).orElse(Collections.emptySortedMap()),
            kept.insights(),
            kept.key(),
            loaded.contentIds());
    listener.progress(
        Text.of(
            "progress.scored",
            scores.size(),
            rankings.size(),
            result.diagnostics().all().size(),
            millisSince(start)));
    return result;
  }

  /**
   * What the run reads: every file, or what a change needs. The changes are read from Git while the
   * registry, the frameworks and the policy files load, since every submission needs them.
   */
  private Input load(Scope scope) {
    long start = System.nanoTime();
    if (scope instanceof Scope.Whole) {
      return loadAll(Text.of("scope.every-file"), start);
    }
    CompletableFuture<LoadResult> context =
        CompletableFuture.supplyAsync(() -> loader.loadContext(root));
    SortedSet<String> changed;
    try {
      changed = changedPaths(scope);
    } catch (RuntimeException e) {
      context.cancel(true);
      throw e;
    }
    InputSelection selection = InputSelection.of(root, changed);
    if (selection.everything().isPresent()) {
      context.cancel(true);
      listener.progress(Text.of("progress.full-check", selection.everything().get()));
      return loadAll(selection.everything().get(), start);
    }
    LoadResult loaded = loader.loadFiles(root, joinContext(context), selection.read());
    listener.progress(
        Text.of(
            "progress.changed-files",
            changed.size(),
            selection.checked().size(),
            selection.context().size(),
            millisSince(start)));
    Text reason =
        Text.of(
            selection.checked().isEmpty()
                ? "scope.nothing-changed"
                : "scope.only-submissions-changed");
    return new Input(loaded, selection.checked(), reason);
  }

  private Input loadAll(Text reason, long start) {
    LoadResult loaded = loader.load(root);
    listener.progress(
        Text.of(
            "progress.loaded",
            loaded.dataset().frameworks().size(),
            loaded.dataset().submissions().size(),
            loaded.dataset().reviews().size(),
            millisSince(start)));
    return new Input(loaded, null, reason);
  }

  private SortedSet<String> changedPaths(Scope scope) {
    if (scope instanceof Scope.Changed c) {
      return new TreeSet<>(c.paths());
    }
    Scope.ChangedSince since = (Scope.ChangedSince) scope;
    long start = System.nanoTime();
    SortedSet<String> changed = ChangedPaths.since(root, since.base(), since.workTree());
    listener.progress(
        Text.of("progress.changed-since-git", changed.size(), since.base(), millisSince(start)));
    return changed;
  }

  /** The context's value, with its own exception rethrown as it was. */
  private static LoadResult joinContext(CompletableFuture<LoadResult> context) {
    try {
      return context.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * What a run read: everything ({@code checked} null), or the changed files with their context.
   */
  private record Input(LoadResult loaded, SortedSet<String> checked, Text reason) {

    boolean whole() {
      return checked == null;
    }

    /** Whether the run reports the diagnostics of {@code file}. */
    boolean answersFor(String file) {
      return whole() || checked.contains(file);
    }

    /** The diagnostics the run answers for. */
    Diagnostics inScope(Diagnostics found) {
      return whole()
          ? found
          : new Diagnostics(found.all().stream().filter(d -> answersFor(d.file())).toList());
    }

    Scope.Resolved resolve(Dataset accepted, Diagnostics found) {
      if (!whole()) {
        return new Scope.Resolved(false, reason, List.copyOf(checked));
      }
      SortedSet<String> files = new TreeSet<>(loaded.sources().files());
      accepted.frameworks().forEach(f -> files.add(Validator.frameworkFile(f.id())));
      accepted.submissions().forEach(s -> files.add(s.file()));
      accepted.reviews().forEach(r -> files.add(r.file()));
      found.all().forEach(d -> files.add(d.file()));
      return new Scope.Resolved(true, reason, List.copyOf(files));
    }
  }

  /** A changed submission is checked as if merged now; everything else has no arrival yet. */
  private ArrivalTimes mergedNow(SortedSet<String> checked) {
    Instant now = clock.instant();
    return file -> checked.contains(file) ? Optional.of(now) : Optional.empty();
  }

  /** The approvals file as diagnostics name it: relative to the repository when inside it. */
  private String approvalsName() {
    Path file = approvalsFile.toAbsolutePath().normalize();
    Path repo = root.toAbsolutePath().normalize();
    return (file.startsWith(repo) ? repo.relativize(file) : file).toString().replace('\\', '/');
  }

  /**
   * Main's history with the host's record of each merge: its pull request and who approved it. A
   * commit the record does not hold keeps unknown approvers.
   */
  private static Provenance withApprovals(Provenance p, Approvals approvals) {
    java.util.SortedMap<String, FileProvenance> files = new java.util.TreeMap<>();
    p.files()
        .forEach(
            (path, f) ->
                files.put(
                    path,
                    new FileProvenance(
                        f.path(),
                        approved(f.added(), approvals),
                        approved(f.lastChanged(), approvals),
                        f.commits(),
                        f.sha256())));
    return new Provenance(p.tip(), files);
  }

  private static MainCommit approved(MainCommit c, Approvals approvals) {
    return approvals
        .of(c.sha())
        .map(a -> c.withApprovals(a.pullRequest(), a.approvers()))
        .orElse(c);
  }

  /**
   * Main's history, when asked for and readable: a folder that is not a Git work tree, or a shallow
   * clone (whose history would date every file at the cut), gives a warning and no provenance, so a
   * plain copy of the data still builds. A file the load read as main's blob is not read and hashed
   * again: its SHA-256 is the load's ({@code read}).
   */
  private Optional<Provenance> provenance(ContentIds read) {
    if (gitMainRef == null) {
      return Optional.empty();
    }
    if (!Files.exists(root.resolve(".git"))) {
      listener.warning(Text.of("progress.not-a-work-tree", root.toString()));
      return Optional.empty();
    }
    long start = System.nanoTime();
    try (GitRepo repo = GitRepo.open(root)) {
      Provenance provenance = repo.provenance(gitMainRef, read::sha256IfBlob);
      listener.progress(
          Text.of(
              "progress.provenance", provenance.files().size(), gitMainRef, millisSince(start)));
      return Optional.of(provenance);
    } catch (RevisionException | NotARepositoryException e) {
      listener.warning(Text.of("progress.provenance-unknown", e.text()));
      return Optional.empty();
    }
  }

  /**
   * What the load found and the validator finds; with a render cache, submissions checked before
   * from the same bytes with nothing found are not checked on their own again ({@link
   * CheckedFiles}).
   *
   * @param cache the render cache's folder; null: every submission is checked, nothing is kept
   */
  private Diagnostics validate(Input in, Path cache) {
    LoadResult loaded = in.loaded();
    Dataset data = loaded.dataset();
    if (cache == null) {
      return loaded
          .diagnostics()
          .plus(new Validator().validate(data, loaded.sources(), in::answersFor));
    }
    long start = System.nanoTime();
    CheckedFiles checked =
        CheckedFiles.open(
            cache,
            cacheKey(
                "checked", data.frameworks(), data.registry().levels(), data.registry().units()),
            loaded.contentIds());
    Diagnostics found =
        loaded
            .diagnostics()
            .plus(
                new Validator()
                    .validate(data, loaded.sources(), in::answersFor, checked::unchanged));
    checked.save(data, found);
    listener.progress(
        Text.of(
            "progress.check-cache",
            checked.skipped(),
            checked.kept(),
            cache.toString(),
            millisSince(start)));
    return found;
  }

  /**
   * The key of the cache {@code name} kept beside the pages: the digest of the running tool and of
   * everything the cached stage reads besides each entry's own files; empty if they cannot be
   * digested (then nothing is reused or kept).
   */
  private static String cacheKey(String name, Object... reads) {
    List<Object> parts =
        new java.util.ArrayList<>(List.of(name, SiteRenderer.runningToolVersion()));
    parts.addAll(Arrays.asList(reads));
    return SiteRenderer.digestOf(parts);
  }

  /**
   * Every unit's score; with a render cache, those of units scored from what they were scored from
   * last time are taken from it ({@link ScoreCache}).
   *
   * @param cache the render cache's folder; null: every unit is scored, nothing is kept
   */
  private List<UnitScore> score(
      Dataset accepted, ArrivalTimes arrivals, Path cache, LoadResult loaded) {
    if (cache == null) {
      return new Scorer().score(accepted, arrivals);
    }
    long start = System.nanoTime();
    ScoreCache kept =
        ScoreCache.open(cache, cacheKey("scores", accepted.frameworks()), loaded.contentIds());
    List<UnitScore> scores = new Scorer().score(accepted, arrivals, kept);
    kept.save();
    listener.progress(
        Text.of(
            "progress.score-cache",
            kept.reused(),
            scores.size() - kept.reused(),
            cache.toString(),
            millisSince(start)));
    return scores;
  }

  /**
   * Anomaly flags, digit tests and rank intervals for reviewers and readers, what-if gains for
   * units, computed here and nowhere else. What-if indexes each cohort once and re-scores only what
   * a step changes, so its cost grows linearly with the cohort; cohorts above {@code whatIfLimit}
   * submissions (none by default) are skipped.
   *
   * <p>Reviewers' corrections under an open objection (recorded in the review file) enter the rank
   * intervals.
   *
   * <p>With a render cache ({@code cache}), the last build's insights are reused when what they are
   * computed from is unchanged ({@link InsightsCache}).
   */
  private InsightsCache.Result insights(
      Dataset accepted,
      ContentIds contentIds,
      List<UnitScore> scores,
      List<Ranking> rankings,
      ArrivalTimes arrivals,
      Path cache) {
    long start = System.nanoTime();
    Supplier<Insights> compute =
        () -> {
          Map<CohortKey, Long> sizes =
              scores.stream()
                  .collect(Collectors.groupingBy(s -> s.key().cohort(), Collectors.counting()));
          Predicate<CohortKey> small = cohort -> sizes.get(cohort) <= whatIfLimit;
          return Insights.of(accepted, scores, rankings, arrivals, small, openObjections(accepted));
        };
    InsightsCache.Result kept =
        cache != null
            ? InsightsCache.in(cache).get(accepted, contentIds, arrivals, whatIfLimit, compute)
            : new InsightsCache.Result(compute.get(), false, null);
    Insights insights = kept.insights();
    listener.progress(
        kept.reused()
            ? Text.of(
                "progress.insights-reused",
                insights.flags().size(),
                insights.whatIfCount(),
                cache.toString(),
                millisSince(start))
            : Text.of(
                "progress.insights",
                insights.flags().size(),
                insights.whatIfCount(),
                scores.size(),
                insights.rankIntervals().size(),
                insights.integrity().size(),
                millisSince(start)));
    return kept;
  }

  /** Each correction that an open objection in its own review file is about. */
  private static Set<DisputedCorrection> openObjections(Dataset accepted) {
    Set<DisputedCorrection> out = new java.util.HashSet<>();
    for (org.opendti.model.Review r : accepted.reviews()) {
      for (org.opendti.model.Review.Objection o : r.objections()) {
        if (o.open() && o.criterion() != null && r.correction(o.criterion()).isPresent()) {
          out.add(new DisputedCorrection(r.key(), o.criterion()));
        }
      }
    }
    return out;
  }

  /** A renderer that reports every few thousand files, with the time since {@code start}. */
  private SiteRenderer renderer(long start, Path output) {
    int[] count = {0};
    SiteRenderer.Builder b =
        SiteRenderer.builder()
            .templates(templates)
            .listener(
                path -> {
                  // Called on the rendering thread only (see RenderListener), so no atomics.
                  if (++count[0] % 5_000 == 0) {
                    listener.progress(Text.of("progress.rendered", count[0], millisSince(start)));
                  }
                });
    Path schemas = root.resolve("schemas");
    if (Files.isDirectory(schemas)) {
      b.schemas(schemas);
    }
    if (baseUrl != null && !baseUrl.isBlank()) {
      b.baseUrl(baseUrl);
    }
    if (repositoryUrl != null && !repositoryUrl.isBlank()) {
      b.repositoryUrl(repositoryUrl);
    }
    if (renderCache != null) {
      b.cache(renderCache, output);
    }
    return b.pagePeriods(pagePeriods).build();
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /** Configures a {@link Pipeline}; only the repository root is required. */
  public static final class Builder {
    private Path root;
    private Path templates;
    private String baseUrl;
    private String repositoryUrl;
    private ArrivalTimes arrivalTimes = ArrivalTimes.none();
    private String gitMainRef;
    private Path approvalsFile;
    private BuildListener listener = BuildListener.SILENT;
    private int whatIfLimit = Integer.MAX_VALUE;
    private Clock clock = Clock.systemUTC();
    private Path renderCache;
    private int pagePeriods;

    private Builder() {}

    /**
     * Pages for each framework's latest {@code periods} scored periods only; older periods keep
     * their open data and their row in each scorecard's history ({@link
     * org.opendti.render.SiteRenderer.Builder#pagePeriods}). Default 0: every period has pages.
     */
    public Builder pagePeriods(int periods) {
      if (periods < 0) {
        throw new UsageException(Text.of("usage.page-periods", periods));
      }
      this.pagePeriods = periods;
      return this;
    }

    /**
     * {@link #pagePeriods(int)} as a user wrote it ({@code -Ddti.pagePeriods}, a workflow's
     * variable): empty or null is 0, every period; anything but a whole number of 0 or more is a
     * usage error, in the user's language.
     */
    public Builder pagePeriods(String periods) {
      if (periods == null || periods.isBlank()) {
        return pagePeriods(0);
      }
      try {
        return pagePeriods(Integer.parseInt(periods.strip()));
      } catch (NumberFormatException e) {
        throw new UsageException(Text.of("usage.page-periods", periods));
      }
    }

    /**
     * Keeps the incremental render cache in {@code dir} (e.g. {@code target/render-cache}): a
     * publish renders again only the pages whose view, template or tool changed, and reuses the
     * others' bytes from the previous site in the output folder; it also keeps the insights, reused
     * while what they are computed from is unchanged ({@link InsightsCache}). Default: none.
     */
    public Builder renderCache(Path dir) {
      this.renderCache = dir;
      return this;
    }

    /** The folder holding {@code criteria/}, {@code units/}, {@code submissions/}. */
    public Builder repositoryRoot(Path root) {
      this.root = Objects.requireNonNull(root, "root");
      return this;
    }

    /** Templates and assets; default {@code site-templates/} in the repository. */
    public Builder templates(Path templates) {
      this.templates = templates;
      return this;
    }

    /**
     * The site's absolute address, for the sitemap, the feed and the 404 pages' links; may be null.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * The repository, {@code https://github.com/<owner>/<repo>}, for the submission form's "Open on
     * GitHub" link; may be null (the link is then hidden).
     */
    public Builder repositoryUrl(String repositoryUrl) {
      this.repositoryUrl = repositoryUrl;
      return this;
    }

    /** When each submission reached the main branch (for lateness); default: unknown. */
    public Builder arrivalTimes(ArrivalTimes arrivalTimes) {
      this.arrivalTimes = Objects.requireNonNull(arrivalTimes, "arrivalTimes");
      return this;
    }

    /**
     * Reads arrival times and provenance from main's first-parent history in the repository root
     * (see {@link GitArrivalTimes} for why only that history counts), e.g. {@code "origin/main"};
     * overrides {@link #arrivalTimes}. Without a Git work tree or with a shallow clone the listener
     * gets a warning and arrival times are unknown. Default: not read.
     */
    /**
     * The host's record of who approved each merge into main ({@link Approvals}, written by the
     * publish workflow); with {@link #gitProvenance}, approvers are read from it and nowhere else.
     * Null (the default): every approver is unknown.
     */
    public Builder approvals(Path file) {
      this.approvalsFile = file;
      return this;
    }

    public Builder gitProvenance(String mainRef) {
      this.gitMainRef = mainRef == null || mainRef.isBlank() ? null : mainRef;
      return this;
    }

    public Builder listener(BuildListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The largest cohort (submissions of one framework and period) for which what-if gains are
     * computed; default: no limit (a 10,000-unit cohort takes 1–2 s of CPU). 0 turns what-if off.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder whatIfLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("whatIfLimit must be ≥ 0: " + limit);
      }
      this.whatIfLimit = limit;
      return this;
    }

    /**
     * When a changed submission is taken to arrive in a changed {@link Scope} (merged now); default
     * the system clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Pipeline build() {
      if (root == null) {
        throw new IllegalStateException("repositoryRoot is required");
      }
      return new Pipeline(this);
    }
  }
}
