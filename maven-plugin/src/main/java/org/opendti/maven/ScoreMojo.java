package org.opendti.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.PipelineResult;

/**
 * Scores and ranks every valid submission and writes the results as JSON, CSV (UTF-8 with a byte
 * order mark) and the same table as an Excel workbook per framework and period.
 *
 * <p>{@code mvn dti:score} writes {@code target/dti/<framework>/<period>/scores.json}, {@code
 * scores.csv} and {@code scores.xlsx}.
 */
@Mojo(
    name = "score",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresProject = false,
    threadSafe = true)
public class ScoreMojo extends AbstractDtiMojo {

  /**
   * Where the score files go.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.scoreOutput", defaultValue = "${project.build.directory}/dti")
  File scoreDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("score")) {
      return;
    }
    Failures.run(
        "score",
        language,
        () -> {
          PipelineResult result = pipeline().check();
          int files = result.writeScores(scoreDirectory.toPath());
          info("plugin.score.done", result.scores().size(), files, scoreDirectory.toString());
        });
  }
}
