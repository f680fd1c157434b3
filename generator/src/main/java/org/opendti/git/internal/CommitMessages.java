package org.opendti.git.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.revwalk.FooterLine;

/** What the project reads from a commit message on main: the pull request and its approvers. */
public final class CommitMessages {

  // GitHub's merge commit title, and its squash title "Title (#123)".
  private static final Pattern MERGE = Pattern.compile("^Merge pull request #(\\d+) from \\S.*");
  private static final Pattern SQUASH = Pattern.compile(".*\\(#(\\d+)\\)\\s*$");

  /** The trailers that record who approved a change. */
  public static final List<String> APPROVAL_TRAILERS = List.of("Reviewed-by", "Approved-by");

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

  /** The values of the approval trailers, in message order. */
  public static List<String> approvers(List<FooterLine> footers) {
    List<String> approvers = new ArrayList<>();
    for (FooterLine f : footers) {
      for (String key : APPROVAL_TRAILERS) {
        if (f.matches(new org.eclipse.jgit.revwalk.FooterKey(key)) && !f.getValue().isBlank()) {
          approvers.add(f.getValue().strip());
        }
      }
    }
    return approvers;
  }
}
