package org.opendti.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;
import org.opendti.diagnostic.BuildListener;

/** The parameters every goal shares: where the repository is, and whether to skip. */
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

  Pipeline pipeline() {
    return pipelineBuilder().build();
  }

  Pipeline.Builder pipelineBuilder() {
    return Pipeline.builder()
        .repositoryRoot(repositoryRoot.toPath())
        .gitProvenance(mainRef)
        .listener(listener());
  }

  /** Routes core events to Maven's log. */
  BuildListener listener() {
    return new BuildListener() {
      @Override
      public void progress(String message) {
        getLog().info(message);
      }

      @Override
      public void warning(String message) {
        getLog().warn(message);
      }
    };
  }
}
