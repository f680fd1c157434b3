package org.opendti.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.git.ChangedFiles;
import org.opendti.git.GitRepo;

/**
 * Prints what a pull request changes, as {@code git diff --name-status} from the merge base of base
 * and head, plus the mode of links and submodules.
 *
 * <p>{@code mvn dti:changed-files -Ddti.base=origin/main}
 *
 * @since 0.1.0
 */
@Mojo(name = "changed-files", requiresProject = false, threadSafe = true)
public class ChangedFilesMojo extends AbstractDtiMojo {

  /**
   * The branch the changes go into.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.base", defaultValue = "origin/main", required = true)
  String base;

  /**
   * The commit whose changes are listed.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.head", defaultValue = "HEAD", required = true)
  String head;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("changed-files")) {
      return;
    }
    Failures.run(
        "changed-files",
        language,
        () -> {
          try (GitRepo repo = GitRepo.open(repositoryRoot.toPath())) {
            ChangedFiles changed = repo.changedFiles(base, head);
            changed.changes().forEach(c -> getLog().info(c.format()));
            info(
                "plugin.changed-files.done",
                changed.changes().size(),
                changed.mergeBase(),
                changed.head());
          }
        });
  }
}
