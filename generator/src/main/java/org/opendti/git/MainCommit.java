package org.opendti.git;

import java.time.Instant;
import java.util.List;

/**
 * A commit on main's first-parent line: a merge of a pull request, a squash or rebase commit the
 * host made, or a direct commit.
 *
 * <p>Who approved it comes from the host's record of the pull request's approving reviews (the
 * approvals file the publish workflow reads with a read-only token, {@code docs/formats.md}), never
 * from the commit message: {@code Approved-by:} and {@code Reviewed-by:} lines are text the pull
 * request's author writes (issue #13). Without that record the approvers are unknown.
 *
 * @param sha the full commit id
 * @param time the committer time: when the commit was made on main (see {@link GitArrivalTimes})
 * @param pullRequest the pull request number: the host's record when known, else the number the
 *     host wrote in the first line of the merge or squash commit, or null
 * @param approvers the logins ({@code @login}) whose last review of the pull request approved it,
 *     as the host records it; empty when none did or when unknown
 * @param approversKnown whether the host's record was read for this commit
 */
public record MainCommit(
    String sha, Instant time, Integer pullRequest, List<String> approvers, boolean approversKnown) {

  public MainCommit {
    approvers = List.copyOf(approvers);
  }

  /** A commit whose approvers are known to be {@code approvers}. */
  public MainCommit(String sha, Instant time, Integer pullRequest, List<String> approvers) {
    this(sha, time, pullRequest, approvers, true);
  }

  /** A commit whose approvers are not known. */
  public static MainCommit unapproved(String sha, Instant time, Integer pullRequest) {
    return new MainCommit(sha, time, pullRequest, List.of(), false);
  }

  /** This commit with the host's record: its pull request and who approved it. */
  public MainCommit withApprovals(Integer pullRequest, List<String> approvers) {
    return new MainCommit(
        sha, time, pullRequest == null ? this.pullRequest : pullRequest, approvers, true);
  }
}
