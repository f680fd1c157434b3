package org.opendti.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.PipelineResult;
import org.opendti.Scope;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.MarkdownSummary;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;

/**
 * Validates every framework, registry file, submission and review and fails the build on errors,
 * listing every problem with {@code file:line:column}. With {@code -Ddti.base} only what changed
 * since that branch is validated (see {@link Scope}).
 *
 * <p>{@code mvn dti:validate}, in a pull request {@code mvn dti:validate -Ddti.base=origin/main}
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

  /**
   * Validate only what changed: the submissions and reviews that differ between the merge base of
   * this branch and {@code HEAD}, and the work tree (committed or not), with the review of each
   * changed submission. A changed file under {@code units/} or {@code criteria/} validates every
   * file. Self-assessed scores of cohort criteria are not compared (an info says so): their points
   * depend on every unit of the period. Empty (the default): validate every file. The property is
   * the one the pull-request profile of the publish build is activated by.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.base")
  String base;

  /**
   * With {@code dti.base}: also check what is staged, edited or new in the work tree. {@code false}
   * compares commits only ({@code base…HEAD}), which is faster where the checkout is known to be
   * clean, as in the pull-request workflow.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.workTree", defaultValue = "true")
  boolean workTree = true;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("validate")) {
      return;
    }
    Failures.run(
        "validate",
        language,
        () -> {
          if (base == null || base.isBlank()) {
            info("plugin.validate.every-file");
            report(pipeline().check().diagnostics());
          } else {
            report(changedSince(base));
          }
        });
  }

  private Diagnostics changedSince(String base) {
    PipelineResult result = pipeline().check(Scope.changedSince(base, workTree));
    List<String> files = result.scope().files();
    if (result.scope().whole()) {
      info("plugin.validate.full-check", result.scope().reason(), files.size());
    } else if (files.isEmpty() || files.size() > 10) {
      info("plugin.validate.changed-check", base, files.size());
    } else {
      info("plugin.validate.changed-check-files", base, files.size(), files);
    }
    return result.diagnostics();
  }

  private void report(Diagnostics report) throws IOException {
    Outputs.log(getLog(), report.all(), language);
    Outputs.annotate(annotations, report.all(), language);
    Outputs.summary(
        summaryFile == null ? null : summaryFile.toPath(), MarkdownSummary.of(report, language));
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    info("plugin.validate.counts", errors, warnings);
    if (errors > 0 || (failOnWarning && warnings > 0)) {
      throw new InvalidInputException(
          Text.of("plugin.validate.failed", errors, warnings), report.all());
    }
  }
}
