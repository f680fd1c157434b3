package org.opendti.insight;

import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.dec;
import static org.opendti.score.TestData.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.Value;
import org.opendti.score.Scorer;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

/**
 * A clean cohort: 20 communes, two periods, six count ratios (70–89%, never 100%), a yes/no, an
 * assessed item and a percent ratio like {@code 002_…} item 12, every answer with evidence dated in
 * its period. Tests spoil one thing and expect exactly one kind of flag.
 */
final class AnomalyFixture {

  static final Period P2022 =
      new Period(
          "2022",
          LocalDate.parse("2021-11-15"),
          LocalDate.parse("2022-11-14"),
          LocalDate.parse("2022-11-25"));
  static final Period P2023 = TestData.PERIOD;
  static final List<String> RATIOS = List.of("1", "2", "3", "4", "5", "6");

  /** period id → unit id → criterion id → answer. */
  final Map<String, Map<String, Map<String, Answer>>> answers = new TreeMap<>();

  final List<Unit> units = new ArrayList<>();

  AnomalyFixture() {
    for (int i = 0; i < 20; i++) {
      String unit = id(i);
      units.add(TestData.unit(unit, "Xã Mẫu " + i, "xa", null));
      for (Period p : List.of(P2022, P2023)) {
        int shift = p == P2022 ? -1 : 0;
        int b = 100 + 7 * i;
        for (int j = 0; j < RATIOS.size(); j++) {
          int pct = 70 + (i * 3 + j * 5) % 20;
          int a = b * pct / 100 + shift;
          put(p, unit, ratio(RATIOS.get(j), a, b, mid(p)));
        }
        put(p, unit, answer("7", Map.of("v", new Value.Bool(true)), null, mid(p)));
        put(p, unit, answer("8", Map.of("value", num(6 + i % 5)), null, mid(p)));
        put(p, unit, answer("9", Map.of("p", new Value.Num(dec((70 + i) + ".5"))), null, mid(p)));
      }
    }
  }

  static String id(int i) {
    return String.format("u%02d", i);
  }

  static LocalDate mid(Period p) {
    return p.start().plusMonths(6);
  }

  static Value num(long v) {
    return new Value.Num(BigDecimal.valueOf(v));
  }

  static Answer ratio(String criterion, long a, long b, LocalDate evidence) {
    return answer(criterion, Map.of("a", num(a), "b", num(b)), null, evidence);
  }

  static Answer answer(
      String criterion, Map<String, Value> inputs, String selfScore, LocalDate evidence) {
    List<Evidence> ev =
        evidence == null
            ? List.of()
            : List.of(
                new Evidence("report", "245/BC-UBND", evidence, "UBND xã", "Báo cáo năm", null));
    return new Answer(criterion, inputs, selfScore == null ? null : dec(selfScore), ev, null, null);
  }

  void put(Period p, String unit, Answer a) {
    answers
        .computeIfAbsent(p.id(), k -> new TreeMap<>())
        .computeIfAbsent(unit, k -> new TreeMap<>())
        .put(a.criterion(), a);
  }

  Answer get(Period p, String unit, String criterion) {
    return answers.get(p.id()).get(unit).get(criterion);
  }

  static Framework framework() {
    List<Criterion> criteria = new ArrayList<>();
    for (String id : RATIOS) {
      criteria.add(WhatIfFixture.ratio(id, "10", null, null));
    }
    criteria.add(criterion("7", "10", new Method.YesNo("v"), input("v", InputKind.BOOLEAN)));
    criteria.add(TestData.assessed("8", "10"));
    criteria.add(
        criterion(
            "9",
            "6",
            new Method.Ratio(List.of("p"), List.of(), null, null, Method.ZeroDenominator.INVALID),
            input("p", InputKind.PERCENT)));
    Group pillar = new Group("I", "Trụ cột I", null, null, null, List.of(), criteria);
    Framework f = TestData.framework("86", pillar);
    return new Framework(
        f.id(),
        f.title(),
        null,
        null,
        null,
        f.source(),
        f.level(),
        List.of(P2023, P2022),
        f.totalPoints(),
        f.pillars(),
        List.of(),
        Aggregation.DEFAULT,
        f.rankingGroups());
  }

  Dataset dataset() {
    return dataset(framework());
  }

  Dataset dataset(Framework f) {
    Contact c = new Contact("Nguyễn Văn A", "UBND", "Chuyên viên", "0", "a@example.vn");
    List<Submission> subs = new ArrayList<>();
    answers.forEach(
        (period, byUnit) ->
            byUnit.forEach(
                (unit, byCriterion) ->
                    subs.add(
                        new Submission(
                            "submissions/" + f.id() + "/" + period + "/" + unit + ".json",
                            unit,
                            f.id(),
                            period,
                            c,
                            c,
                            Map.of(),
                            null,
                            List.copyOf(byCriterion.values())))));
    return new Dataset(TestData.registry(units.toArray(Unit[]::new)), List.of(f), subs, List.of());
  }

  List<Flag> detect() {
    return detect(dataset());
  }

  static List<Flag> detect(Dataset d) {
    List<UnitScore> scores = new Scorer().score(d, ArrivalTimes.none());
    return new AnomalyDetector().detect(d, scores);
  }
}
