package org.opendti.insight.uncertainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendti.model.Aggregation;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.PrioritySector;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * One cohort taken apart for fast re-aggregation: per unit, the points and counted maxima of each
 * pillar from the criteria no choice moves ("fixed"), plus the criteria a choice may move
 * ("variable": the cohort criteria, and criteria with a disputed correction), whose points come
 * from the real scorer ({@link Rescore}). {@link #total} puts them together by {@code 004_…} Điều
 * 5–6 (D = A × B / C, X = (D + E) × B / (B + F), the bonus policy) with each pillar weighted, in
 * exact integer arithmetic rounded as the scorer rounds; with every weight at 100 % and the
 * framework's own choices it gives the published total, which the constructor checks for every
 * unit.
 */
final class CohortData {

  static final byte COUNTED = 0;
  static final byte NOT_APPLICABLE = 1;
  static final byte ABSENT = 2;

  /** Where a criterion's points go: a pillar's base points, its bonus, or the sector's E. */
  record Slot(String criterionId, int pillar, boolean bonus, boolean sector, long max) {}

  /** Points and state of each variable criterion for each unit: [criterion][unit]. */
  record States(long[][] points, byte[][] state) {}

  /**
   * A disputed correction of a criterion that is not a cohort criterion: its points only move its
   * own unit's total.
   *
   * @param index its place in the draws' {@code unapplied} arrays
   * @param unit the unit's index
   * @param applied the criterion's score as published
   * @param unapplied the criterion's score without the correction (null: not scored)
   */
  record Dispute(
      int index, int unit, String criterionId, CriterionScore applied, CriterionScore unapplied) {}

  /** A {@link Dispute} in units. */
  private record LocalDispute(
      int index, Slot slot, long applied, byte appliedState, long unapplied, byte unappliedState) {}

  final Cents cents;
  final int size;
  final int pillars;
  final List<Slot> cohortSlots;

  private final long b;
  private final boolean rescaleRule;
  private final Aggregation.BonusPolicy policy;
  private final long[] pillarMax;
  private final long sumMax;
  private final long[] fixedPoints;
  private final long[] fixedMax;
  private final long[] fixedBonus;
  private final long[] fixedSector;
  private final long[] sectorMax;
  private final boolean[] fixedLeftOut;
  private final LocalDispute[][] localOf;

  /**
   * @param scores the cohort's scores, one per unit, in the order the analysis indexes units
   * @param local disputed corrections of criteria other than cohort criteria, with both states
   */
  CohortData(Framework fw, List<UnitScore> scores, List<Dispute> local) {
    this.cents = new Cents(scale(fw));
    this.size = scores.size();
    this.pillars = fw.pillars().size();
    this.b = cents.of(fw.totalPoints());
    this.rescaleRule = fw.aggregation().rescaleNotApplicable();
    this.policy =
        fw.aggregation().bonus() == null ? Aggregation.BonusPolicy.ADD : fw.aggregation().bonus();
    Map<String, Slot> allSlots = slots(fw, cents);
    this.cohortSlots =
        fw.allCriteria().stream().filter(Rescore::isCohort).map(c -> allSlots.get(c.id())).toList();
    this.pillarMax = new long[pillars];
    long sum = 0;
    for (int p = 0; p < pillars; p++) {
      pillarMax[p] = cents.of(fw.pillars().get(p).basePoints());
      sum += pillarMax[p];
    }
    this.sumMax = sum;
    this.localOf = new LocalDispute[size][];
    List<List<LocalDispute>> byUnit = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      byUnit.add(new ArrayList<>());
    }
    for (Dispute d : local) {
      Slot slot = allSlots.get(d.criterionId());
      if (slot != null) {
        byUnit
            .get(d.unit())
            .add(
                new LocalDispute(
                    d.index(),
                    slot,
                    points(cents, d.applied()),
                    state(d.applied()),
                    points(cents, d.unapplied()),
                    state(d.unapplied())));
      }
    }
    this.fixedPoints = new long[size * pillars];
    this.fixedMax = new long[size * pillars];
    this.fixedBonus = new long[size];
    this.fixedSector = new long[size];
    this.sectorMax = new long[size];
    this.fixedLeftOut = new boolean[size];
    Map<String, Integer> pillarIndex = new HashMap<>();
    for (int p = 0; p < pillars; p++) {
      pillarIndex.put(fw.pillars().get(p).id(), p);
    }
    for (int i = 0; i < size; i++) {
      localOf[i] = byUnit.get(i).toArray(LocalDispute[]::new);
      fix(i, scores.get(i), allSlots, pillarIndex);
    }
  }

  /** Decimals enough for every maximum, B and F: at least 2 (points are rounded to 2). */
  private static int scale(Framework fw) {
    int s = Math.max(2, fw.totalPoints().stripTrailingZeros().scale());
    for (Criterion c : fw.allCriteria()) {
      s = Math.max(s, c.maxPoints().stripTrailingZeros().scale());
    }
    for (PrioritySector p : fw.aggregation().prioritySectors()) {
      if (p.points() != null) {
        s = Math.max(s, p.points().stripTrailingZeros().scale());
      }
    }
    return s;
  }

  private static Map<String, Slot> slots(Framework fw, Cents cents) {
    Map<String, Slot> out = new HashMap<>();
    for (int p = 0; p < fw.pillars().size(); p++) {
      int pillar = p;
      fw.pillars()
          .get(p)
          .allCriteria()
          .forEach(
              c ->
                  out.putIfAbsent(
                      c.id(), new Slot(c.id(), pillar, c.bonus(), false, cents.of(c.maxPoints()))));
    }
    for (PrioritySector s : fw.aggregation().prioritySectors()) {
      for (Group g : s.groups()) {
        g.allCriteria()
            .forEach(
                c ->
                    out.putIfAbsent(
                        c.id(), new Slot(c.id(), -1, c.bonus(), true, cents.of(c.maxPoints()))));
      }
    }
    return out;
  }

  /** The fixed parts of unit i: its scores minus its variable criteria. */
  private void fix(int i, UnitScore s, Map<String, Slot> slots, Map<String, Integer> pillarIndex) {
    int at = i * pillars;
    long bonus = 0;
    for (PillarScore ps : s.pillars()) {
      Integer p = pillarIndex.get(ps.pillarId());
      if (p != null) {
        fixedPoints[at + p] += cents.of(ps.points());
        fixedMax[at + p] += cents.of(ps.max());
        bonus += cents.of(ps.bonus());
      }
    }
    fixedBonus[i] = bonus;
    fixedSector[i] = s.sectorPoints() == null ? 0 : cents.of(s.sectorPoints());
    sectorMax[i] = s.sectorMax() == null ? -1 : cents.of(s.sectorMax());
    Map<String, Boolean> variable = new HashMap<>();
    cohortSlots.forEach(k -> variable.put(k.criterionId(), true));
    for (LocalDispute d : localOf[i]) {
      variable.put(d.slot().criterionId(), true);
    }
    boolean leftOut = false;
    for (CriterionScore c : s.criteria()) {
      Slot slot = slots.get(c.criterionId());
      if (slot == null) {
        continue;
      }
      byte state = state(c);
      if (variable.containsKey(c.criterionId())) {
        remove(i, slot, cents.of(c.points()), state);
      } else if (state == NOT_APPLICABLE && !slot.sector() && !slot.bonus()) {
        leftOut = true;
      }
    }
    fixedLeftOut[i] = leftOut;
  }

  /**
   * The state of a criterion's score; ABSENT when the unit has none (a sector it does not lead).
   */
  static byte state(CriterionScore c) {
    if (c == null) {
      return ABSENT;
    }
    return c.status() == CriterionScore.Status.NOT_APPLICABLE ? NOT_APPLICABLE : COUNTED;
  }

  static long points(Cents cents, CriterionScore c) {
    return c == null ? 0 : cents.of(c.points());
  }

  /** Takes a variable criterion's points and counted maximum out of unit i's fixed parts. */
  private void remove(int i, Slot slot, long points, byte state) {
    if (state == ABSENT) {
      return;
    }
    if (slot.sector()) {
      fixedSector[i] -= points;
    } else if (slot.bonus()) {
      fixedBonus[i] -= points;
    } else {
      fixedPoints[i * pillars + slot.pillar()] -= points;
      if (state == COUNTED) {
        fixedMax[i * pillars + slot.pillar()] -= slot.max();
      }
    }
  }

  /** Scratch space for {@link #total}: one per thread. */
  long[] scratch() {
    return new long[2 * pillars + 3];
  }

  /**
   * Unit i's total, in units of 10^-scale, under one draw.
   *
   * @param otherNaRule whether not-applicable criteria follow the rule the framework does not use
   * @param weights each pillar's weight in percent (100 = as published)
   * @param states the cohort criteria's points in this draw's reading and disputes
   * @param unapplied by dispute index: whether the correction is left out in this draw
   */
  long total(
      int i,
      boolean otherNaRule,
      int[] weights,
      States states,
      boolean[] unapplied,
      long[] scratch) {
    int at = i * pillars;
    long a = 0;
    long c = 0;
    long unweighted = 0;
    long swm = 0;
    long bonus;
    long sector;
    boolean leftOut;
    if (cohortSlots.isEmpty() && localOf[i].length == 0) {
      // Nothing variable: straight from the fixed parts.
      for (int p = 0; p < pillars; p++) {
        long w = weights[p];
        a += w * fixedPoints[at + p];
        c += w * fixedMax[at + p];
        unweighted += fixedMax[at + p];
        swm += w * pillarMax[p];
      }
      bonus = fixedBonus[i];
      sector = fixedSector[i];
      leftOut = fixedLeftOut[i];
    } else {
      int bonusAt = 2 * pillars;
      System.arraycopy(fixedPoints, at, scratch, 0, pillars);
      System.arraycopy(fixedMax, at, scratch, pillars, pillars);
      scratch[bonusAt] = fixedBonus[i];
      scratch[bonusAt + 1] = fixedSector[i];
      scratch[bonusAt + 2] = fixedLeftOut[i] ? 1 : 0;
      for (int k = 0; k < cohortSlots.size(); k++) {
        put(cohortSlots.get(k), states.points()[k][i], states.state()[k][i], scratch);
      }
      for (LocalDispute d : localOf[i]) {
        boolean out = unapplied[d.index()];
        put(
            d.slot(),
            out ? d.unapplied() : d.applied(),
            out ? d.unappliedState() : d.appliedState(),
            scratch);
      }
      for (int p = 0; p < pillars; p++) {
        long w = weights[p];
        a += w * scratch[p];
        c += w * scratch[pillars + p];
        unweighted += scratch[pillars + p];
        swm += w * pillarMax[p];
      }
      bonus = scratch[bonusAt];
      sector = scratch[bonusAt + 1];
      leftOut = scratch[bonusAt + 2] != 0;
    }
    boolean rescale = rescaleRule != otherNaRule;
    long d;
    if (!rescale || !leftOut || unweighted == b) {
      d = swm == 0 ? cents.round(a, 100) : cents.mulDiv(sumMax, a, swm);
    } else if (c == 0) {
      d = 0;
    } else {
      d = cents.mulDiv(b, a, c);
    }
    long x = d;
    if (sectorMax[i] >= 0) {
      long scale = b + sectorMax[i];
      x = scale == 0 ? d : cents.mulDiv(d + sector, b, scale);
    }
    long counted =
        switch (policy) {
          case ADD -> cents.round(bonus, 1);
          case ADD_CAPPED -> cents.round(Math.min(bonus, Math.max(b - x, 0)), 1);
          case IGNORE -> 0;
        };
    return cents.round(x + counted, 1);
  }

  private void put(Slot slot, long points, byte state, long[] scratch) {
    if (state == ABSENT) {
      return;
    }
    int bonusAt = 2 * pillars;
    if (slot.sector()) {
      scratch[bonusAt + 1] += points;
    } else if (slot.bonus()) {
      scratch[bonusAt] += points;
    } else {
      scratch[slot.pillar()] += points;
      if (state == COUNTED) {
        scratch[pillars + slot.pillar()] += slot.max();
      } else {
        scratch[bonusAt + 2] = 1;
      }
    }
  }

  /** Points and states of the cohort criteria from scores by unit id and criterion id. */
  States states(List<String> unitIds, Map<String, Map<String, CriterionScore>> scores) {
    long[][] points = new long[cohortSlots.size()][size];
    byte[][] state = new byte[cohortSlots.size()][size];
    for (int k = 0; k < cohortSlots.size(); k++) {
      String id = cohortSlots.get(k).criterionId();
      for (int i = 0; i < size; i++) {
        CriterionScore c = scores.getOrDefault(unitIds.get(i), Map.of()).get(id);
        points[k][i] = points(cents, c);
        state[k][i] = state(c);
      }
    }
    return new States(points, state);
  }

  /**
   * Whether some unit has a base criterion not applicable in some state: only then can the rule for
   * not-applicable criteria change a total.
   */
  boolean anyNotApplicable(States base) {
    for (int i = 0; i < size; i++) {
      if (fixedLeftOut[i]) {
        return true;
      }
      for (LocalDispute d : localOf[i]) {
        boolean base2 = !d.slot().sector() && !d.slot().bonus();
        if (base2 && (d.appliedState() == NOT_APPLICABLE || d.unappliedState() == NOT_APPLICABLE)) {
          return true;
        }
      }
    }
    for (int k = 0; k < cohortSlots.size(); k++) {
      Slot slot = cohortSlots.get(k);
      for (int i = 0; i < size && !slot.sector() && !slot.bonus(); i++) {
        if (base.state()[k][i] == NOT_APPLICABLE) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the pillar's weight can matter: it has base points. */
  boolean weighted(int pillar) {
    return pillarMax[pillar] > 0;
  }

  /** A total in units as a number of points. */
  BigDecimal points(long units) {
    return BigDecimal.valueOf(units, cents.scale());
  }
}
