package org.opendti.model;

import java.util.List;

/**
 * How criterion points become a unit's total ({@code 004_…} Điều 5–6).
 *
 * @param rescaleNotApplicable leave not-applicable criteria out and rescale: D = A × B / C
 * @param bonus how bonus items (điểm thưởng, {@code 000_…}) count
 * @param prioritySectors priority sectors (lĩnh vực ưu tiên) a department may lead: X = (D + E) × B
 *     / (B + F)
 * @param classification optional bands by share of the maximum (e.g. Tốt / Khá / Trung bình / Yếu),
 *     highest first
 */
public record Aggregation(
    boolean rescaleNotApplicable,
    BonusPolicy bonus,
    List<PrioritySector> prioritySectors,
    List<Classification> classification) {

  public static final Aggregation DEFAULT =
      new Aggregation(true, BonusPolicy.ADD, List.of(), List.of());

  public Aggregation {
    prioritySectors = List.copyOf(prioritySectors);
    classification = List.copyOf(classification);
  }

  /** How bonus points count. */
  public enum BonusPolicy {
    /** Added on top of the base total, which may then exceed the maximum. */
    ADD,
    /** Added on top, but the total never exceeds the framework's maximum. */
    ADD_CAPPED,
    /** Shown but not counted. */
    IGNORE
  }
}
