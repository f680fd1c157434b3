package org.opendti.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit's answer to one criterion: its inputs, or a not-applicable claim.
 *
 * @param inputs input id → value, sorted by id
 * @param selfScore điểm tự chấm, the points the unit gave itself; null if not given
 * @param notes Markdown written by the unit
 * @param notApplicable non-null when the unit claims "không phát sinh"
 */
public record Answer(
    String criterion,
    Map<String, Value> inputs,
    BigDecimal selfScore,
    List<Evidence> evidence,
    String notes,
    NotApplicable notApplicable) {

  public Answer {
    inputs = SortedMaps.copyOf(inputs);
    evidence = List.copyOf(evidence);
  }

  /** A "không phát sinh" claim with the unit's reason. */
  public record NotApplicable(String reason) {}
}
