package org.opendti.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.opendti.model.AccessPolicy;
import org.opendti.policy.Codeowners;
import org.opendti.policy.PolicyFiles;

/**
 * Fails, showing the difference, when {@code .github/CODEOWNERS} does not match what {@code
 * policy/access.json} generates.
 *
 * <p>{@code mvn dti:codeowners-check}
 *
 * @since 0.1.0
 */
@Mojo(
    name = "codeowners-check",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class CodeownersCheckMojo extends AbstractDtiMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dti:codeowners-check skipped");
      return;
    }
    Failures.run(
        "codeowners-check",
        () -> {
          Codeowners.Check check =
              Codeowners.check(
                  PolicyFiles.accessPolicy(repositoryRoot.toPath()), repositoryRoot.toPath());
          if (!check.upToDate()) {
            throw new MojoFailureException(
                Codeowners.FILE
                    + " does not match "
                    + AccessPolicy.FILE
                    + "; run "
                    + Codeowners.REGENERATE
                    + " and commit the result:\n"
                    + check.diff());
          }
          getLog().info("dti:codeowners-check: " + Codeowners.FILE + " is up to date");
        });
  }
}
