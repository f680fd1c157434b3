package org.opendti.render.view;

import java.util.List;

/**
 * The integrity signals on the reviewers' page (issue #18): digit tests on the counts units report,
 * per framework and period. A self-contained section ({@code integrity.ftlh}); a flag is a reason
 * to look closer, never a score change.
 */
public record IntegrityView(List<Cohort> cohorts) {

  public IntegrityView {
    cohorts = List.copyOf(cohorts);
  }

  /**
   * One framework and period.
   *
   * @param values how many counts the units reported in all (each unit's distinct values)
   * @param pooled the tests on every unit's counts together (from 100 up)
   * @param summary per test: how many units were tested, flagged, not tested
   * @param flagged the units with at least one flag, by name
   */
  public record Cohort(
      String title,
      String values,
      List<Result> pooled,
      List<Summary> summary,
      List<UnitRow> flagged) {
    public Cohort {
      pooled = List.copyOf(pooled);
      summary = List.copyOf(summary);
      flagged = List.copyOf(flagged);
    }
  }

  /**
   * One test over a cohort's units.
   *
   * @param minimum the fewest values the test runs on
   */
  public record Summary(
      String test, String tested, String flagged, String notRun, String minimum) {}

  /** A unit with a flag, linking to its scorecard, and each test's result. */
  public record UnitRow(Link unit, String values, List<Result> results) {
    public UnitRow {
      results = List.copyOf(results);
    }
  }

  /**
   * One test's result, every number formatted; the numbers are "" when it did not run.
   *
   * @param statisticName what the statistic is: "X²", or the count of values ending in 0 or 5
   * @param falsePositiveRate the share of honest data sets of this size that are flagged, "0,79 %"
   * @param reason why the test did not run, or ""
   */
  public record Result(
      String test,
      String code,
      boolean ran,
      boolean flagged,
      String n,
      String statisticName,
      String statistic,
      String expected,
      String pValue,
      String threshold,
      String falsePositiveRate,
      String reason) {}
}
