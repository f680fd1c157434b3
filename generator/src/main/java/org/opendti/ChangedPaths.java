package org.opendti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.opendti.git.ChangedFiles;
import org.opendti.git.GitRepo;

/**
 * The paths a contribution changes, as the work tree shows them: what a pull request's commits
 * change ({@link ChangedFiles}, from the merge base of base and {@code HEAD}), plus what is changed
 * and not yet committed, so that a contributor can check an edit before committing it. Both sides
 * of a rename count; deleted files are included (the caller skips what no longer exists).
 */
final class ChangedPaths {

  /** The folders the pipeline reads input from; uncommitted changes elsewhere do not matter. */
  private static final String[] INPUT_FOLDERS = {"units", "criteria", "submissions"};

  private ChangedPaths() {}

  /**
   * @param root the work tree
   * @param base e.g. {@code origin/main}
   * @throws org.opendti.git.RevisionException when {@code base} is unknown or shares no history
   * @throws IllegalArgumentException when {@code root} is not a Git repository
   */
  static SortedSet<String> since(Path root, String base) {
    SortedSet<String> paths = new TreeSet<>();
    try (GitRepo repo = GitRepo.open(root)) {
      repo.changedFiles(base, "HEAD").changes().forEach(c -> c.paths().forEach(paths::add));
    }
    paths.addAll(uncommitted(root));
    return paths;
  }

  /** Added, changed, deleted and untracked files under the input folders, against {@code HEAD}. */
  private static SortedSet<String> uncommitted(Path root) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    if (Files.exists(root.resolve(".git"))) {
      builder.setWorkTree(root.toFile()); // the builder follows a linked worktree's .git file
    } else {
      return new TreeSet<>(); // a bare repository has no work tree
    }
    try (Repository repository = builder.build();
        Git git = new Git(repository)) {
      var status = git.status();
      for (String folder : INPUT_FOLDERS) {
        status.addPath(folder);
      }
      Status s = status.call();
      SortedSet<String> paths = new TreeSet<>();
      paths.addAll(s.getAdded());
      paths.addAll(s.getChanged());
      paths.addAll(s.getModified());
      paths.addAll(s.getRemoved());
      paths.addAll(s.getMissing());
      paths.addAll(s.getUntracked());
      paths.addAll(s.getConflicting());
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot read the work tree's status: " + e.getMessage(), e);
    }
  }
}
