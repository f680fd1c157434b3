package org.opendti.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;
import org.opendti.diagnostic.BuildListener;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;

/**
 * The parameters every goal shares: where the repository is, whether to skip, and the language of
 * the goal's messages; and the goal's way of speaking in that language.
 */
abstract class AbstractDtiMojo extends AbstractMojo {

  /**
   * The repository holding {@code criteria/}, {@code units/}, {@code submissions/} and {@code
   * site-templates/}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.root", defaultValue = "${project.basedir}", required = true)
  File repositoryRoot;

  /**
   * Skip this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.skip", defaultValue = "false")
  boolean skip;

  /**
   * The main branch whose first-parent history gives arrival times (for lateness) and the
   * provenance shown on the site. Read when the repository root is a Git work tree with full
   * history; otherwise a warning is logged and arrival times are unknown. Empty to never read Git.
   * In a pull request's check use {@code origin/main}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.mainRef", defaultValue = "HEAD")
  String mainRef;

  /**
   * The host's record of who approved each merge into main: a JSON file the publish workflow writes
   * from the pull requests' approving reviews with a read-only token ({@code docs/formats.md},
   * "Approvals"). Approvers are read from it and never from commit messages; without it they are
   * shown as unknown.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.approvals")
  File approvals;

  /**
   * The language of every message the goal prints and writes: diagnostics and their hints, the
   * Markdown summary, the pull-request report, GitHub annotations and the goal's own lines. {@code
   * vi} (Vietnamese, the default: the people who submit read Vietnamese) or {@code en} (English).
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.lang", defaultValue = "vi")
  String lang = "vi";

  /** {@link #lang} resolved by {@link #skipped(String)}, which every goal calls first. */
  Lang language = Lang.VI;

  /**
   * Resolves {@code dti.lang} and says whether the goal is skipped (logging that it is).
   *
   * @throws MojoFailureException when {@code dti.lang} names a language the tools do not speak
   */
  boolean skipped(String goal) throws MojoFailureException {
    language = Failures.language(goal, lang);
    if (skip) {
      info("plugin.skipped", goal);
    }
    return skip;
  }

  /** The catalogue's text {@code key} in the goal's language. */
  String say(String key, Object... args) {
    return Text.of(key, args).in(language);
  }

  void info(String key, Object... args) {
    getLog().info(say(key, args));
  }

  Pipeline pipeline() {
    return pipelineBuilder().build();
  }

  Pipeline.Builder pipelineBuilder() {
    return Pipeline.builder()
        .repositoryRoot(repositoryRoot.toPath())
        .gitProvenance(mainRef)
        .approvals(approvals == null ? null : approvals.toPath())
        .listener(listener());
  }

  /** Routes core events to Maven's log, in the goal's language. */
  BuildListener listener() {
    return new BuildListener() {
      @Override
      public void progress(Text message) {
        getLog().info(message.in(language));
      }

      @Override
      public void warning(Text message) {
        getLog().warn(message.in(language));
      }
    };
  }
}
