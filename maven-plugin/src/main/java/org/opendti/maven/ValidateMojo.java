package org.opendti.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.InvalidInputException;
import org.opendti.PipelineResult;
import org.opendti.report.MarkdownSummary;
import org.opendti.validate.Severity;
import org.opendti.validate.ValidationReport;

/**
 * Validates every framework, registry file, submission and review and fails the build on errors,
 * listing every problem with {@code file:line:column}.
 *
 * <p>{@code mvn dti:validate}
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class ValidateMojo extends AbstractDtiMojo {

  /**
   * Also print GitHub workflow annotations ({@code ::error file=…}). On by default when the
   * environment variable {@code GITHUB_ACTIONS} is {@code true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.annotations", defaultValue = "false")
  boolean annotations;

  /**
   * A file to append a Markdown summary of the report to (e.g. for a pull-request comment). The
   * summary also goes to the file named by {@code GITHUB_STEP_SUMMARY} when that is set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.summaryFile")
  File summaryFile;

  /**
   * Fail on warnings too (e.g. a self-assessed score that differs from the computed one).
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dti:validate skipped");
      return;
    }
    Failures.run(
        "validate",
        () -> {
          PipelineResult result = pipeline().check();
          report(result.report());
        });
  }

  private void report(ValidationReport report) throws IOException {
    Outputs.log(getLog(), report.diagnostics());
    Outputs.annotate(annotations, report.diagnostics());
    Outputs.summary(summaryFile == null ? null : summaryFile.toPath(), MarkdownSummary.of(report));
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    getLog().info("dti:validate: " + errors + " error(s), " + warnings + " warning(s)");
    if (errors > 0 || (failOnWarning && warnings > 0)) {
      throw new InvalidInputException(
          "Validation failed: " + errors + " error(s), " + warnings + " warning(s)",
          report.diagnostics());
    }
  }
}
