package org.opendti.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a unit stopped existing as it was, and by which legal act: it became part of another unit,
 * was split between several, lost its level (the districts on 1 July 2025) or changed its status.
 * Recorded on the unit that changed; the units named in {@link #into} list it among their {@code
 * predecessors}, so that their scorecards show its history.
 *
 * <p>In JSON, in a unit's {@code changes}: {@code {"kind": "mergedInto", "date": "2025-07-01",
 * "into": ["can-tho-2025"], "basis": {"document": "Nghị quyết 202/2025/QH15", "issuer": "Quốc hội",
 * "date": "2025-06-12", "article": "Điều 1", "source": "https://…"}}}.
 *
 * @param date the first day the unit no longer existed as it was (the day after its {@code
 *     validTo})
 * @param into the units it became part of (its successors for this change), at least one
 * @param basis the legal act that made the change
 */
public record UnitChange(Kind kind, LocalDate date, List<String> into, LegalBasis basis) {

  public UnitChange {
    Objects.requireNonNull(kind, "kind");
    into = List.copyOf(into);
  }

  /** The kinds of change (see {@code docs/administrative-changes-2025.md}, section 6). */
  public enum Kind {
    /** All of it became part of one other unit ("nhập toàn bộ"). */
    MERGED_INTO,
    /** Its parts went into several units ("nhập một phần"). */
    SPLIT,
    /** Its level ended (the districts, 1 July 2025); its territory is now in {@link #into}. */
    LEVEL_DISSOLVED,
    /** The same territory became another kind of unit (a province becoming a city). */
    STATUS_CHANGE;

    /** The id used in JSON, e.g. "mergedInto". */
    public String jsonName() {
      return JsonNames.of(this);
    }
  }

  /**
   * The legal act behind a change, as it is cited.
   *
   * @param document its number and kind, e.g. "Nghị quyết 202/2025/QH15"
   * @param issuer who issued it, e.g. "Quốc hội", "Ủy ban Thường vụ Quốc hội"
   * @param date the day it was adopted or signed, null if not known
   * @param article the article that makes the change, e.g. "Điều 1", null if not known
   * @param source where its text or a report of it can be read, null if none
   */
  public record LegalBasis(
      String document, String issuer, LocalDate date, String article, String source) {}
}
