package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.model.Answer;
import org.opendti.model.Review;
import org.opendti.model.Value;

/**
 * Scores one criterion from the unit's answer and a reviewer's correction, keeping computed,
 * self-assessed and reviewed points side by side ({@code DOMAIN.md}: {@code 002_…} item 12 writes 6
 * where its own formula gives 4.542).
 */
final class CriterionScorer {

  private CriterionScorer() {}

  static CriterionScore score(MethodContext ctx, Answer answer, Review.Correction correction) {
    BigDecimal max = ctx.criterion().maxPoints();
    Review.Correction corr = effective(correction);
    boolean claimsNa = answer != null && answer.notApplicable() != null;
    Optional<Outcome> computed =
        answer == null || claimsNa ? Optional.empty() : MethodScoring.score(ctx, answer.inputs());
    BigDecimal self = answer == null ? null : answer.selfScore();

    if (corr != null && Boolean.TRUE.equals(corr.notApplicable())) {
      return notApplicable(ctx, computed, self, corr.reason());
    }
    Optional<Outcome> reviewed = corr == null ? Optional.empty() : reviewed(ctx, answer, corr);
    if (reviewed.isPresent()) {
      Outcome r = reviewed.get();
      return build(ctx, CriterionScore.Status.SCORED, computed, self, r.points(), r, corr.reason());
    }
    String reason = corr == null ? null : corr.reason();
    if (claimsNa && corr == null) {
      return notApplicable(ctx, computed, self, null);
    }
    if (computed.isPresent()) {
      return build(ctx, CriterionScore.Status.SCORED, computed, self, null, computed.get(), reason);
    }
    Formula missing =
        new FormulaBuilder().word(FormulaWord.NO_DATA).text(" → ").num(zero()).build();
    return new CriterionScore(
        ctx.criterion().id(),
        CriterionScore.Status.MISSING,
        max,
        null,
        self,
        null,
        zero(),
        missing,
        ctx.criterion().bonus(),
        reason);
  }

  /** A correction that says nothing (no inputs, points or ruling) is no correction. */
  private static Review.Correction effective(Review.Correction c) {
    if (c == null || (c.inputs().isEmpty() && c.points() == null && c.notApplicable() == null)) {
      return null;
    }
    return c;
  }

  /** Corrected inputs override the unit's and are rescored; corrected points are taken as given. */
  private static Optional<Outcome> reviewed(
      MethodContext ctx, Answer answer, Review.Correction corr) {
    if (!corr.inputs().isEmpty()) {
      return MethodScoring.score(ctx, correctedInputs(answer, corr));
    }
    if (corr.points() != null) {
      BigDecimal points = Points.round(Points.clamp(corr.points(), ctx.criterion().maxPoints()));
      FormulaBuilder f = new FormulaBuilder().word(FormulaWord.REVIEWED).text(" → ");
      return Optional.of(new Outcome(points, f.num(points).build()));
    }
    return Optional.empty();
  }

  /** The inputs after a review: the unit's, overridden by the corrected ones. */
  static Map<String, Value> correctedInputs(Answer answer, Review.Correction corr) {
    Map<String, Value> merged = new TreeMap<>();
    if (answer != null && answer.notApplicable() == null) {
      merged.putAll(answer.inputs());
    }
    if (corr != null) {
      merged.putAll(corr.inputs());
    }
    return merged;
  }

  private static CriterionScore notApplicable(
      MethodContext ctx, Optional<Outcome> computed, BigDecimal self, String reason) {
    return new CriterionScore(
        ctx.criterion().id(),
        CriterionScore.Status.NOT_APPLICABLE,
        ctx.criterion().maxPoints(),
        computed.map(Outcome::points).orElse(null),
        self,
        null,
        zero(),
        new FormulaBuilder().word(FormulaWord.NOT_APPLICABLE).build(),
        ctx.criterion().bonus(),
        reason);
  }

  private static CriterionScore build(
      MethodContext ctx,
      CriterionScore.Status status,
      Optional<Outcome> computed,
      BigDecimal self,
      BigDecimal reviewed,
      Outcome counted,
      String reason) {
    return new CriterionScore(
        ctx.criterion().id(),
        status,
        ctx.criterion().maxPoints(),
        computed.map(Outcome::points).orElse(null),
        self,
        reviewed,
        counted.points(),
        counted.formula(),
        ctx.criterion().bonus(),
        reason);
  }

  /** 0.00; immutable, so one instance serves every score. */
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private static BigDecimal zero() {
    return ZERO;
  }
}
