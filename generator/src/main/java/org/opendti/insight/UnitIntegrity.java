package org.opendti.insight;

import java.util.List;
import java.util.Objects;
import org.opendti.insight.integrity.DigitTestResult;

/**
 * The digit tests on one unit's reported counts for one framework and period, or on a cohort's
 * pooled counts. A flag is a reason for a reviewer to look closer, never a score change.
 *
 * @param unitId the unit; null for a cohort's pooled counts
 * @param values how many distinct counts were collected (before the tests' own cut: each result's
 *     {@code n} is what the test used)
 * @param results one per test, in {@link org.opendti.insight.integrity.DigitTest} order
 */
public record UnitIntegrity(String unitId, int values, List<DigitTestResult> results) {

  public UnitIntegrity {
    results = List.copyOf(Objects.requireNonNull(results, "results"));
  }

  /** Whether any test flagged the counts. */
  public boolean flagged() {
    return results.stream().anyMatch(DigitTestResult::flagged);
  }
}
