package org.opendti.render.view;

import java.util.List;

/**
 * The reviewers' workbench ({@code reviewers.html}): every framework and period with how many of
 * its units are in each state, each linking to its own page ({@link CohortPage}); then the
 * integrity signals (digit tests). Flags never change a score; they only direct attention.
 *
 * @param asOf the day the day counts are reckoned from: the latest date the data records
 * @param cohorts one per framework and period
 * @param integrity the digit tests, a section of its own ({@code integrity.ftlh})
 */
public record ReviewersView(String asOf, List<Cohort> cohorts, IntegrityView integrity) {

  public ReviewersView {
    cohorts = List.copyOf(cohorts);
  }

  /**
   * One framework and period.
   *
   * @param id the table's id in the page, {@code <framework>-<period>}
   * @param deadline the period's deadline, in the page's language
   * @param counts how many units are in each state, as a sentence
   * @param page its own page, with the table ({@code reviewers/<framework>-<period>.html})
   * @param xlsx the same table as an Excel workbook, its points column numbers
   * @param csv the same table as CSV
   * @param rows every unit expected to submit on the cohort's page; none on the workbench's index,
   *     which shows the counts only
   */
  public record Cohort(
      String id,
      String title,
      String deadline,
      String counts,
      Link page,
      Link xlsx,
      Link csv,
      List<Row> rows) {
    public Cohort {
      rows = List.copyOf(rows);
    }
  }

  /**
   * The page of one framework and period ({@code reviewers/<framework>-<period>.html}): every unit
   * expected to submit with its state (not submitted, awaiting review, reviewed), what the review
   * changed, the unit's objections and its anomaly flags worded as sentences. One page per cohort
   * keeps a national workbench readable on a phone: a province's communes, not the whole country.
   *
   * @param asOf as in the workbench
   * @param workbench the workbench, {@code reviewers.html}
   * @param cohort the framework and period
   */
  public record CohortPage(String asOf, Link workbench, Cohort cohort) {}

  /**
   * One expected unit.
   *
   * @param state {@code missing}, {@code pending} or {@code reviewed}
   * @param stateText the state in the page's language
   * @param days for a missing submission: days to or past the deadline; empty otherwise
   * @param daysSort the signed day count (negative: before the deadline), for sorting
   * @param reviewer who reviewed (marked Vietnamese on an English page), and when; empty unless
   *     reviewed
   * @param corrections how many corrections (and how many await another look)
   * @param points the review's effect on the total, signed; empty unless reviewed
   * @param pointsSort the same as a plain number, for sorting
   * @param rank the review's effect on the rank, {@code 5 → 3}; empty when none
   * @param objections open and decided objections, with days waited, "; " between them; each
   *     reference (as the unit wrote it) marked Vietnamese on an English page
   * @param openObjections how many are open, for sorting
   * @param correct the correction form with this unit and period chosen, to review it or change its
   *     review; null when nothing was submitted
   * @param answer the correction form with this unit and period chosen, at its objections, where
   *     the team decides the open ones; null when none is open
   * @param flags the anomaly flags, each a sentence with its numbers
   */
  public record Row(
      Link unit,
      boolean sample,
      String state,
      String stateText,
      String days,
      long daysSort,
      List<TextPart> reviewer,
      String corrections,
      String points,
      String pointsSort,
      String rank,
      List<TextPart> objections,
      int openObjections,
      Link correct,
      Link answer,
      List<String> flags) {
    public Row {
      reviewer = List.copyOf(reviewer);
      objections = List.copyOf(objections);
      flags = List.copyOf(flags);
    }
  }
}
