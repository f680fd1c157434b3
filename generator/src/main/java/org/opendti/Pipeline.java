package org.opendti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
  private final ArrivalTimes arrivalTimes;
  private final BuildListener listener;

  private Pipeline(Builder b) {
    this.root = b.root;
    this.templates = b.templates != null ? b.templates : b.root.resolve("site-templates");
    this.baseUrl = b.baseUrl;
    this.arrivalTimes = b.arrivalTimes;
    this.listener = b.listener;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Load, validate, score and rank; nothing is written. */
  public PipelineResult check() {
    long start = System.nanoTime();
    LoadResult loaded = load();
    ValidationReport report = loaded.report().plus(validate(loaded));
    Dataset accepted = Validator.accepted(loaded.dataset(), report);
    List<UnitScore> scores = new Scorer().score(accepted, arrivalTimes);
    report = report.plus(SelfScoreCheck.compare(accepted, scores, loaded.sources()));
    List<Ranking> rankings = new Ranker().rank(accepted, scores);
    listener.progress(
        String.format(
            "%d submission(s) scored, %d ranking table(s), %d diagnostic(s) in %d ms",
            scores.size(), rankings.size(), report.diagnostics().size(), millisSince(start)));
    return new PipelineResult(report, accepted, scores, rankings);
  }

  /** The whole pipeline: the site replaces {@code output} atomically. */
  public PipelineResult publish(Path output) throws IOException {
    PipelineResult result = check();
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
    private ArrivalTimes arrivalTimes = ArrivalTimes.none();
    private BuildListener listener = BuildListener.SILENT;

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

    /** The site's absolute address, for the sitemap and feed only; may be null. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** When each submission reached the main branch (for lateness); default: unknown. */
    public Builder arrivalTimes(ArrivalTimes arrivalTimes) {
      this.arrivalTimes = Objects.requireNonNull(arrivalTimes, "arrivalTimes");
      return this;
    }

    public Builder listener(BuildListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
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
