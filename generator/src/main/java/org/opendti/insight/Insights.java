package org.opendti.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the site shows to help units improve and reviewers focus: a what-if report per scored
 * submission (where computed) and every anomaly flag. Flags never change a score.
 *
 * <p>A class rather than a record so it can keep its lookups indexed: the renderer asks for one
 * unit's report per scorecard and per open-data row, which a scan over every report made quadratic
 * in the number of submissions.
 */
public final class Insights {

  public static final Insights EMPTY = new Insights(List.of(), List.of());

  /**
   * How many what-if opportunities per unit the site shows (the scorecard's "Cơ hội cải thiện" and
   * {@code insights.json}), best first; the pipeline keeps no more than these.
   */
  public static final int SHOWN = 5;

  private final List<WhatIfReport> whatIf;
  private final List<Flag> flags;
  private final Map<String, WhatIfReport> reportByKey = new HashMap<>();
  private final Map<String, List<Flag>> flagsByCohort;

  /**
   * @param whatIf the reports; where one submission has several, the first counts
   * @param flags in {@link Flag#ORDER}
   */
  public Insights(List<WhatIfReport> whatIf, List<Flag> flags) {
    this.whatIf = List.copyOf(whatIf);
    this.flags = List.copyOf(flags);
    for (WhatIfReport r : this.whatIf) {
      reportByKey.putIfAbsent(key(r.frameworkId(), r.periodId(), r.unitId()), r);
    }
    Map<String, List<Flag>> byCohort = new HashMap<>();
    for (Flag f : this.flags) {
      byCohort
          .computeIfAbsent(key(f.frameworkId(), f.periodId(), ""), k -> new java.util.ArrayList<>())
          .add(f);
    }
    byCohort.replaceAll((k, v) -> List.copyOf(v));
    this.flagsByCohort = byCohort;
  }

  /** Every report, in the order given. */
  public List<WhatIfReport> whatIf() {
    return whatIf;
  }

  /** Every flag, in the order given. */
  public List<Flag> flags() {
    return flags;
  }

  public Optional<WhatIfReport> whatIf(String unitId, String frameworkId, String periodId) {
    return Optional.ofNullable(reportByKey.get(key(frameworkId, periodId, unitId)));
  }

  /** The flags of one framework and period, in the order given. */
  public List<Flag> flags(String frameworkId, String periodId) {
    return flagsByCohort.getOrDefault(key(frameworkId, periodId, ""), List.of());
  }

  private static String key(String frameworkId, String periodId, String unitId) {
    return frameworkId + "\n" + periodId + "\n" + unitId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Insights other && whatIf.equals(other.whatIf) && flags.equals(other.flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(whatIf, flags);
  }

  @Override
  public String toString() {
    return "Insights[whatIf=" + whatIf + ", flags=" + flags + "]";
  }
}
