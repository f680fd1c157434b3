package org.opendti.git;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.opendti.model.ArrivalTimes;

/**
 * When each submission arrived: the <b>committer time of the first-parent commit on main that last
 * changed it</b> — for a merged pull request, the merge (or the squash or rebase commit the host
 * made when merging).
 *
 * <pre>{@code
 * GitArrivalTimes arrivals = GitArrivalTimes.read(root, "origin/main");
 * Optional<Instant> t = arrivals.arrivalOf("submissions/nga-nam-2024/2023/nga-nam.json");
 * }</pre>
 *
 * <h2>Trust model</h2>
 *
 * <p>A lateness rule needs a time that the unit being scored cannot choose: seed {@code
 * 002_53ee7987cf0e1a51.txt} criteria 1 and 2 take one point off per month a plan or report is late
 * ("trễ so với thời gian quy định thì sẽ trừ 01 điểm/tháng"), and {@code docs/formats.md}'s {@code
 * lateness} method falls back to the submission's arrival time.
 *
 * <ul>
 *   <li>A commit's <b>author date</b> is whatever its author wants ({@code GIT_AUTHOR_DATE}): it is
 *       never used.
 *   <li>A commit's <b>committer date</b> on a pull request's branch is also set by its author
 *       ({@code GIT_COMMITTER_DATE}): a commit backdated before the deadline and merged after it
 *       must not count as on time. So only commits on main's <b>first-parent line</b> are read;
 *       side-branch commits are never visited.
 *   <li>The first-parent commits on main are made by the Git host when a maintainer presses merge:
 *       the host sets their committer time to the time of merging. That is the approval, so it is
 *       also the arrival.
 *   <li>A maintainer who pushes directly to main could forge a committer time. Branch protection on
 *       main (require pull requests, no force pushes, include administrators) prevents that; with
 *       it, every first-parent commit is a merge the host made.
 * </ul>
 *
 * <p>A file that is not on main (a pull request's new submission) has no arrival yet: {@link
 * #arrivalOf} returns empty, and the caller decides (e.g. "now" when previewing a pull request). A
 * later change to the file (a correction, even a maintainer's) moves its arrival to that change's
 * merge: corrections after the deadline belong in the review file. Immutable and thread-safe.
 */
public final class GitArrivalTimes implements ArrivalTimes {

  private final Provenance provenance;

  private GitArrivalTimes(Provenance provenance) {
    this.provenance = provenance;
  }

  /** Arrival times from provenance already read. */
  public static GitArrivalTimes of(Provenance provenance) {
    return new GitArrivalTimes(provenance);
  }

  /** Reads main's history in {@code repoDir} once; {@code mainRef} e.g. {@code origin/main}. */
  public static GitArrivalTimes read(Path repoDir, String mainRef) {
    try (GitRepo repo = GitRepo.open(repoDir)) {
      return new GitArrivalTimes(repo.provenance(mainRef));
    }
  }

  /**
   * When the current content of {@code submissionFile} arrived on main.
   *
   * @param submissionFile repository-relative, e.g. {@code submissions/f/2023/unit.json}; a leading
   *     {@code ./} and backslashes are tolerated
   */
  @Override
  public Optional<Instant> arrivalOf(String submissionFile) {
    String path = submissionFile.replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return provenance.of(path).map(FileProvenance::arrival);
  }
}
