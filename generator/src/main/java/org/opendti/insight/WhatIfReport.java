package org.opendti.insight;

import java.util.List;

/**
 * Where a unit's next points are ("Cơ hội cải thiện"), best gain first.
 *
 * @param opportunities sorted by gain descending, then criterion id (numeric segments as numbers),
 *     then {@link Opportunity.Kind} (MAX first)
 */
public record WhatIfReport(
    String unitId, String frameworkId, String periodId, List<Opportunity> opportunities) {

  public WhatIfReport {
    opportunities = List.copyOf(opportunities);
  }
}
