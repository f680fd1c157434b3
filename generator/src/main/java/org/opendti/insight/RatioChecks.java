package org.opendti.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.InsightThresholds;
import org.opendti.model.Submission;

/**
 * Checks on the ratios units report (ratio and cohort methods), on their own inputs as submitted.
 *
 * <ul>
 *   <li>{@code ratio-outlier}: the modified z-score M = 0.6745 × (x − median) / MAD with |M| above
 *       the threshold (Iglewicz and Hoaglin, 1993); skipped when MAD = 0 or too few units.
 *   <li>{@code numerator-equals-denominator}: "100%" reported on nearly every ratio criterion.
 * </ul>
 */
final class RatioChecks {

  private static final BigDecimal K = new BigDecimal("0.6745");
  private static final BigDecimal MARGIN = new BigDecimal("0.9999999999");

  private RatioChecks() {}

  static List<Flag> check(InsightThresholds t, Cohort k) {
    List<Flag> out = new ArrayList<>();
    for (Criterion c : k.framework().allCriteria()) {
      if (RatioInputs.isRatio(c.method())) {
        out.addAll(outliers(t, k, c));
      }
    }
    List<Criterion> criteria = k.framework().allCriteria();
    List<Answer[]> answers = criteria.stream().map(c -> k.answers(c.id())).toList();
    for (int i = 0; i < k.submissions().size(); i++) {
      equalParts(t, k, criteria, answers, i).ifPresent(out::add);
    }
    return out;
  }

  private static List<Flag> outliers(InsightThresholds t, Cohort k, Criterion c) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Answer[] all = k.answers(c.id());
    for (int i = 0; i < all.length; i++) {
      Submission s = k.submissions().get(i);
      Answer a = all[i];
      if (a != null && a.notApplicable() == null) {
        RatioInputs.value(c, a.inputs()).ifPresent(x -> values.put(s.unit(), x));
      }
    }
    List<Flag> out = new ArrayList<>();
    if (values.size() < t.outlierMinUnits()) {
      return out;
    }
    List<BigDecimal> xs = List.copyOf(values.values());
    BigDecimal median = Numbers.median(xs);
    BigDecimal mad = Numbers.median(xs.stream().map(x -> x.subtract(median).abs()).toList());
    if (mad.signum() == 0) {
      return out;
    }
    boolean share = !RatioInputs.denominator(c.method()).isEmpty() || RatioInputs.isPercent(c);
    // |z| ≤ threshold without dividing, with a margin far above the division's rounding: only the
    // few values near or past the threshold pay for the exact z.
    BigDecimal clearlyIn = t.outlierZ().multiply(mad).multiply(MARGIN);
    // The same test as |x − median| ≤ clearlyIn / K rounded down, as two comparisons: within
    // [lowest, highest] K × |x − median| ≤ clearlyIn, so |z| ≤ threshold; the rest take the test
    // below, exactly.
    BigDecimal reach = clearlyIn.divide(K, Numbers.MC.getPrecision(), RoundingMode.DOWN);
    BigDecimal lowest = median.subtract(reach);
    BigDecimal highest = median.add(reach);
    values.forEach(
        (unit, x) -> {
          if (x.compareTo(lowest) >= 0 && x.compareTo(highest) <= 0) {
            return;
          }
          BigDecimal deviation = K.multiply(x.subtract(median));
          if (deviation.abs().compareTo(clearlyIn) <= 0) {
            return;
          }
          BigDecimal z = deviation.divide(mad, Numbers.MC);
          if (z.abs().compareTo(t.outlierZ()) <= 0) {
            return;
          }
          String message =
              "Giá trị tiêu chí "
                  + c.id()
                  + " ("
                  + show(x, share)
                  + ") khác xa trung vị "
                  + show(median, share)
                  + " của "
                  + xs.size()
                  + " đơn vị (z = "
                  + Numbers.plain(z)
                  + ").";
          out.add(
              k.flag(
                  Flag.RATIO_OUTLIER,
                  unit,
                  c.id(),
                  message,
                  Map.of("value", x, "median", median, "mad", mad, "z", Numbers.shown(z)),
                  2));
        });
    return out;
  }

  private static String show(BigDecimal x, boolean share) {
    return share ? Numbers.percent(x) : Numbers.plain(x);
  }

  /** Ratio criteria with a denominator, answered with a non-zero one. */
  private static Optional<Flag> equalParts(
      InsightThresholds t, Cohort k, List<Criterion> criteria, List<Answer[]> answers, int index) {
    Submission s = k.submissions().get(index);
    int ratios = 0;
    int equal = 0;
    for (int j = 0; j < criteria.size(); j++) {
      Criterion c = criteria.get(j);
      Answer a = answers.get(j)[index];
      List<String> den = RatioInputs.denominator(c.method());
      if (den.isEmpty() || a == null || a.notApplicable() != null) {
        continue;
      }
      Optional<BigDecimal> top = RatioInputs.sum(a.inputs(), RatioInputs.numerator(c.method()));
      Optional<BigDecimal> bottom = RatioInputs.sum(a.inputs(), den);
      if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
        continue;
      }
      ratios++;
      if (top.get().compareTo(bottom.get()) == 0) {
        equal++;
      }
    }
    if (equal < t.equalMinCriteria() || !Numbers.atLeast(equal, ratios, t.equalShare())) {
      return Optional.empty();
    }
    String message = "Tử số bằng mẫu số (100%) ở " + equal + "/" + ratios + " tiêu chí tỷ lệ.";
    return Optional.of(
        k.flag(
            Flag.NUMERATOR_EQUALS_DENOMINATOR,
            s.unit(),
            null,
            message,
            Map.of("equal", BigDecimal.valueOf(equal), "ratioCriteria", BigDecimal.valueOf(ratios)),
            2));
  }
}
