package org.opendti.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;

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

  Pipeline pipeline() {
    return Pipeline.builder()
        .repositoryRoot(repositoryRoot.toPath())
        .listener(message -> getLog().info(message))
        .build();
  }
}
