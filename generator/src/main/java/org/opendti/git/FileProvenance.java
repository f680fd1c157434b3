package org.opendti.git;

import java.time.Instant;
import java.util.List;

/**
 * Where a file under {@code submissions/} came from, as main's first-parent history records it.
 *
 * <p>Example: a submission added by pull request #12 and corrected by #13 has {@code
 * added().pullRequest() == 12}, {@code lastChanged().pullRequest() == 13}, two {@code commits}, and
 * arrived at {@code lastChanged().time()}.
 *
 * @param path the repository-relative path
 * @param added the first-parent commit that added the file (since it was last absent from main)
 * @param lastChanged the first-parent commit that last changed it
 * @param commits every first-parent commit that touched it, oldest first
 * @param sha256 lowercase hex SHA-256 of its content at main's tip
 */
public record FileProvenance(
    String path, MainCommit added, MainCommit lastChanged, List<String> commits, String sha256) {

  public FileProvenance {
    commits = List.copyOf(commits);
  }

  /** When the current content arrived on main: {@code lastChanged().time()}. */
  public Instant arrival() {
    return lastChanged.time();
  }
}
