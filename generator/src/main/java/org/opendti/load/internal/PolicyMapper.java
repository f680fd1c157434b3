package org.opendti.load.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.model.AccessPolicy;
import org.opendti.model.InsightThresholds;

/**
 * Maps the policy files, {@code policy/access.json} and {@code policy/insight.json}. Both passed
 * their schema, so every member has the right type and range.
 */
final class PolicyMapper {

  private PolicyMapper() {}

  static AccessPolicy access(Node root) {
    Map<String, List<String>> units = new TreeMap<>();
    root.members("units").forEach(e -> units.put(e.getKey(), e.getValue().texts()));
    Map<String, List<String>> teams = new TreeMap<>();
    root.members("teams").forEach(e -> teams.put(e.getKey(), e.getValue().texts()));
    return new AccessPolicy(
        root.texts("maintainers"),
        root.texts("reviewers"),
        root.texts("maintainerPaths"),
        new TreeMap<>(units),
        new TreeMap<>(teams));
  }

  /** The thresholds the file sets, the defaults for those it leaves out. */
  static InsightThresholds thresholds(Node root) {
    InsightThresholds d = InsightThresholds.DEFAULTS;
    return new InsightThresholds(
        share(root, "movedCriterionShare", d.movedCriterionShare()),
        share(root, "movedTotalShare", d.movedTotalShare()),
        share(root, "outlierZ", d.outlierZ()),
        count(root, "outlierMinUnits", d.outlierMinUnits()),
        share(root, "equalShare", d.equalShare()),
        count(root, "equalMinCriteria", d.equalMinCriteria()),
        share(root, "rareNotApplicableShare", d.rareNotApplicableShare()),
        count(root, "rareNotApplicableMinUnits", d.rareNotApplicableMinUnits()),
        share(root, "evidenceShare", d.evidenceShare()),
        count(root, "evidenceMinUnits", d.evidenceMinUnits()),
        count(root, "evidenceDaysBefore", d.evidenceDaysBefore()),
        count(root, "evidenceDaysAfter", d.evidenceDaysAfter()));
  }

  private static BigDecimal share(Node root, String name, BigDecimal fallback) {
    return root.has(name) ? root.decimal(name) : fallback;
  }

  private static int count(Node root, String name, int fallback) {
    // The schema bounds it to [0, 2^31 − 1].
    return root.has(name) ? root.decimal(name).intValueExact() : fallback;
  }
}
