package org.opendti.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.opendti.model.CohortKey;
import org.opendti.model.InsightThresholds;
import org.opendti.model.Period;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;

/**
 * {@code moved}: a criterion's points or the total moved by more than a share of the maximum since
 * the framework's previous period. A unit with no score then but with predecessors in the registry
 * (communes merged in the 2025 reform) is compared with its predecessors' scores: not their sum,
 * which would double a fixed-scale total, nor their maximum alone, but their range — the flag is
 * raised when the new value lies further than the threshold outside [lowest, highest].
 */
final class MovedCheck {

  private final InsightThresholds t;
  private final Map<SubmissionKey, UnitScore> all;
  private final UnitRegistry units;

  /**
   * @param all every score by its key
   */
  MovedCheck(InsightThresholds t, Map<SubmissionKey, UnitScore> all, UnitRegistry units) {
    this.t = t;
    this.all = all;
    this.units = units;
  }

  List<Flag> check(Cohort k) {
    Optional<Period> previous = previous(k);
    List<Flag> out = new ArrayList<>();
    if (previous.isEmpty()) {
      return out;
    }
    String before = previous.get().id();
    for (Submission s : k.submissions()) {
      UnitScore now = k.scores().get(s.unit());
      if (now == null) {
        continue;
      }
      List<UnitScore> then = earlier(k, before, s.unit());
      if (then.isEmpty()) {
        continue;
      }
      String from =
          then.size() == 1 && then.get(0).unitId().equals(s.unit())
              ? "kỳ " + before
              : "các đơn vị trước sáp nhập ("
                  + String.join(", ", then.stream().map(UnitScore::unitId).toList())
                  + ") kỳ "
                  + before;
      BigDecimal totalLimit = t.movedTotalShare().multiply(k.framework().totalPoints());
      compare(k, s.unit(), null, now.total(), values(then, UnitScore::total), totalLimit, from)
          .ifPresent(out::add);
      // Indexed: UnitScore.criterion scans, which made this quadratic in the criteria.
      List<Map<String, CriterionScore>> thenById = then.stream().map(MovedCheck::byId).toList();
      for (CriterionScore c : now.criteria()) {
        if (c.status() == CriterionScore.Status.NOT_APPLICABLE) {
          continue;
        }
        List<BigDecimal> old = new ArrayList<>(thenById.size());
        for (Map<String, CriterionScore> u : thenById) {
          CriterionScore x = u.get(c.criterionId());
          if (x != null && x.status() != CriterionScore.Status.NOT_APPLICABLE) {
            old.add(x.points());
          }
        }
        if (!outside(c.points(), old)) {
          continue; // within the earlier range: no limit to compute, no flag
        }
        BigDecimal limit = t.movedCriterionShare().multiply(c.max());
        compare(k, s.unit(), c.criterionId(), c.points(), old, limit, from).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Map<String, CriterionScore> byId(UnitScore s) {
    Map<String, CriterionScore> out = new HashMap<>();
    s.criteria().forEach(c -> out.putIfAbsent(c.criterionId(), c));
    return out;
  }

  /** The unit's own score in the previous period, else its predecessors' scores then. */
  private List<UnitScore> earlier(Cohort k, String period, String unitId) {
    CohortKey then = new CohortKey(k.framework().id(), period);
    UnitScore own = all.get(then.unit(unitId));
    if (own != null) {
      return List.of(own);
    }
    Unit unit = units.unit(unitId).orElse(null);
    if (unit == null) {
      return List.of();
    }
    return unit.predecessors().stream()
        .sorted()
        .map(p -> all.get(then.unit(p)))
        .filter(x -> x != null)
        .toList();
  }

  /** Whether {@code now} lies outside [lowest, highest] of {@code then} (false when empty). */
  private static boolean outside(BigDecimal now, List<BigDecimal> then) {
    boolean below = !then.isEmpty();
    boolean above = below;
    for (BigDecimal v : then) {
      below &= now.compareTo(v) < 0;
      above &= now.compareTo(v) > 0;
    }
    return below || above;
  }

  private Optional<Flag> compare(
      Cohort k,
      String unitId,
      String criterionId,
      BigDecimal now,
      List<BigDecimal> then,
      BigDecimal limit,
      String from) {
    if (then.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal lo = then.get(0);
    BigDecimal hi = lo;
    for (BigDecimal v : then) {
      lo = v.compareTo(lo) < 0 ? v : lo;
      hi = v.compareTo(hi) > 0 ? v : hi;
    }
    BigDecimal change =
        now.compareTo(hi) > 0 ? now.subtract(hi) : now.compareTo(lo) < 0 ? now.subtract(lo) : null;
    if (change == null || change.abs().compareTo(limit) <= 0) {
      return Optional.empty();
    }
    Map<String, BigDecimal> numbers = new TreeMap<>();
    numbers.put("current", now);
    numbers.put("change", change);
    numbers.put("limit", Numbers.shown(limit));
    String was;
    if (lo.compareTo(hi) == 0) {
      numbers.put("previous", lo);
      was = Numbers.plain(lo);
    } else {
      numbers.put("previousMin", lo);
      numbers.put("previousMax", hi);
      was = Numbers.plain(lo) + "–" + Numbers.plain(hi);
    }
    String what = criterionId == null ? "Tổng điểm" : "Điểm tiêu chí " + criterionId;
    String sign = change.signum() > 0 ? "+" : "";
    String message =
        what
            + " thay đổi "
            + sign
            + Numbers.plain(change)
            + " so với "
            + from
            + " ("
            + was
            + " → "
            + Numbers.plain(now)
            + "), vượt ngưỡng "
            + Numbers.plain(limit)
            + ".";
    return Optional.of(k.flag(Flag.MOVED, unitId, criterionId, message, numbers, 2));
  }

  private static List<BigDecimal> values(List<UnitScore> s, Function<UnitScore, BigDecimal> f) {
    return s.stream().map(f).toList();
  }

  /** The framework's period just before this one, by start date. */
  private static Optional<Period> previous(Cohort k) {
    List<Period> periods =
        k.framework().periods().stream().sorted(Comparator.comparing(Period::start)).toList();
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i).id().equals(k.periodId())) {
        return Optional.of(periods.get(i - 1));
      }
    }
    return Optional.empty();
  }
}
