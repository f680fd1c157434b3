package org.opendti.pullrequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.BuildListener;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Text;
import org.opendti.git.Change;
import org.opendti.git.ChangedFiles;
import org.opendti.git.GitArrivalTimes;
import org.opendti.git.GitRepo;
import org.opendti.git.RevisionException;
import org.opendti.git.SubmissionPath;
import org.opendti.insight.Insights;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.SubmissionKey;
import org.opendti.policy.PolicyCheck;
import org.opendti.policy.PolicyResult;

/**
 * The pull-request check in one call: the path policy and CODEOWNERS (from {@link PolicyCheck}),
 * then the base (the merge base) and the head are each written out of Git into a temporary folder
 * and run through {@link Pipeline#check()}, and the two results are compared.
 *
 * <pre>{@code
 * PullRequestReport report = PullRequestCheck.builder()
 *     .repositoryRoot(Path.of("."))
 *     .base("origin/main")
 *     .author("alice")
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p>Both sides use the arrival times of the base's main history, so a lateness criterion shows the
 * effect of the change, not of the clock; a new submission has no arrival yet and scores as on time
 * (see {@link GitArrivalTimes}). Nothing is written to the repository. Immutable; each run reads
 * the repository afresh.
 */
public final class PullRequestCheck {

  private final Path root;
  private final String base;
  private final String head;
  private final String author;
  private final boolean authorIsMaintainer;
  private final BuildListener listener;
  private final Clock clock;

  private PullRequestCheck(Builder b) {
    this.root = b.root;
    this.base = b.base;
    this.head = b.head;
    this.author = b.author;
    this.authorIsMaintainer = b.authorIsMaintainer;
    this.listener = b.listener;
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the check: the policy, then the pipeline on the base and on the head, then the comparison.
   *
   * @throws RevisionException when a revision is unknown or the history is too shallow
   * @throws org.opendti.diagnostic.InvalidInputException when the base's access policy is missing
   *     or invalid
   */
  public PullRequestReport run() {
    try (GitRepo repo = GitRepo.open(root)) {
      PolicyResult policy =
          authorIsMaintainer
              ? PolicyCheck.check(repo, base, head, author, true)
              : PolicyCheck.check(repo, base, head, author);
      ChangedFiles changed = policy.changed();
      listener.progress(Text.of("progress.changed-since", changed.changes().size(), base));
      ArrivalTimes arrivals = arrivals(repo, changed.base());
      PipelineResult before = run(repo, changed.mergeBase(), arrivals, "base");
      PipelineResult after = run(repo, changed.head(), mergedNow(arrivals, changed), "head");
      Set<SubmissionKey> units = changedUnits(changed);
      Effects effects = new Effects(before, after, units);
      Predicate<String> scope = scope(changed, units);
      List<Diagnostic> validation =
          after.diagnostics().all().stream()
              .filter(d -> d.file() != null && scope.test(d.file()))
              .sorted(Diagnostic.ORDER)
              .toList();
      Insights own = after.insights().only(units);
      return new PullRequestReport(
          author,
          changed,
          policy.diagnostics(),
          validation,
          effects.units(),
          effects.ranks(),
          effects.criteria(),
          own.flags(),
          own.whatIf(),
          effects.stale(),
          ReportNames.of(after.accepted(), before.accepted()));
    }
  }

  private ArrivalTimes arrivals(GitRepo repo, String mainTip) {
    try {
      return GitArrivalTimes.of(repo.provenance(mainTip));
    } catch (RevisionException e) {
      listener.warning(Text.of("progress.arrivals-unknown", e.text()));
      return ArrivalTimes.none();
    }
  }

  /**
   * The head's arrivals: a file the pull request changes arrives when it is merged, so it is
   * previewed as merged now (a late correction shows its lateness before it is merged).
   */
  private ArrivalTimes mergedNow(ArrivalTimes base, ChangedFiles changed) {
    Set<String> touched = new HashSet<>();
    changed.changes().stream().flatMap(Change::paths).forEach(touched::add);
    Instant now = clock.instant();
    return file -> touched.contains(file) ? Optional.of(now) : base.arrivalOf(file);
  }

  /**
   * The pipeline over one side, written out of Git into a temporary folder; the head's run has the
   * insights (flags and what-if) the report shows for the changed units.
   */
  private PipelineResult run(GitRepo repo, String revision, ArrivalTimes arrivals, String side) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dti-" + side + "-");
      repo.materialise(revision, dir);
      listener.progress(Text.of("progress.scoring-" + side, revision.substring(0, 7)));
      Pipeline pipeline =
          Pipeline.builder().repositoryRoot(dir).arrivalTimes(arrivals).listener(listener).build();
      return side.equals("head") ? pipeline.checkWithInsights() : pipeline.check();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /** Units whose submission or review changes, on either side of a rename. */
  private static Set<SubmissionKey> changedUnits(ChangedFiles changed) {
    Set<SubmissionKey> keys = new HashSet<>();
    changed.changes().stream()
        .flatMap(Change::paths)
        .map(SubmissionPath::parse)
        .flatMap(Optional::stream)
        .forEach(p -> keys.add(p.key()));
    return keys;
  }

  /**
   * The files whose diagnostics the pull request answers for: the changed ones, and the whole
   * framework and period of a changed submission, whose cohort methods (averages, ranks of a group)
   * read every submission of that period.
   */
  private static Predicate<String> scope(ChangedFiles changed, Set<SubmissionKey> units) {
    Set<String> files = new HashSet<>();
    changed.changes().stream().flatMap(Change::paths).forEach(files::add);
    List<String> folders = units.stream().map(k -> SubmissionPath.folder(k.cohort())).toList();
    return file -> {
      String f = file.replace('\\', '/');
      return files.contains(f) || folders.stream().anyMatch(f::startsWith);
    };
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the OS cleans it.
    }
  }

  /** Configures a {@link PullRequestCheck}; the repository root, base and author are required. */
  public static final class Builder {
    private Path root;
    private String base;
    private String head = "HEAD";
    private String author;
    private boolean authorIsMaintainer;
    private BuildListener listener = BuildListener.SILENT;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The Git work tree (or {@code .git} folder) of the repository. */
    public Builder repositoryRoot(Path root) {
      this.root = Objects.requireNonNull(root, "root");
      return this;
    }

    /** The branch the pull request goes into, e.g. {@code origin/main}. */
    public Builder base(String base) {
      this.base = base;
      return this;
    }

    /** The pull request's commit; default {@code HEAD}. */
    public Builder head(String head) {
      this.head = Objects.requireNonNull(head, "head");
      return this;
    }

    /** The pull request author's login, e.g. {@code alice} or {@code @alice}. */
    public Builder author(String author) {
      this.author = author;
      return this;
    }

    /**
     * Whether the host knows the author as a maintainer (e.g. a team member); otherwise only the
     * base's {@code policy/access.json} decides. Default false.
     */
    public Builder authorIsMaintainer(boolean authorIsMaintainer) {
      this.authorIsMaintainer = authorIsMaintainer;
      return this;
    }

    public Builder listener(BuildListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** When the preview assumes the pull request is merged; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @throws IllegalStateException when the root, base or author is missing
     */
    public PullRequestCheck build() {
      if (root == null || base == null || base.isBlank()) {
        throw new IllegalStateException("repositoryRoot and base are required");
      }
      if (author == null || author.isBlank()) {
        throw new IllegalStateException("author is required (the pull request author's login)");
      }
      return new PullRequestCheck(this);
    }
  }
}
