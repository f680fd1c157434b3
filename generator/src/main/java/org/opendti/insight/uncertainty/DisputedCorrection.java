package org.opendti.insight.uncertainty;

import java.util.Objects;
import org.opendti.model.SubmissionKey;

/**
 * A reviewer's correction of one criterion of one submission that the unit has objected to, and on
 * which nobody has ruled yet: the rank-interval analysis counts it in half of its draws and leaves
 * it out in the other half. Where there is no such correction (a key without a review, or a review
 * that does not correct the criterion) it changes nothing.
 *
 * <p>The pipeline reads them from the review files' open objections and passes them to {@link
 * RankIntervals#analyse} (through {@code Insights.of}); an empty set turns this part of the
 * analysis off.
 *
 * @param submission the corrected submission
 * @param criterionId the corrected criterion
 */
public record DisputedCorrection(SubmissionKey submission, String criterionId) {

  public DisputedCorrection {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(criterionId, "criterionId");
  }
}
