package org.opendti;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.internal.FileKind;
import org.opendti.score.ArrivalTimes;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;
import org.opendti.validate.Diagnostic;
import org.opendti.validate.ValidationReport;
import org.opendti.validate.Validator;

/**
 * The pull-request form of {@code dti:validate}: checks only the submissions and reviews a change
 * touches, with the same loader, validators and self-score comparison as {@link Pipeline#check()},
 * so each checked file gets the diagnostics (with {@code file:line:column}) the full check gives
 * it. At 10,000 units this reads a few files instead of every file.
 *
 * <pre>{@code
 * ChangedFilesCheck.Result r = ChangedFilesCheck.builder()
 *     .repositoryRoot(Path.of("."))
 *     .build()
 *     .checkSince("origin/main"); // or .check(List.of("submissions/f/2023/u.json"))
 * r.report().diagnostics().forEach(d -> System.out.println(d.format()));
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <ul>
 *   <li>A changed {@code units/} or {@code criteria/} JSON file runs the full {@link
 *       Pipeline#check()}: every submission is typed and validated against the registry and the
 *       frameworks. So does a changed path that is, or lies below, a symbolic link (the full check
 *       reports links).
 *   <li>Otherwise: every registry and framework file (everything depends on them), each changed
 *       submission or review that still exists (a deleted one is not checked), and each one's other
 *       half: the review of a changed submission is checked too, since its corrections are
 *       validated against the submission (and a deleted submission leaves its review without one);
 *       the submission of a changed review is read only so that the review can be checked against
 *       it. Files outside {@code units/}, {@code criteria/} and {@code submissions/} are not input.
 *   <li>Diagnostics are kept for the checked files only: an unchanged file elsewhere is never
 *       reported, whatever state it is in.
 * </ul>
 *
 * <h2>What only the full check sees</h2>
 *
 * <ul>
 *   <li><b>Cohort criteria.</b> A {@code cohort} method ({@code 003_…} 4.6, 8.4, 8.5) scores a unit
 *       against the best and lowest value of every accepted submission of the same framework and
 *       period. Those are unknown without loading and validating the whole cohort, which for the
 *       commune framework is most of the repository. So a self-assessed score on a cohort criterion
 *       is not compared: an {@code INFO [self-score-not-compared]} says so at the criterion's
 *       {@code selfScore}. The unit could not know the cohort's values either; the full check on
 *       main and {@code dti:report} (which scores base and head) show the real points and the
 *       change's effect on the rest of the cohort.
 *   <li><b>Duplicates across paths.</b> Two files can claim the same unit, framework and period
 *       only if one of them is not at the path its fields name, which is an error on that file
 *       ({@code path-mismatch}) in either check; the extra {@code duplicate-submission} on the
 *       later of the two paths appears only in the full check.
 * </ul>
 *
 * <p>Arrival times: a changed submission arrives when the change is merged, so it is checked as if
 * merged at the {@link Builder#clock(Clock) clock}'s now (as {@code dti:report} previews it); Git
 * history is not read. Immutable; each call reads the files afresh.
 */
public final class ChangedFilesCheck {

  /** Which check ran. */
  public enum Mode {
    /** Every file: a registry or framework changed. */
    FULL,
    /** Only the changed submissions and reviews (and the reviews of changed submissions). */
    CHANGED
  }

  /**
   * What the check found.
   *
   * @param mode which check ran
   * @param reason why, in a few words, e.g. "criteria/x.json changed"
   * @param files the files whose diagnostics are reported, sorted; in {@link Mode#FULL} every input
   *     file that loaded or has a diagnostic
   * @param report the diagnostics of those files
   */
  public record Result(Mode mode, String reason, List<String> files, ValidationReport report) {
    public Result {
      files = List.copyOf(files);
    }
  }

  /** The code of {@link SelfScoreCheck}'s warnings. */
  private static final String SELF_SCORE_DIFFERS = "self-score-differs";

  private final Path root;
  private final BuildListener listener;
  private final Clock clock;
  private final String gitMainRef;
  private final boolean workTree;

