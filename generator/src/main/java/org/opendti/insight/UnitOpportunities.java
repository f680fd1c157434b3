package org.opendti.insight;

import java.util.List;
import org.opendti.model.SubmissionKey;

/**
 * Where a unit's next points are ("Cơ hội cải thiện"), best gain first.
 *
 * @param opportunities sorted by gain descending, then criterion id (numeric segments as numbers),
 *     then {@link Opportunity.Kind} (MAX first); possibly only the best of them (see {@link #best})
 * @param found how many opportunities the analysis found, at least {@code opportunities.size()}
 */
public record UnitOpportunities(
    String unitId,
    String frameworkId,
    String periodId,
    List<Opportunity> opportunities,
    int found) {

  public UnitOpportunities {
    opportunities = List.copyOf(opportunities);
    if (found < opportunities.size()) {
      throw new IllegalArgumentException(
          "found " + found + " < " + opportunities.size() + " opportunities listed");
    }
  }

  /** Framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(frameworkId, periodId, unitId);
  }

  /** A report listing every opportunity found. */
  public UnitOpportunities(
      String unitId, String frameworkId, String periodId, List<Opportunity> opportunities) {
    this(unitId, frameworkId, periodId, opportunities, opportunities.size());
  }

  /**
   * This report with only its {@code n} best opportunities, {@link #found} unchanged. A unit of a
   * large framework has forty or more; kept for every unit of a 10,000-unit cohort they held 0.4 GB
   * (each with its inputs and ranks), while the site shows {@link Insights#SHOWN}.
   */
  public UnitOpportunities best(int n) {
    return opportunities.size() <= n
        ? this
        : new UnitOpportunities(unitId, frameworkId, periodId, opportunities.subList(0, n), found);
  }
}
