package org.opendti.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;

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
   * Also write the score files of {@code dti:score} ({@code <framework>/<period>/scores.json} and
   * {@code scores.csv}) here, from the same run, so that a build that publishes need not score
   * every submission a second time. Empty (the default): not written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.scoreOutput")
  File scoreDirectory;

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
              pipelineBuilder().baseUrl(baseUrl).repositoryUrl(repositoryUrl);
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
          if (scoreDirectory != null) {
            int files = result.writeScores(scoreDirectory.toPath());
            info("plugin.publish.scores", files, scoreDirectory.toString());
          }
          info("plugin.publish.done", result.scores().size(), outputDirectory.toString());
        });
  }
}
