package org.opendti.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.opendti.git.FileProvenance;
import org.opendti.git.MainCommit;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.UnitScore;

/**
 * Provenance of a scorecard's submission as text for the page and the open data: when it was first
 * submitted and last changed on main (the arrival that lateness rules use, {@code 002_…} criteria
 * 1–2), the commits, the pull request and approver, and the file's SHA-256.
 */
final class ProvenanceText {

  /** Vietnam's time zone: a citizen reads the time of day as Vietnam's, with the zone shown. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private ProvenanceText() {}

  static Optional<FileProvenance> of(SiteIndex index, UnitScore s) {
    return index.input().provenanceOf(s.submissionFile());
  }

  /** The block of a scorecard page, or null when Git history was not read. */
  static ScorecardView.Source view(PageContext page, UnitScore s) {
    return of(page.index(), s)
        .map(
            p ->
                new ScorecardView.Source(
                    page.href(FormUnits.file(s.key())),
                    time(page, p.added().time()),
                    pullRequest(p.added()),
                    time(page, p.lastChanged().time()),
                    pullRequest(p.lastChanged()),
                    String.join(", ", p.lastChanged().approvers()),
                    p.lastChanged().approversKnown(),
                    shortShas(p.commits()),
                    p.sha256()))
        .orElse(null);
  }

  /** A time of day in Vietnam, e.g. "12/01/2024 15:00 (giờ Việt Nam, UTC+7)". */
  static String time(PageContext page, Instant t) {
    ZonedDateTime local = t.atZone(VIETNAM);
    return page.lang().date(local.toLocalDate())
        + " "
        + HOUR.format(local)
        + " ("
        + page.t("provenanceZone")
        + ")";
  }

  /** ISO-8601 UTC, e.g. {@code 2024-01-12T08:00:00Z}. */
  static String iso(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  static String pullRequest(MainCommit c) {
    return c.pullRequest() == null ? "" : "#" + c.pullRequest();
  }

  static List<String> shortShas(List<String> commits) {
    return commits.stream().map(c -> c.substring(0, Math.min(7, c.length()))).toList();
  }
}
