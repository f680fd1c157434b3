package org.opendti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opendti.git.GitArrivalTimes;
import org.opendti.git.GitRepo;
import org.opendti.git.Provenance;
import org.opendti.git.RevisionException;
import org.opendti.insight.AnomalyDetector;
import org.opendti.insight.Flag;
import org.opendti.insight.Insights;
import org.opendti.insight.Thresholds;
import org.opendti.insight.WhatIf;
import org.opendti.insight.WhatIfReport;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.publish.SitePublisher;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.render.SiteRenderer;
import org.opendti.score.ArrivalTimes;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;
import org.opendti.validate.ValidationReport;
import org.opendti.validate.Validator;

/**
 * The whole pipeline over one repository: load → validate → score → rank → render → publish.
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
 */
public final class Pipeline {

  private final Path root;
  private final Path templates;
  private final String baseUrl;
  private final String repositoryUrl;
  private final ArrivalTimes arrivalTimes;
  private final String gitMainRef;
  private final BuildListener listener;
  private final int whatIfLimit;

  private Pipeline(Builder b) {
    this.root = b.root;
    this.templates = b.templates != null ? b.templates : b.root.resolve("site-templates");
    this.baseUrl = b.baseUrl;
    this.repositoryUrl = b.repositoryUrl;
    this.arrivalTimes = b.arrivalTimes;
    this.gitMainRef = b.gitMainRef;
    this.listener = b.listener;
    this.whatIfLimit = b.whatIfLimit;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Load, validate, score and rank; nothing is written. */
  public PipelineResult check() {
    return run(false);
  }

  /** The whole pipeline: the site replaces {@code output} atomically. */
  public PipelineResult publish(Path output) throws IOException {
    PipelineResult result = run(true);
    long start = System.nanoTime();
    SitePublisher.PublishResult published;
    // Pages go to disk as they are rendered (the whole site is never in memory); nothing shows in
    // the output folder before the commit, so a failed render leaves the previous site intact.
    try (SitePublisher.Session session = new SitePublisher(listener).begin(output)) {
      renderer(start).render(result.siteInput(), session);
      published = session.commit();
    }
    listener.progress(
        String.format(
            "%d file(s) rendered and published to %s in %d ms: %d written, %d unchanged, %d removed",
            published.written() + published.unchanged(),
            output,
            millisSince(start),
            published.written(),
            published.unchanged(),
            published.removed()));
    return result;
  }

  private PipelineResult run(boolean withInsights) {
    long start = System.nanoTime();
    LoadResult loaded = load();
    ValidationReport report = loaded.report().plus(validate(loaded));
    Dataset accepted = Validator.accepted(loaded.dataset(), report);
    Optional<Provenance> provenance = provenance();
    ArrivalTimes arrivals = provenance.<ArrivalTimes>map(GitArrivalTimes::of).orElse(arrivalTimes);
    List<UnitScore> scores = new Scorer().score(accepted, arrivals);
    report = report.plus(SelfScoreCheck.compare(accepted, scores, loaded.sources()));
    List<Ranking> rankings = new Ranker().rank(accepted, scores);
    listener.progress(
        String.format(
            "%d submission(s) scored, %d ranking table(s), %d diagnostic(s) in %d ms",
            scores.size(), rankings.size(), report.diagnostics().size(), millisSince(start)));
    Insights insights = withInsights ? insights(accepted, scores, arrivals) : Insights.EMPTY;
    return new PipelineResult(
        report,
        accepted,
        scores,
        rankings,
        provenance.map(Provenance::files).orElse(Collections.emptySortedMap()),
        insights);
  }

  /**
   * Main's history, when asked for and readable: a folder that is not a Git work tree, or a shallow
   * clone (whose history would date every file at the cut), gives a warning and no provenance, so a
   * plain copy of the data still builds.
   */
  private Optional<Provenance> provenance() {
    if (gitMainRef == null) {
      return Optional.empty();
    }
    if (!Files.exists(root.resolve(".git"))) {
      listener.warning(root + " is not a Git work tree: arrival times and provenance are unknown");
      return Optional.empty();
    }
    long start = System.nanoTime();
    try (GitRepo repo = GitRepo.open(root)) {
      Provenance provenance = repo.provenance(gitMainRef);
      listener.progress(
          String.format(
              "provenance of %d submission file(s) read from %s in %d ms",
              provenance.files().size(), gitMainRef, millisSince(start)));
      return Optional.of(provenance);
    } catch (RevisionException | IllegalArgumentException e) {
      listener.warning(e.getMessage() + ": arrival times and provenance are unknown");
      return Optional.empty();
    }
  }

  private LoadResult load() {
    long start = System.nanoTime();
    LoadResult loaded =
        RepositoryLoader.builder()
            .listener(
                (file, done, total) -> {
                  if (done == total || done % 1000 == 0) {
                    listener.progress("loaded " + done + "/" + total + " file(s)");
                  }
                })
            .build()
            .load(root);
    listener.progress(
        String.format(
            "loaded %d framework(s), %d submission(s), %d review(s) in %d ms",
            loaded.dataset().frameworks().size(),
            loaded.dataset().submissions().size(),
            loaded.dataset().reviews().size(),
            millisSince(start)));
    return loaded;
  }

  /**
   * Anomaly flags for reviewers and what-if gains for units. What-if indexes each cohort once and
   * re-scores only what a step changes, so its cost grows linearly with the cohort; cohorts above
   * {@code whatIfLimit} submissions (none by default) are skipped.
   */
  private Insights insights(Dataset accepted, List<UnitScore> scores, ArrivalTimes arrivals) {
    long start = System.nanoTime();
    List<Flag> flags = new AnomalyDetector(Thresholds.load(root)).detect(accepted, scores);
    Map<String, Long> cohortSizes =
        scores.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.frameworkId() + "/" + s.periodId(), Collectors.counting()));
    List<UnitScore> asked =
        scores.stream()
            .filter(s -> cohortSizes.get(s.frameworkId() + "/" + s.periodId()) <= whatIfLimit)
            .toList();
    List<WhatIfReport> reports = new WhatIf(arrivals).reports(accepted, asked, Insights.SHOWN);
    listener.progress(
        String.format(
            "%d anomaly flag(s), what-if for %d of %d submission(s) in %d ms",
            flags.size(), reports.size(), scores.size(), millisSince(start)));
    return new Insights(reports, flags);
  }

  private static ValidationReport validate(LoadResult loaded) {
    return new Validator().validate(loaded.dataset(), loaded.sources());
  }

  /** A renderer that reports every few thousand files, with the time since {@code start}. */
  private SiteRenderer renderer(long start) {
    int[] count = {0};
    SiteRenderer.Builder b =
        SiteRenderer.builder()
            .templates(templates)
            .listener(
                path -> {
                  // Called on the rendering thread only (see RenderListener), so no atomics.
                  if (++count[0] % 5_000 == 0) {
                    listener.progress(
                        String.format(
                            "rendered %d file(s) in %d ms", count[0], millisSince(start)));
                  }
                });
    Path schemas = root.resolve("schemas");
    if (java.nio.file.Files.isDirectory(schemas)) {
      b.schemas(schemas);
    }
    if (baseUrl != null && !baseUrl.isBlank()) {
      b.baseUrl(baseUrl);
    }
    if (repositoryUrl != null && !repositoryUrl.isBlank()) {
      b.repositoryUrl(repositoryUrl);
    }
    return b.build();
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
    private BuildListener listener = BuildListener.SILENT;
    private int whatIfLimit = Integer.MAX_VALUE;

    private Builder() {}

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
     */
    public Builder whatIfLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("whatIfLimit must be ≥ 0: " + limit);
      }
      this.whatIfLimit = limit;
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