  private ChangedFilesCheck(Builder b) {
    this.root = b.root;
    this.listener = b.listener;
    this.clock = b.clock;
    this.gitMainRef = b.gitMainRef;
    this.workTree = b.workTree;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks what changed from the merge base of {@code base} and {@code HEAD} to the work tree
   * (committed, staged, edited or new), or only to {@code HEAD} when built with {@code
   * workTree(false)}. Git is read while the registry and the frameworks load.
   *
   * @throws org.opendti.git.RevisionException when {@code base} is unknown or shares no history
   * @throws IllegalArgumentException when the repository root is not a Git repository
   */
  public Result checkSince(String base) {
    return run(
        pool ->
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  SortedSet<String> changed = ChangedPaths.since(root, base, workTree);
                  listener.progress(
                      String.format(
                          "%d file(s) changed since %s, read from Git in %d ms",
                          changed.size(), base, millisSince(start)));
                  return changed;
                }));
  }

  /** Checks the repository-relative {@code changedPaths} (forward slashes; any order). */
  public Result check(Collection<String> changedPaths) {
    SortedSet<String> changed = new TreeSet<>();
    changedPaths.forEach(p -> changed.add(p.replace('\\', '/')));
    return run(pool -> CompletableFuture.completedFuture(changed));
  }

  private Result run(Function<ExecutorService, Future<SortedSet<String>>> changes) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread t = new Thread(task, "dti-changed-files-check");
              t.setDaemon(true);
              return t;
            });
    try {
      long start = System.nanoTime();
      Future<SortedSet<String>> changedPaths = changes.apply(pool);
      PartialLoad load = new PartialLoad(root);
      Future<LoadResult> registry = pool.submit(() -> load.folder("units"));
      LoadResult frameworks = load.folder("criteria");
      SortedSet<String> changed = join(changedPaths);
      Optional<String> everything = needsFullCheck(changed);
      if (everything.isPresent()) {
        registry.cancel(true);
        return full(everything.get());
      }
      return changedOnly(changed, load, join(registry), frameworks, start);
    } finally {
      pool.shutdownNow();
    }
  }

  private Result changedOnly(
      SortedSet<String> changed,
      PartialLoad load,
      LoadResult registry,
      LoadResult frameworks,
      long start) {
    SortedSet<String> checked = new TreeSet<>();
    SortedSet<String> context = new TreeSet<>();
    for (String path : changed) {
      Optional<FileKind> kind = FileKind.of(path);
      if (kind.isEmpty()) {
        continue;
      }
      String other = otherHalf(path, kind.get());
      if (exists(path)) {
        checked.add(path);
      }
      if (exists(other)) {
        (kind.get() == FileKind.SUBMISSION ? checked : context).add(other);
      }
    }
    context.removeAll(checked);
    SortedSet<String> read = new TreeSet<>(checked);
    read.addAll(context);
    ValidationReport report = validate(load.submissions(registry, frameworks, read), checked);
    listener.progress(
        String.format(
            "%d changed file(s): %d checked, %d read as context, %d diagnostic(s) in %d ms",
            changed.size(),
            checked.size(),
            context.size(),
            report.diagnostics().size(),
            millisSince(start)));
    return new Result(
        Mode.CHANGED,
        checked.isEmpty() ? "no submission or review changed" : "only submissions changed",
        List.copyOf(checked),
        report);
  }

  /** The value of a task, with its own exception rethrown as it was. */
  private static <T> T join(Future<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /** Why every file must be checked, if it must. */
  private Optional<String> needsFullCheck(SortedSet<String> changed) {
    for (String path : changed) {
      if ((path.startsWith("units/") || path.startsWith("criteria/")) && path.endsWith(".json")) {
        return Optional.of(path + " changed, and every submission depends on it");
      }
    }
    for (String path : changed) {
      if (FileKind.of(path).isPresent() && linked(path)) {
        return Optional.of(path + " is or lies below a symbolic link");
      }
    }
    return Optional.empty();
  }

  private Result full(String reason) {
    listener.progress("full check: " + reason);
    PipelineResult result =
        Pipeline.builder()
            .repositoryRoot(root)
            .gitProvenance(gitMainRef)
            .listener(listener)
            .build()
            .check();
    SortedSet<String> files = new TreeSet<>();
    Dataset d = result.accepted();
    d.frameworks().forEach(f -> files.add(Validator.frameworkFile(f.id())));
    d.submissions().forEach(s -> files.add(s.file()));
    d.reviews().forEach(r -> files.add(r.file()));
    result.report().diagnostics().forEach(x -> files.add(x.file()));
    return new Result(Mode.FULL, reason, List.copyOf(files), result.report());
  }

  /**
   * Validates and scores what was loaded as the full check does, and keeps the diagnostics of
   * {@code checked}; self-scores of cohort criteria are not compared ({@link CohortSelfScores}).
   */
  private ValidationReport validate(LoadResult loaded, SortedSet<String> checked) {
    ValidationReport report =
        loaded.report().plus(new Validator().validate(loaded.dataset(), loaded.sources()));
    Dataset accepted = Validator.accepted(loaded.dataset(), report);
    Instant now = clock.instant();
    ArrivalTimes mergedNow =
        file -> checked.contains(file) ? Optional.of(now) : Optional.<Instant>empty();
    List<UnitScore> scores = new Scorer().score(accepted, mergedNow);
    ValidationReport self = SelfScoreCheck.compare(accepted, scores, loaded.sources());
    List<UnitScore> own =
        scores.stream().filter(s -> checked.contains(s.submissionFile())).toList();
    Map<String, Diagnostic> notCompared =
        CohortSelfScores.notCompared(accepted, own, loaded.sources());
    List<Diagnostic> kept = new ArrayList<>(notCompared.values());
    report.plus(self).diagnostics().stream()
        .filter(x -> checked.contains(x.file()))
        .filter(
            x ->
                !(x.code().equals(SELF_SCORE_DIFFERS)
                    && notCompared.containsKey(CohortSelfScores.key(x.file(), x.pointer()))))
        .forEach(kept::add);
    return new ValidationReport(kept);
  }

  /** The review of a submission, or the submission of a review. */
  private static String otherHalf(String path, FileKind kind) {
    String stem = path.substring(0, path.length() - ".json".length());
    return kind == FileKind.REVIEW
        ? stem.substring(0, stem.length() - ".review".length()) + ".json"
        : stem + ".review.json";
  }

  private boolean exists(String path) {
    return Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether the path or a folder on the way to it is a symbolic link. */
  private boolean linked(String path) {
    Path p = root;
    for (String part : path.split("/")) {
      p = p.resolve(part);
      if (Files.isSymbolicLink(p)) {
        return true;
      }
    }
    return false;
  }

  /** Configures a {@link ChangedFilesCheck}; only the repository root is required. */
  public static final class Builder {
    private Path root;
    private BuildListener listener = BuildListener.SILENT;
    private Clock clock = Clock.systemUTC();
    private String gitMainRef;
    private boolean workTree = true;

    private Builder() {}

    /** The folder holding {@code criteria/}, {@code units/}, {@code submissions/}. */
    public Builder repositoryRoot(Path root) {
      this.root = Objects.requireNonNull(root, "root");
      return this;
    }

    public Builder listener(BuildListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** When a changed submission is taken to arrive (merged now); default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The main branch whose history gives arrival times when the full check runs (see {@link
     * Pipeline.Builder#gitProvenance}); default: not read.
     */
    public Builder gitProvenance(String mainRef) {
      this.gitMainRef = mainRef;
      return this;
    }

    /**
     * Whether {@link #checkSince} also looks at the index and the work tree (staged, edited and new
     * files; default true, so that a contributor can check an edit before committing it). False
     * compares commits only: in CI the checkout is clean, and reading the index and stat-ing every
     * input file was most of the check's time at 10,000 units (docs/benchmarks.md).
     */
    public Builder workTree(boolean workTree) {
      this.workTree = workTree;
      return this;
    }

    public ChangedFilesCheck build() {
      if (root == null) {
        throw new IllegalStateException("repositoryRoot is required");
      }
      return new ChangedFilesCheck(this);
    }
  }
}
