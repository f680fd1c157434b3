package org.opendti.git.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the project reads from a commit message on main: the pull request number the host wrote in
 * the first line. Approvers are not read from messages (see {@code MainCommit}).
 */
public final class CommitMessages {

  // GitHub's merge commit title, and its squash title "Title (#123)".
  private static final Pattern MERGE = Pattern.compile("^Merge pull request #(\\d+) from \\S.*");
  private static final Pattern SQUASH = Pattern.compile(".*\\(#(\\d+)\\)\\s*$");

  private CommitMessages() {}

  /** The pull request number the first line records, or null. */
  public static Integer pullRequest(String firstLine) {
    for (Pattern p : List.of(MERGE, SQUASH)) {
      Matcher m = p.matcher(firstLine);
      if (m.matches()) {
        try {
          return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
          return null; // more digits than any real pull request number
        }
      }
    }
    return null;
  }
}
