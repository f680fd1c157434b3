package org.opendti.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's corrections (the inspection team, đoàn kiểm tra) to one submission, from {@code
 * submissions/<framework>/<period>/<unit>.review.json}. Kept apart from the unit's answers so both
 * stay visible.
 */
public record Review(
    String file,
    String unit,
    String framework,
    String period,
    Contact reviewer,
    LocalDate date,
    List<Correction> corrections) {

  public Review {
    corrections = List.copyOf(corrections);
  }

  /** Framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(framework, period, unit);
  }

  public Optional<Correction> correction(String criterionId) {
    return corrections.stream().filter(c -> c.criterion().equals(criterionId)).findFirst();
  }

  /**
   * A correction of one criterion. Exactly one of: corrected {@code inputs} (rescored by the
   * method), corrected {@code points}, or a ruling on a not-applicable claim.
   *
   * @param notApplicable null: no ruling; true: the claim is confirmed (or imposed); false: the
   *     claim is rejected
   * @param reason why, required
   */
  public record Correction(
      String criterion,
      Map<String, Value> inputs,
      BigDecimal points,
      Boolean notApplicable,
      String reason) {

    public Correction {
      inputs = SortedMaps.copyOf(inputs);
    }
  }
}
