package org.opendti.maven;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.publish.SiteSize;

/**
 * Builds the static transparency site: load → validate → score → rank → render → publish. The
 * output folder is replaced atomically; a failed build leaves the previous site in place.
 *
 * <p>{@code mvn dti:publish}, then open {@code target/public/index.html}.
 */
@Mojo(
    name = "publish",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresProject = false,
    threadSafe = true)
public class PublishMojo extends AbstractDtiMojo {

  /**
   * Where the site is written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.siteOutput", defaultValue = "${project.build.directory}/public")
  File outputDirectory;

  /**
   * The Freemarker templates and assets; defaults to {@code site-templates/} in the repository.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.templates")
  File templates;

  /**
   * The site's public address, e.g. {@code https://example.github.io/opendti/}, used only where
   * absolute URLs are required (sitemap, feed) and for the 404 page's links (a host serves it at
   * whatever path was asked for). Every other page links relatively.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.baseUrl")
  String baseUrl;

  /**
   * The repository units submit to, {@code https://github.com/<owner>/<repo>}: the submission forms
   * link to its new-file page with the JSON prefilled. Without it the link is hidden.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.repositoryUrl")
  String repositoryUrl;

  /**
   * Also write the score files of {@code dti:score} ({@code <framework>/<period>/scores.json},
   * {@code scores.csv} and {@code scores.xlsx}) here, from the same run, so that a build that
   * publishes need not score every submission a second time. Empty (the default): not written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.scoreOutput")
  String scoreDirectory;

  /**
   * The largest site, in bytes of the archive the Pages host receives ({@link SiteSize}), that the
   * goal accepts: a bigger one fails the build, in Vietnamese and English, before a workflow
   * uploads it. Default: GitHub Pages' 1 GB; 0 checks nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.maxSiteBytes", defaultValue = "1000000000")
  long maxSiteBytes;

  /**
   * The incremental render cache ({@code pages.tsv}): a page whose view, templates and tool are
   * unchanged since the last build into the same output folder is taken from that folder instead of
   * rendered: linked if its file keeps the recorded size and modification time, else read and
   * checked. It also keeps the insights ({@code insights.json}), reused while the submissions'
   * data, reviews, frameworks and registry are unchanged. Keep it with the output folder between CI
   * runs ({@code actions/cache}). Empty: no cache.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.renderCache", defaultValue = "${project.build.directory}/render-cache")
  String renderCache;

  /**
   * Pages (overview, rankings, scorecards, reviewers' pages) for each framework's latest this many
   * scored periods only. An older period is archived: its scores, insights and submissions stay in
   * the open data under {@code data/}, and each scorecard's history still lists its total and rank
   * with links to that data. For a site past its host's limit (README, "Site size on a Pages
   * host"). Default 0 (or empty): every period has pages. A string, so that a wrong value (a
   * workflow's variable) is refused in Vietnamese and English, not by Maven's type conversion.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.pagePeriods", defaultValue = "0")
  String pagePeriods;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("publish")) {
      return;
    }
    Failures.run(
        "publish",
        language,
        () -> {
          Pipeline.Builder builder =
              pipelineBuilder()
                  .baseUrl(baseUrl)
                  .repositoryUrl(repositoryUrl)
                  .pagePeriods(pagePeriods);
          folder(repositoryRoot.toPath(), renderCache).ifPresent(builder::renderCache);
          if (templates != null) {
            builder.templates(templates.toPath());
          }
          PipelineResult result = builder.build().publish(outputDirectory.toPath().normalize());
          // Every file left out is named with why, not only counted (issue #13).
          result
              .leftOut()
              .forEach(
                  (file, errors) ->
                      getLog()
                          .warn(
                              say(
                                  "plugin.publish.left-out",
                                  file,
                                  errors.size(),
                                  errors.get(0).format(language))));
          Optional<Path> scores = folder(repositoryRoot.toPath(), scoreDirectory);
          if (scores.isPresent()) {
            int files = result.writeScores(scores.get());
            info("plugin.publish.scores", files, scores.get().toString());
          }
          info("plugin.publish.done", result.scores().size(), outputDirectory.toString());
          SiteSize size = SiteSize.measure(outputDirectory.toPath().normalize());
          info(
              "plugin.publish.size",
              megabytes(language, size.tarBytes()),
              size.files(),
              megabytes(language, maxSiteBytes));
          checkSize(size, maxSiteBytes);
        });
  }

  /**
   * A folder parameter that may be empty: none when it is empty or blank, else the path, relative
   * to the repository when not absolute. A string, not a {@code File}: Maven turns an empty {@code
   * File} parameter into the project's folder, so {@code -Ddti.renderCache=} wrote the render cache
   * into the repository instead of switching it off.
   */
  static Optional<Path> folder(Path root, String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(root.resolve(parameter.strip()).normalize());
  }

  /** Fails, in both languages (the log's reader may read either), when the site is too big. */
  static void checkSize(SiteSize size, long max) throws MojoFailureException {
    if (max <= 0 || size.tarBytes() <= max) {
      return;
    }
    StringBuilder message = new StringBuilder();
    for (Lang lang : List.of(Lang.VI, Lang.EN)) {
      String largest =
          size.largest(3).stream()
              .map(e -> e.getKey() + " " + megabytes(lang, e.getValue()) + " MB")
              .collect(Collectors.joining(", "));
      message
          .append(message.length() == 0 ? "" : "\n")
          .append(
              Text.of(
                      "plugin.publish.too-large",
                      megabytes(lang, size.tarBytes()),
                      megabytes(lang, max),
                      largest)
                  .in(lang));
    }
    throw new MojoFailureException(message.toString());
  }

  private static String megabytes(Lang lang, long bytes) {
    return lang.number(
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP));
  }
}
