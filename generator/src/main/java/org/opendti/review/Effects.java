package org.opendti.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.PipelineResult;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/** Compares the base's and the head's scores and rankings for the changed units. */
final class Effects {

  /** A unit's scorecard: framework, period, unit. */
  record Key(String frameworkId, String periodId, String unitId) {
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::frameworkId)
            .thenComparing(Key::periodId)
            .thenComparing(Key::unitId);

    boolean samePeriod(String framework, String period) {
      return frameworkId.equals(framework) && periodId.equals(period);
    }
  }

  private final PipelineResult before;
  private final PipelineResult after;
  private final Set<Key> changed;

  Effects(PipelineResult before, PipelineResult after, Set<Key> changed) {
    this.before = before;
    this.after = after;
    this.changed = new TreeSet<>(Key.ORDER);
    this.changed.addAll(changed);
  }

  List<UnitEffect> units() {
    List<UnitEffect> out = new ArrayList<>();
    for (Key k : changed) {
      Optional<UnitScore> b = score(before, k);
      Optional<UnitScore> a = score(after, k);
      if (b.isEmpty() && a.isEmpty()) {
        continue; // e.g. a review of a submission that fails validation on both sides
      }
      Map<String, BigDecimal[]> pillars = new TreeMap<>();
      b.ifPresent(s -> s.pillars().forEach(p -> side(pillars, p)[0] = p.points()));
      a.ifPresent(s -> s.pillars().forEach(p -> side(pillars, p)[1] = p.points()));
      List<UnitEffect.PillarChange> changes = new ArrayList<>();
      pillars.forEach((id, v) -> changes.add(new UnitEffect.PillarChange(id, v[0], v[1])));
      out.add(
          new UnitEffect(
              k.frameworkId(),
              k.periodId(),
              k.unitId(),
              b.map(UnitScore::total).orElse(null),
              a.map(UnitScore::total).orElse(null),
              changes));
    }
    return out;
  }

  List<RankMove> ranks() {
    Map<String, Map<String, Integer>[]> tables = new TreeMap<>();
    collect(tables, before.rankings(), 0);
    collect(tables, after.rankings(), 1);
    List<RankMove> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>[]> t : tables.entrySet()) {
      String[] id = t.getKey().split("\u0000", -1);
      Set<String> units = new TreeSet<>(t.getValue()[0].keySet());
      units.addAll(t.getValue()[1].keySet());
      for (String unit : units) {
        Integer b = t.getValue()[0].get(unit);
        Integer a = t.getValue()[1].get(unit);
        boolean own = changed.contains(new Key(id[0], id[1], unit));
        if (own || !Objects.equals(b, a)) {
          String partition = id[3].isEmpty() ? null : id[3];
          out.add(new RankMove(id[0], id[1], id[2], partition, unit, b, a, own));
        }
      }
    }
    return out;
  }

  List<CriterionLine> criteria() {
    List<CriterionLine> out = new ArrayList<>();
    for (Key k : changed) {
      Optional<UnitScore> b = score(before, k);
      score(after, k)
          .ifPresent(
              s -> {
                for (CriterionScore c : s.criteria()) {
                  BigDecimal old =
                      b.flatMap(x -> x.criterion(c.criterionId()))
                          .map(CriterionScore::points)
                          .orElse(null);
                  out.add(
                      new CriterionLine(
                          k.frameworkId(),
                          k.periodId(),
                          k.unitId(),
                          c.criterionId(),
                          c.max(),
                          c.selfAssessed(),
                          c.computed(),
                          c.reviewed(),
                          c.points(),
                          old));
                }
              });
    }
    return out;
  }

  private void collect(Map<String, Map<String, Integer>[]> tables, List<Ranking> rankings, int i) {
    for (Ranking r : rankings) {
      if (changed.stream().noneMatch(k -> k.samePeriod(r.frameworkId(), r.periodId()))) {
        continue;
      }
      String id =
          String.join(
              "\u0000",
              r.frameworkId(),
              r.periodId(),
              r.group().id(),
              Objects.toString(r.partitionUnitId(), ""));
      @SuppressWarnings("unchecked")
      Map<String, Integer>[] sides =
          tables.computeIfAbsent(id, x -> new Map[] {new HashMap<>(), new HashMap<>()});
      for (RankEntry e : r.entries()) {
        sides[i].put(e.unitId(), e.rank());
      }
    }
  }

  private static BigDecimal[] side(Map<String, BigDecimal[]> pillars, PillarScore p) {
    return pillars.computeIfAbsent(p.pillarId(), x -> new BigDecimal[2]);
  }

  private static Optional<UnitScore> score(PipelineResult result, Key k) {
    return result.scores().stream()
        .filter(
            s ->
                s.unitId().equals(k.unitId())
                    && s.frameworkId().equals(k.frameworkId())
                    && s.periodId().equals(k.periodId()))
        .findFirst();
  }
}
