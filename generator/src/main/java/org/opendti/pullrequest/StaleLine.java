package org.opendti.pullrequest;

import java.math.BigDecimal;
import org.opendti.model.Review;

/**
 * A reviewer's correction that now overrides an answer the unit has changed: the correction still
 * counts, and the unit's new figures do not, until a reviewer confirms or drops it.
 *
 * <p>Example (issue 15): criterion 3.3 corrected to {@code a = 12} when the unit answered {@code a
 * = 15}; the pull request changes {@code a} to 49: {@code was} {@code a = 15}, {@code now} {@code a
 * = 49}, {@code computed} the points 49 would give, {@code points} what counts (the correction's).
 *
 * @param reviewFile the review holding the correction
 * @param recorded true: the review recorded the answer it corrected ({@code was}); false: it does
 *     not, and {@code was} is the base's answer
 * @param was the answer the correction was made against
 * @param now the head's answer
 * @param computed the points the head's answer gives by the method; null when not computed
 * @param points what counts at the head (the correction's points)
 */
public record StaleLine(
    String frameworkId,
    String periodId,
    String unitId,
    String criterionId,
    String reviewFile,
    boolean recorded,
    Review.Was was,
    Review.Was now,
    BigDecimal computed,
    BigDecimal points) {}
