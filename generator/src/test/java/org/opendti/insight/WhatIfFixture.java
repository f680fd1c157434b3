package org.opendti.insight;

import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.bool;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.dec;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;
import static org.opendti.score.TestData.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.RankingGroup;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.score.Scorer;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

/**
 * A framework with one criterion per method family (127 points) and six communes in two districts,
 * plus a full re-score to check what-if numbers against.
 */
final class WhatIfFixture {

  static final RankingGroup BY_DISTRICT =
      new RankingGroup("by-district", "Trong từng huyện", null, RankingGroup.PARENT);

  private WhatIfFixture() {}

  static Criterion ratio(String id, String max, String target, String floor) {
    return criterion(
        id,
        max,
        new Method.Ratio(
            List.of("a"),
            List.of("b"),
            target == null ? null : dec(target),
            floor == null ? null : dec(floor),
            Method.ZeroDenominator.INVALID),
        input("a", InputKind.COUNT),
        input("b", InputKind.COUNT));
  }

  static Criterion cohort(String id, Method.CohortVariant variant) {
    return criterion(
        id,
        "10",
        new Method.Cohort(List.of("a"), List.of("b"), variant),
        input("a", InputKind.COUNT),
        input("b", InputKind.COUNT));
  }

  static Framework framework(Aggregation aggregation) {
    return TestData.framework(
        TestData.FRAMEWORK,
        "127",
        aggregation,
        List.of(TestData.all(), BY_DISTRICT),
        TestData.pillar(
            "I",
            criterion("1", "10", new Method.YesNo("v"), input("v", InputKind.BOOLEAN)),
            ratio("2", "20", null, null),
            ratio("3", "40", null, "0.6"),
            ratio("4", "10", "0.5", null)),
        TestData.pillar(
            "II",
            criterion(
                "5",
                "2",
                new Method.Bands(
                    "n",
                    List.of(
                        TestData.band("12", null, "1", null),
                        TestData.band("8", "12", "0.75", null),
                        TestData.band("5", "8", "0.5", null),
                        TestData.band(null, "5", "0", null))),
                input("n", InputKind.COUNT)),
            criterion(
                "6",
                "20",
                new Method.Choice(
                    "c",
                    List.of(
                        TestData.fractionOption("chair", "Chủ tịch", "1"),
                        TestData.fractionOption("vice", "Phó Chủ tịch", "0.5"),
                        TestData.fractionOption("none", "Không", "0"))),
                input("c", InputKind.CHOICE)),
            cohort("7", Method.CohortVariant.RELATIVE_TO_BEST),
            cohort("8", Method.CohortVariant.MIN_MAX),
            TestData.assessed("9", "5")));
  }

  /** One submission: yes/no, five ratios as "a/b", band count, option, assessed points. */
  static Submission unit(
      String id,
      boolean yes,
      String r2,
      String r3,
      String r4,
      String n,
      String choice,
      String r7,
      String r8,
      String p9) {
    List<Answer> answers = new ArrayList<>();
    answers.add(answer("1", in("v", bool(yes))));
    answers.add(answer("2", frac(r2)));
    answers.add(answer("3", frac(r3)));
    answers.add(answer("4", frac(r4)));
    answers.add(answer("5", in("n", num(n))));
    answers.add(answer("6", in("c", text(choice))));
    answers.add(answer("7", frac(r7)));
    answers.add(answer("8", frac(r8)));
    answers.add(p9 == null ? TestData.notApplicable("9") : answer("9", in("value", num(p9))));
    return TestData.submission(TestData.FRAMEWORK, id, null, answers.toArray(Answer[]::new));
  }

  static Map<String, Value> frac(String aOverB) {
    String[] p = aOverB.split("/");
    return in("a", num(p[0]), "b", num(p[1]));
  }

  static List<Submission> six() {
    return List.of(
        unit("u1", true, "18/20", "50/100", "3/10", "9", "vice", "3/4", "3/4", "5"),
        unit("u2", false, "10/20", "70/100", "6/10", "12", "chair", "1/2", "1/4", "4"),
        unit("u3", true, "20/20", "100/100", "2/10", "4", "none", "5/10", "5/10", "3"),
        unit("u4", false, "15/20", "80/100", "5/10", "6", "chair", "1/4", "2/4", null),
        unit("u5", true, "19/20", "65/100", "4/10", "13", "vice", "2/4", "3/8", "2"),
        unit("u6", true, "12/20", "90/100", "1/10", "8", "chair", "7/10", "6/10", "5"));
  }

  static Dataset dataset(Framework f, List<Submission> subs, List<Review> reviews) {
    return new Dataset(
        TestData.registry(
            TestData.unit("t", "Tỉnh Mẫu", "tinh", null),
            TestData.unit("h1", "Huyện Một", "huyen", "t"),
            TestData.unit("h2", "Huyện Hai", "huyen", "t"),
            TestData.unit("u1", "Xã An", "xa", "h1"),
            TestData.unit("u2", "Xã Bình", "xa", "h1"),
            TestData.unit("u3", "Xã Châu", "xa", "h1"),
            TestData.unit("u4", "Xã Đông", "xa", "h2"),
            TestData.unit("u5", "Xã Giang", "xa", "h2"),
            TestData.unit("u6", "Xã Hà", "xa", "h2")),
        List.of(f),
        subs,
        reviews);
  }

  static List<UnitScore> score(Dataset d) {
    return new Scorer().score(d, ArrivalTimes.none());
  }

  /**
   * The dataset with one unit's answer replaced (inputs merged over the counted ones) and any
   * correction of that criterion dropped from its review: the what-if's question, asked the slow
   * way.
   */
  static Dataset changed(
      Dataset d,
      String unitId,
      String criterionId,
      Map<String, Value> base,
      Map<String, Value> in) {
    Map<String, Value> merged = new TreeMap<>(base);
    merged.putAll(in);
    List<Submission> subs = new ArrayList<>();
    for (Submission s : d.submissions()) {
      if (!s.unit().equals(unitId)) {
        subs.add(s);
        continue;
      }
      subs.add(s.withAnswer(answer(criterionId, merged)));
    }
    List<Review> reviews = new ArrayList<>();
    for (Review r : d.reviews()) {
      reviews.add(
          !r.unit().equals(unitId)
              ? r
              : r.withCorrections(
                  r.corrections().stream()
                      .filter(c -> !c.criterion().equals(criterionId))
                      .toList()));
    }
    return new Dataset(d.registry(), d.frameworks(), subs, reviews);
  }

  static UnitScore of(List<UnitScore> scores, String unitId) {
    return scores.stream().filter(s -> s.unitId().equals(unitId)).findFirst().orElseThrow();
  }

  /** Group id → rank of the unit, from a full ranking. */
  static Map<String, Integer> ranks(Dataset d, List<UnitScore> scores, String unitId) {
    Map<String, Integer> out = new TreeMap<>();
    for (Ranking t : new Ranker().rank(d, scores)) {
      t.entries().stream()
          .filter(e -> e.unitId().equals(unitId))
          .forEach(e -> out.put(t.group().id(), e.rank()));
    }
    return out;
  }
}
