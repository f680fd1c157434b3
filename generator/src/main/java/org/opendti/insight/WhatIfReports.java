package org.opendti.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.SubmissionKey;

/**
 * The what-if reports of {@link Insights}: in memory when computed, or read one at a time from the
 * render cache's file when asked for ({@link InsightsJson}). They are most of the insights' bytes
 * (22 of the 27 MB they took as one document at 10,000 units), and a rebuild after a change that
 * moves no score asks for a few units' reports only, the scorecards it renders again (issue #17,
 * target 3).
 */
interface WhatIfReports {

  /** How many reports there are. */
  int size();

  /** The report of {@code key}: where one submission has several, the first. */
  Optional<UnitOpportunities> of(SubmissionKey key);

  /** Every report, in order. */
  List<UnitOpportunities> all();

  /** Reports held in memory. */
  static WhatIfReports of(List<UnitOpportunities> reports) {
    List<UnitOpportunities> all = List.copyOf(reports);
    Map<SubmissionKey, UnitOpportunities> byKey = new HashMap<>();
    all.forEach(r -> byKey.putIfAbsent(r.key(), r));
    return new WhatIfReports() {
      @Override
      public int size() {
        return all.size();
      }

      @Override
      public Optional<UnitOpportunities> of(SubmissionKey key) {
        return Optional.ofNullable(byKey.get(key));
      }

      @Override
      public List<UnitOpportunities> all() {
        return all;
      }
    };
  }
}
