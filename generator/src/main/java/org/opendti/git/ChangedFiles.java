package org.opendti.git;

import java.util.List;

/**
 * What a pull request changes: the diff from the merge base of base and head to head, with renames
 * detected, sorted by {@link Change#ORDER}.
 *
 * <p>Diffing from the merge base (not from base's tip) is what a pull request shows: commits that
 * landed on main after the branch started are not the branch's changes.
 *
 * <pre>{@code
 * try (GitRepo repo = GitRepo.open(Path.of("."))) {
 *   ChangedFiles changed = repo.changedFiles("origin/main", "HEAD");
 *   changed.changes().forEach(c -> System.out.println(c.kind() + " " + c.path()));
 * }
 * }</pre>
 *
 * @param base the base commit (full SHA) as given, resolved
 * @param mergeBase the merge base of base and head (full SHA)
 * @param head the head commit (full SHA)
 * @param changes the changed files
 */
public record ChangedFiles(String base, String mergeBase, String head, List<Change> changes) {

  public ChangedFiles {
    changes = changes.stream().sorted(Change.ORDER).toList();
  }

  /** The changes that touch {@code submissions/} on either side. */
  public List<Change> submissions() {
    return changes.stream()
        .filter(c -> c.paths().anyMatch(p -> p.startsWith(SubmissionPath.ROOT)))
        .toList();
  }
}
