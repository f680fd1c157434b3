package org.opendti.git;

import java.time.Instant;
import java.util.List;

/**
 * A commit on main's first-parent line: a merge of a pull request, a squash or rebase commit the
 * host made, or a direct commit.
 *
 * <p>Example: {@code MainCommit[sha=9f3c…, time=2024-01-12T08:00:00Z, pullRequest=12,
 * approvers=[@inspector]]} for "Merge pull request #12 from unit/branch" with a trailer {@code
 * Approved-by: @inspector}.
 *
 * @param sha the full commit id
 * @param time the committer time: when the commit was made on main (see {@link GitArrivalTimes})
 * @param pullRequest the pull request number the message records, or null
 * @param approvers the values of the message's {@code Reviewed-by:} and {@code Approved-by:}
 *     trailers, in message order
 */
public record MainCommit(String sha, Instant time, Integer pullRequest, List<String> approvers) {

  public MainCommit {
    approvers = List.copyOf(approvers);
  }
}
