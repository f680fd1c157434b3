package org.opendti.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.insight.integrity.DigitTests;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Submission;
import org.opendti.model.Value;
import org.opendti.score.UnitScore;

/**
 * Integrity signals for reviewers (issue #18): the digit tests of {@link DigitTests} on each unit's
 * self-reported counts and on each cohort's pooled counts. Never a score change. Stateless and
 * thread-safe.
 *
 * <p>Which values: the unit's own answers (not reviewers' corrections), inputs of kind {@code
 * count} only (money, percentages, points, targets are legitimately round), of criteria the unit
 * did not claim not applicable; each value once per unit, so a count reported under several
 * criteria (a shared denominator such as the number of officials) is not tested several times. The
 * profile figures (population, households) are left out: they come from statistics offices and are
 * often rounded estimates. A unit's counts are tested from 10 up, the pooled counts from 100 up
 * ({@code docs/integrity-tests.md}).
 *
 * <pre>{@code
 * List<CohortIntegrity> all = new IntegritySignals().check(dataset, scores);
 * }</pre>
 */
public final class IntegritySignals {

  private static final DigitTests UNIT = DigitTests.builder().build();
  private static final DigitTests POOLED = DigitTests.builder().smallestCount(100).build();

  public IntegritySignals() {}

  /** Per cohort (framework and period) with a scored unit, in key order. */
  public List<CohortIntegrity> check(Dataset data, List<UnitScore> scores) {
    Map<CohortKey, Set<String>> units = new TreeMap<>();
    for (UnitScore s : scores) {
      units.computeIfAbsent(s.key().cohort(), k -> new TreeSet<>()).add(s.unitId());
    }
    List<CohortIntegrity> out = new ArrayList<>();
    for (Map.Entry<CohortKey, Set<String>> e : units.entrySet()) {
      Optional<Framework> fw = data.framework(e.getKey().framework());
      if (fw.isEmpty()) {
        continue;
      }
      Map<String, Criterion> criteria = byId(fw.get());
      List<UnitIntegrity> perUnit = new ArrayList<>();
      List<BigDecimal> pooled = new ArrayList<>();
      for (String unit : e.getValue()) {
        Optional<Submission> s = data.submission(e.getKey().unit(unit));
        if (s.isEmpty()) {
          continue;
        }
        List<BigDecimal> counts = counts(criteria, s.get());
        pooled.addAll(counts);
        perUnit.add(new UnitIntegrity(unit, counts.size(), UNIT.run(counts)));
      }
      out.add(
          new CohortIntegrity(
              e.getKey(), new UnitIntegrity(null, pooled.size(), POOLED.run(pooled)), perUnit));
    }
    return List.copyOf(out);
  }

  /** The unit's reported counts, each value once, ascending. */
  static List<BigDecimal> counts(Framework fw, Submission s) {
    return counts(byId(fw), s);
  }

  /**
   * The framework's criteria by id, as {@link Framework#criterion} finds them (the first in
   * document order): one map per cohort, where that walk over the framework ran once per answer.
   */
  private static Map<String, Criterion> byId(Framework fw) {
    Map<String, Criterion> out = new HashMap<>();
    fw.allCriteria().forEach(c -> out.putIfAbsent(c.id(), c));
    return out;
  }

  private static List<BigDecimal> counts(Map<String, Criterion> criteria, Submission s) {
    Set<BigDecimal> out = new TreeSet<>(Comparator.naturalOrder());
    Set<String> seen = new HashSet<>();
    for (Answer a : s.answers()) {
      if (!seen.add(a.criterion()) || a.notApplicable() != null) {
        continue;
      }
      Criterion c = criteria.get(a.criterion());
      if (c == null) {
        continue;
      }
      for (InputDef def : c.inputs()) {
        if (def.kind() == InputKind.COUNT && a.inputs().get(def.id()) instanceof Value.Num n) {
          out.add(n.value());
        }
      }
    }
    return List.copyOf(out);
  }
}
