package org.opendti.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import org.opendti.diagnostic.Text;

/**
 * The input paths a contribution changes, as the work tree shows them: what the branch's commits
 * change ({@link ChangedFiles}, from the merge base of base and {@code HEAD}), plus what is staged
 * or edited and not yet committed, and new files not yet added, so that a contributor can check an
 * edit before committing it. Both sides of a rename count; deleted files are included (the caller
 * skips what no longer exists).
 *
 * <p>The work tree is compared with the index as Git does, by each file's size and modification
 * time, reading only a file whose size or time differs (its content is then hashed and compared
 * with the index's blob). JGit's {@code status} does the same but also walks {@code HEAD}'s whole
 * tree; at 20,000 files it took seconds in a fresh JVM, more than the check itself. Files Git
 * ignores are listed too: the loader reads every file under the input folders, ignored or not.
 * Content filters ({@code core.autocrlf}, clean filters) are not applied: a touched file they would
 * normalise counts as changed, which only checks one file more.
 */
public final class ChangedPaths {

  private ChangedPaths() {}

  /**
   * @param root the work tree
   * @param base e.g. {@code origin/main}
   * @param workTree false: only what the commits change (merge base of {@code base} and {@code
   *     HEAD} to {@code HEAD}), without reading the index or the work tree — for CI, where the
   *     checkout is clean and stat-ing every input file is most of the check's time
   * @throws org.opendti.git.RevisionException when {@code base} is unknown or shares no history
   * @throws NotARepositoryException when {@code root} is not a Git work tree
   */
  public static SortedSet<String> since(Path root, String base, boolean workTree) {
    if (!Files.exists(root.resolve(".git"))) {
      throw new NotARepositoryException(
          root, Text.of("git.not-a-work-tree", root.toString()), null);
    }
    // Asked of git where the repository is plain; JGit answers (and reports problems) otherwise.
    SortedSet<String> paths =
        GitCli.changedPaths(root, base, "HEAD").orElseGet(() -> withJGit(root, base));
    if (!workTree) {
      return paths;
    }
    // Apart, so that this class names no JGit type: verifying it would load JGit's classes, and
    // checking JGit's signed jar kept a fresh JVM busy for 0.3-0.5 s where JGit is not used.
    paths.addAll(WorkTreeChanges.of(root));
    return paths;
  }

  /**
   * JGit's answer, for what {@link GitCli} does not answer. Apart, so that this class names no JGit
   * type: verifying it would load JGit's classes, and checking JGit's signed jar took a fresh JVM
   * about 0.3 s even where JGit is never used.
   */
  private static SortedSet<String> withJGit(Path root, String base) {
    try (GitRepo repo = GitRepo.open(root)) {
      return repo.changedPaths(base, "HEAD");
    }
  }
}
