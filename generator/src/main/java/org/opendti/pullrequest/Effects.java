package org.opendti.pullrequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.PipelineResult;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.CohortKey;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/** Compares the base's and the head's scores and rankings for the changed units. */
final class Effects {

  /** One ranking table: framework and period, group, partition ("" for none). */
  private record Table(CohortKey cohort, String group, String partition) {
    static final Comparator<Table> ORDER =
        Comparator.comparing(Table::cohort)
            .thenComparing(Table::group)
            .thenComparing(Table::partition);
  }

  private final Map<SubmissionKey, UnitScore> before = new HashMap<>();
  private final Map<SubmissionKey, UnitScore> after = new HashMap<>();
  private final List<Ranking> beforeRankings;
  private final List<Ranking> afterRankings;
  private final SortedSet<SubmissionKey> changed;
  private final Dataset beforeData;
  private final Dataset afterData;

  Effects(PipelineResult before, PipelineResult after, Set<SubmissionKey> changed) {
    this.beforeData = before.accepted();
    this.afterData = after.accepted();
    before.scores().forEach(s -> this.before.putIfAbsent(s.key(), s));
    after.scores().forEach(s -> this.after.putIfAbsent(s.key(), s));
    this.beforeRankings = before.rankings();
    this.afterRankings = after.rankings();
    this.changed = new TreeSet<>(changed);
  }

  List<UnitEffect> units() {
    List<UnitEffect> out = new ArrayList<>();
    for (SubmissionKey k : changed) {
      Optional<UnitScore> b = Optional.ofNullable(before.get(k));
      Optional<UnitScore> a = Optional.ofNullable(after.get(k));
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
              k.framework(),
              k.period(),
              k.unit(),
              b.map(UnitScore::total).orElse(null),
              a.map(UnitScore::total).orElse(null),
              changes));
    }
    return out;
  }

  List<RankMove> ranks() {
    Map<Table, Map<String, Integer>[]> tables = new TreeMap<>(Table.ORDER);
    collect(tables, beforeRankings, 0);
    collect(tables, afterRankings, 1);
    List<RankMove> out = new ArrayList<>();
    for (Map.Entry<Table, Map<String, Integer>[]> t : tables.entrySet()) {
      Table id = t.getKey();
      Set<String> units = new TreeSet<>(t.getValue()[0].keySet());
      units.addAll(t.getValue()[1].keySet());
      for (String unit : units) {
        Integer b = t.getValue()[0].get(unit);
        Integer a = t.getValue()[1].get(unit);
        boolean own = changed.contains(id.cohort().unit(unit));
        if (own || !Objects.equals(b, a)) {
          String partition = id.partition().isEmpty() ? null : id.partition();
          out.add(
              new RankMove(
                  id.cohort().framework(),
                  id.cohort().period(),
                  id.group(),
                  partition,
                  unit,
                  b,
                  a,
                  own));
        }
      }
    }
    return out;
  }

  List<CriterionLine> criteria() {
    List<CriterionLine> out = new ArrayList<>();
    for (SubmissionKey k : changed) {
      Optional<UnitScore> b = Optional.ofNullable(before.get(k));
      Optional.ofNullable(after.get(k))
          .ifPresent(
              s -> {
                for (CriterionScore c : s.criteria()) {
                  BigDecimal old =
                      b.flatMap(x -> x.criterion(c.criterionId()))
                          .map(CriterionScore::points)
                          .orElse(null);
                  out.add(
                      new CriterionLine(
                          k.framework(),
                          k.period(),
                          k.unit(),
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

  /**
   * Each correction of a changed unit that now overrides a changed answer: against the answer the
   * review recorded ({@code was}), or, where it records none, against the base's answer.
   */
  List<StaleLine> stale() {
    List<StaleLine> out = new ArrayList<>();
    for (SubmissionKey k : changed) {
      Optional<Review> review = afterData.review(k);
      Optional<Submission> now = afterData.submission(k);
      if (review.isEmpty() || now.isEmpty()) {
        continue;
      }
      Optional<Submission> then = beforeData.submission(k);
      for (Review.Correction c : review.get().corrections()) {
        Optional<Answer> answer = now.get().answer(c.criterion());
        Review.Was was =
            c.was() != null
                ? c.was()
                : then.map(s -> Review.Was.of(s.answer(c.criterion()))).orElse(null);
        if (was == null || was.matches(answer)) {
          continue;
        }
        Optional<CriterionScore> score =
            Optional.ofNullable(after.get(k)).flatMap(s -> s.criterion(c.criterion()));
        out.add(
            new StaleLine(
                k.framework(),
                k.period(),
                k.unit(),
                c.criterion(),
                review.get().file(),
                c.was() != null,
                was,
                Review.Was.of(answer),
                score.map(CriterionScore::computed).orElse(null),
                score.map(CriterionScore::points).orElse(null)));
      }
    }
    return out;
  }

  private void collect(Map<Table, Map<String, Integer>[]> tables, List<Ranking> rankings, int i) {
    Set<CohortKey> cohorts = new HashSet<>();
    changed.forEach(k -> cohorts.add(k.cohort()));
    for (Ranking r : rankings) {
      if (!cohorts.contains(r.cohort())) {
        continue;
      }
      Table id = new Table(r.cohort(), r.group().id(), Objects.toString(r.partitionUnitId(), ""));
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
}
