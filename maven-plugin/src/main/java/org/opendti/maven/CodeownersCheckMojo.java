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
    if (skipped("codeowners-check")) {
      return;
    }
    Failures.run(
        "codeowners-check",
        language,
        () -> {
          Codeowners.Check check =
              Codeowners.check(
                  PolicyFiles.accessPolicy(repositoryRoot.toPath()), repositoryRoot.toPath());
          if (!check.upToDate()) {
            throw new MojoFailureException(
                say(
                    "plugin.codeowners-check.stale",
                    Codeowners.FILE,
                    AccessPolicy.FILE,
                    Codeowners.REGENERATE,
                    check.diff()));
          }
          info("plugin.codeowners-check.current", Codeowners.FILE);
        });
  }
}
