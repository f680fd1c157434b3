package org.opendti.insight;

import java.util.List;
import java.util.Optional;

/**
 * What the site shows to help units improve and reviewers focus: a what-if report per scored
 * submission (where computed) and every anomaly flag. Flags never change a score.
 */
public record Insights(List<WhatIfReport> whatIf, List<Flag> flags) {

  public static final Insights EMPTY = new Insights(List.of(), List.of());

  public Insights {
    whatIf = List.copyOf(whatIf);
    flags = List.copyOf(flags);
  }

  public Optional<WhatIfReport> whatIf(String unitId, String frameworkId, String periodId) {
    return whatIf.stream()
        .filter(
            r ->
                r.unitId().equals(unitId)
                    && r.frameworkId().equals(frameworkId)
                    && r.periodId().equals(periodId))
        .findFirst();
  }

  public List<Flag> flags(String frameworkId, String periodId) {
    return flags.stream()
        .filter(f -> f.frameworkId().equals(frameworkId) && f.periodId().equals(periodId))
        .toList();
  }
}
