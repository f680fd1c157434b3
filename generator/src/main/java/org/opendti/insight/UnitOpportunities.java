package org.opendti.insight;

import java.util.ArrayList;
import java.util.List;
import org.opendti.model.SubmissionKey;

/**
 * Where a unit's next points are ("Cơ hội cải thiện"), best gain first.
 *
 * @param opportunities what the unit reports first ({@link Opportunity.Basis#REPORTED}), then
 *     points given directly; within each, by gain descending, then criterion id (numeric segments
 *     as numbers), then {@link Opportunity.Kind} (MAX first); possibly only the best of them (see
 *     {@link #best})
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
   * This report with only its {@code n} best opportunities of each kind: the {@code n} best of what
   * the unit reports and the {@code n} best of the points given directly, so that points the unit
   * cannot act on never crowd out those it can; {@link #found} unchanged. A unit of a large
   * framework has forty or more; kept for every unit of a 10,000-unit cohort they held 0.4 GB (each
   * with its inputs and ranks), while the site shows {@link Insights#SHOWN} of each.
   */
  public UnitOpportunities best(int n) {
    List<Opportunity> reported = reported().stream().limit(n).toList();
    List<Opportunity> assessed = assessed().stream().limit(n).toList();
    if (reported.size() + assessed.size() == opportunities.size()) {
      return this;
    }
    List<Opportunity> kept = new ArrayList<>(reported);
    kept.addAll(assessed);
    return new UnitOpportunities(unitId, frameworkId, periodId, kept, found);
  }

  /** What the unit can act on: opportunities of criteria scored from what it reports. */
  public List<Opportunity> reported() {
    return opportunities.stream().filter(o -> o.basis().reported()).toList();
  }

  /**
   * Opportunities of points given directly (by the unit and verified, or by the inspection team).
   */
  public List<Opportunity> assessed() {
    return opportunities.stream().filter(o -> !o.basis().reported()).toList();
  }
}
