package org.opendti.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The host's record of who approved what was merged into main, by merge commit: read by the publish
 * workflow from the repository host with a read-only token (for GitHub, each pull request's
 * reviews) into a file the build reads ({@code docs/formats.md}, "Approvals"). The only source of
 * approvers: a commit message's {@code Approved-by:} lines are written by whoever wrote the branch.
 *
 * <pre>{@code
 * {"commits": {"9f3c…(40 hex digits)": {"pullRequest": 12, "approvers": ["@ivan"]}}}
 * }</pre>
 *
 * @param commits full commit id (lower case) → the pull request it merged and its approvers
 */
public record Approvals(SortedMap<String, Approval> commits) {

  /** No record at all: every approver is unknown. */
  public static final Approvals NONE = new Approvals(new TreeMap<>());

  public Approvals {
    commits = Collections.unmodifiableSortedMap(new TreeMap<>(commits));
  }

  /** The record of a commit on main, if the host has one. */
  public Optional<Approval> of(String sha) {
    return Optional.ofNullable(commits.get(sha));
  }

  /**
   * One merged pull request.
   *
   * @param pullRequest its number on the host
   * @param approvers the logins ({@code @login}) whose last review approved it, sorted
   */
  public record Approval(int pullRequest, List<String> approvers) {
    public Approval {
      approvers = List.copyOf(approvers);
    }
  }
}
