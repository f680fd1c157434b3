package org.opendti.maven;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.Text;
import org.opendti.pullrequest.PullRequestCheck;
import org.opendti.pullrequest.PullRequestMarkdown;
import org.opendti.pullrequest.PullRequestReport;
import org.opendti.pullrequest.UnitEffect;

/**
 * The pull-request check: the path policy and CODEOWNERS, validation of what changed (and of the
 * whole framework and period of a changed submission), and the effect of the change on totals,
 * pillars, criteria and ranks, computed by scoring the base and the head. Writes a Markdown report
 * and fails on any policy or validation error.
 *
 * <p>{@code mvn dti:report -Ddti.base=origin/main -Ddti.author=alice
 * -Ddti.reportFile=target/pr-report/report.md}
 *
 * @since 0.1.0
 */
@Mojo(name = "report", requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractDtiMojo {

  /**
   * The branch the pull request goes into; the change is diffed from its merge base with the head.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.base", defaultValue = "origin/main", required = true)
  String base;

  /**
   * The pull request's commit.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.head", defaultValue = "HEAD", required = true)
  String head;

  /**
   * The pull request author's login (e.g. GitHub's {@code github.event.pull_request.user.login}),
   * checked against the base's {@code policy/access.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.author", required = true)
  String author;

  /**
   * Whether the host knows the author as a maintainer (e.g. by team membership) even if {@code
   * policy/access.json} does not list the login.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.authorIsMaintainer", defaultValue = "false")
  boolean authorIsMaintainer;

  /**
   * The Markdown report as a pull-request comment (replaced): cut, with a note, where it would be
   * longer than GitHub allows a comment. The whole report is written beside it, as {@code
   * report-full.md}, and appended to {@code $GITHUB_STEP_SUMMARY} when set (cut past that summary's
   * limit in the same way).
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "dti.reportFile",
      defaultValue = "${project.build.directory}/pr-report/report.md")
  File reportFile;

  /**
   * Also print GitHub workflow annotations; on by default when {@code GITHUB_ACTIONS} is {@code
   * true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.annotations", defaultValue = "false")
  boolean annotations;

  /** A total as the report shows it: the scorer's scale, the language's decimal mark, or "–". */
  private String plain(java.math.BigDecimal total) {
    return total == null ? "–" : language.plain(total);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("report")) {
      return;
    }
    Failures.run(
        "report",
        language,
        () -> {
          PullRequestReport report =
              PullRequestCheck.builder()
                  .repositoryRoot(repositoryRoot.toPath())
                  .base(base)
                  .head(head)
                  .author(author)
                  .authorIsMaintainer(authorIsMaintainer)
                  .listener(listener())
                  .build()
                  .run();
          report.changed().changes().forEach(c -> info("plugin.report.changed", c.format()));
          Outputs.log(getLog(), report.diagnostics(), language);
          Outputs.annotate(annotations, report.diagnostics(), language);
          for (UnitEffect e : report.effects()) {
            // A side that is not scored (new, removed or invalid) shows as in the report: "–".
            info(
                "plugin.report.total",
                e.frameworkId() + "/" + e.periodId() + "/" + e.unitId(),
                plain(e.before()),
                plain(e.after()));
          }
          String whole = PullRequestMarkdown.render(report, language);
          Path folder = reportFile.toPath().toAbsolutePath().getParent();
          Files.createDirectories(folder);
          Files.writeString(
              reportFile.toPath(),
              PullRequestMarkdown.comment(whole, language),
              StandardCharsets.UTF_8);
          Files.writeString(
              folder.resolve(PullRequestMarkdown.WHOLE_FILE), whole, StandardCharsets.UTF_8);
          Outputs.summary(null, PullRequestMarkdown.summary(whole, language));
          info("plugin.report.done", report.errors(), reportFile.toString());
          if (report.failed()) {
            throw new InvalidInputException(
                Text.of("plugin.report.failed", report.errors()), report.diagnostics());
          }
        });
  }
}
