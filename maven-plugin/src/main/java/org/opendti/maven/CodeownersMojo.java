package org.opendti.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.opendti.model.AccessPolicy;
import org.opendti.policy.Codeowners;
import org.opendti.policy.PolicyFiles;

/**
 * Regenerates {@code .github/CODEOWNERS} from {@code policy/access.json}; commit the result with
 * the policy change.
 *
 * <p>{@code mvn dti:codeowners}
 *
 * @since 0.1.0
 */
@Mojo(name = "codeowners", requiresProject = false, threadSafe = true)
public class CodeownersMojo extends AbstractDtiMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("codeowners")) {
      return;
    }
    Failures.run(
        "codeowners",
        language,
        () -> {
          boolean changed =
              Codeowners.write(
                  PolicyFiles.accessPolicy(repositoryRoot.toPath()), repositoryRoot.toPath());
          info(
              changed ? "plugin.codeowners.regenerated" : "plugin.codeowners.current",
              Codeowners.FILE,
              AccessPolicy.FILE);
        });
  }
}
