package org.opendti.insight.uncertainty;

import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.PrioritySector;
import org.opendti.model.RankingGroup;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.Scorer;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

/** Small cohorts for the rank-interval tests, and a plain re-score to check the fast path with. */
final class IntervalsFixture {

  static final RankingGroup BY_DISTRICT =
      new RankingGroup("by-district", "Trong từng huyện", null, RankingGroup.PARENT);

  static final CohortKey COHORT = new CohortKey(TestData.FRAMEWORK, TestData.PERIOD.id());

  private IntervalsFixture() {}

  static Criterion cohort(String id, String max, Method.CohortVariant variant) {
    return criterion(
        id,
        max,
        new Method.Cohort(List.of("a"), List.of("b"), variant),
        input("a", InputKind.COUNT),
        input("b", InputKind.COUNT));
  }

  static Framework framework(
      String total, Aggregation aggregation, List<RankingGroup> groups, Group... pillars) {
    return TestData.framework(TestData.FRAMEWORK, total, aggregation, groups, pillars);
  }

  static Answer points(String criterion, String value) {
    return answer(criterion, in("value", num(value)));
  }

  static Answer ratio(String criterion, String a, String b) {
    return answer(criterion, in("a", num(a), "b", num(b)));
  }

  static Submission unit(String id, String sector, Answer... answers) {
    return TestData.submission(TestData.FRAMEWORK, id, sector, answers);
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

  /**
   * Two pillars, a cohort criterion read relative to the best, not-applicable criteria rescaled, a
   * bonus; six communes in two districts, with reviews: points corrected, a not-applicable ruling
   * imposed, cohort inputs corrected.
   */
  static Dataset mixed() {
    Framework fw =
        framework(
            "100",
            Aggregation.DEFAULT,
            List.of(TestData.all(), BY_DISTRICT),
            TestData.pillar(
                "I",
                cohort("1", "20", Method.CohortVariant.RELATIVE_TO_BEST),
                TestData.assessed("2", "30"),
                TestData.bonus("B", "5")),
            TestData.pillar("II", TestData.assessed("3", "30"), TestData.assessed("4", "20")));
    List<Submission> subs =
        List.of(
            unit(
                "u1",
                null,
                ratio("1", "9", "10"),
                points("2", "20"),
                points("B", "1"),
                points("3", "21"),
                points("4", "12")),
            unit(
                "u2",
                null,
                ratio("1", "4", "10"),
                points("2", "29"),
                points("B", "0"),
                points("3", "25"),
                points("4", "15")),
            unit(
                "u3",
                null,
                ratio("1", "6", "10"),
                points("2", "25"),
                points("B", "5"),
                points("3", "18"),
                points("4", "19")),
            unit(
                "u4",
                null,
                ratio("1", "10", "10"),
                points("2", "22"),
                points("B", "2"),
                points("3", "24"),
                TestData.notApplicable("4")),
            unit(
                "u5",
                null,
                ratio("1", "2", "10"),
                points("2", "27"),
                points("B", "3"),
                points("3", "26"),
                points("4", "14")),
            unit(
                "u6",
                null,
                ratio("1", "7", "10"),
                points("2", "24"),
                points("B", "0"),
                points("3", "22"),
                points("4", "18")));
    List<Review> reviews =
        List.of(
            TestData.review(subs.get(1), TestData.pointsCorrection("3", "17")),
            TestData.review(subs.get(2), TestData.naCorrection("4", true)),
            TestData.review(subs.get(3), TestData.naCorrection("4", true)),
            TestData.review(
                subs.get(4), TestData.inputsCorrection("1", in("a", num("10"), "b", num("8")))));
    return dataset(fw, subs, reviews);
  }

  /** The corrections of {@link #mixed} under objection: one of each kind. */
  static List<DisputedCorrection> mixedDisputes() {
    return List.of(
        new DisputedCorrection(COHORT.unit("u2"), "3"),
        new DisputedCorrection(COHORT.unit("u3"), "4"),
        new DisputedCorrection(COHORT.unit("u5"), "1"));
  }

  /**
   * No rescaling by the framework's rule, bonus capped at B, a priority sector with a min-max
   * cohort criterion led by two units.
   */
  static Dataset sector() {
    PrioritySector sector =
        new PrioritySector(
            "s",
            "Lĩnh vực",
            null,
            new BigDecimal("10"),
            List.of(
                new Group(
                    "S",
                    "Lĩnh vực",
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(cohort("S1", "10", Method.CohortVariant.MIN_MAX)))));
    Framework fw =
        framework(
            "60",
            TestData.aggregation(
                false, Aggregation.BonusPolicy.ADD_CAPPED, List.of(sector), List.of()),
            List.of(TestData.all()),
            TestData.pillar("I", TestData.assessed("1", "20"), TestData.bonus("B", "10")),
            TestData.pillar("II", TestData.assessed("2", "20"), TestData.assessed("3", "20")));
    List<Submission> subs =
        List.of(
            unit(
                "u1",
                "s",
                points("1", "20"),
                points("B", "10"),
                points("2", "19"),
                points("3", "20"),
                ratio("S1", "3", "4")),
            unit(
                "u2",
                null,
                points("1", "18"),
                points("B", "4"),
                points("2", "17"),
                TestData.notApplicable("3")),
            unit(
                "u3",
                "s",
                points("1", "12"),
                points("B", "0"),
                points("2", "20"),
                points("3", "15"),
                ratio("S1", "1", "4")),
            unit(
                "u4",
                null,
                points("1", "16"),
                points("B", "6"),
                points("2", "14"),
                points("3", "19")));
    List<Review> reviews = List.of(TestData.review(subs.get(1), TestData.naCorrection("3", true)));
    return dataset(fw, subs, reviews);
  }

  static List<UnitScore> score(Dataset d) {
    return new Scorer().score(d, ArrivalTimes.none());
  }

  static List<Ranking> rank(Dataset d, List<UnitScore> scores) {
    return new Ranker().rank(d, scores);
  }

  static CohortAnalysis analysis(Dataset d, List<DisputedCorrection> disputed) {
    List<UnitScore> scores = score(d);
    return new CohortAnalysis(
        d, d.frameworks().get(0), COHORT, scores, rank(d, scores), disputed, ArrivalTimes.none());
  }

  // ---- the plain way

  /**
   * Every unit's total under one draw, the plain way: the framework rewritten (the other reading of
   * min-max, the other rule for not-applicable criteria), the disputed corrections left out of the
   * reviews, everything re-scored by the scorer, then each pillar's points weighted by w_p × ΣM / Σ
   * w_q M_q (the maximum stays ΣM), in exact fractions.
   */
  static Map<String, BigDecimal> plainTotals(
      Dataset d, List<DisputedCorrection> disputes, Scenario s) {
    Framework fw = d.frameworks().get(0);
    Framework read =
        fw.restrictedTo(
            c -> true,
            c ->
                s.otherReading() && c.method() instanceof Method.Cohort m
                    ? c.withMethod(
                        new Method.Cohort(
                            m.numerator(),
                            m.denominator(),
                            m.variant() == Method.CohortVariant.MIN_MAX
                                ? Method.CohortVariant.RELATIVE_TO_BEST
                                : Method.CohortVariant.MIN_MAX))
                    : c);
    Aggregation a = read.aggregation();
    Framework rules =
        new Framework(
            read.id(),
            read.title(),
            read.titleEn(),
            read.description(),
            read.descriptionEn(),
            read.source(),
            read.level(),
            read.periods(),
            read.totalPoints(),
            read.pillars(),
            read.profileFields(),
            new Aggregation(
                s.otherNaRule() != a.rescaleNotApplicable(),
                a.bonus(),
                a.prioritySectors(),
                a.classification()),
            read.rankingGroups());
    List<Review> reviews = new ArrayList<>();
    for (Review r : d.reviews()) {
      List<Review.Correction> kept = new ArrayList<>();
      for (Review.Correction c : r.corrections()) {
        int j = disputes.indexOf(new DisputedCorrection(r.key(), c.criterion()));
        if (j < 0 || !s.unapplied()[j]) {
          kept.add(c);
        }
      }
      reviews.add(r.withCorrections(kept));
    }
    Dataset changed = new Dataset(d.registry(), List.of(rules), d.submissions(), reviews);
    Map<String, BigDecimal> out = new java.util.TreeMap<>();
    for (UnitScore u : new Scorer().score(changed, ArrivalTimes.none())) {
      out.put(u.unitId(), weighted(rules, u, s.weights()));
    }
    return out;
  }

  private static BigDecimal weighted(Framework fw, UnitScore u, int[] weights) {
    Fraction sumMax = Fraction.ZERO;
    Fraction weightedMax = Fraction.ZERO;
    for (int p = 0; p < fw.pillars().size(); p++) {
      Fraction m = Fraction.of(fw.pillars().get(p).basePoints());
      sumMax = sumMax.plus(m);
      weightedMax = weightedMax.plus(m.times(Fraction.of(weights[p])));
    }
    Fraction a = Fraction.ZERO;
    Fraction c = Fraction.ZERO;
    Fraction plainC = Fraction.ZERO;
    Fraction bonus = Fraction.ZERO;
    for (int p = 0; p < fw.pillars().size(); p++) {
      String id = fw.pillars().get(p).id();
      PillarScore ps = u.pillars().stream().filter(x -> x.pillarId().equals(id)).findFirst().get();
      Fraction m =
          weightedMax.isZero()
              ? Fraction.ONE
              : Fraction.of(weights[p]).times(sumMax).dividedBy(weightedMax);
      a = a.plus(m.times(Fraction.of(ps.points())));
      c = c.plus(m.times(Fraction.of(ps.max())));
      plainC = plainC.plus(Fraction.of(ps.max()));
      bonus = bonus.plus(Fraction.of(ps.bonus()));
    }
    Fraction b = Fraction.of(fw.totalPoints());
    boolean leftOut =
        fw.criteria().stream()
            .anyMatch(
                k ->
                    !k.bonus()
                        && u.criterion(k.id())
                            .map(x -> x.status() == CriterionScore.Status.NOT_APPLICABLE)
                            .orElse(false));
    Fraction d;
    if (!fw.aggregation().rescaleNotApplicable() || !leftOut || plainC.equals(b)) {
      d = a.rounded();
    } else if (c.isZero()) {
      d = Fraction.ZERO;
    } else {
      d = a.times(b).dividedBy(c).rounded();
    }
    Fraction x = d;
    if (u.sectorMax() != null) {
      Fraction scale = b.plus(Fraction.of(u.sectorMax()));
      x =
          scale.isZero()
              ? d
              : d.plus(Fraction.of(u.sectorPoints())).times(b).dividedBy(scale).rounded();
    }
    Fraction counted =
        switch (fw.aggregation().bonus()) {
          case ADD -> bonus.rounded();
          case ADD_CAPPED -> bonus.min(b.minus(x).max(Fraction.ZERO)).rounded();
          case IGNORE -> Fraction.ZERO;
        };
    return x.plus(counted).rounded().decimal();
  }

  /** Exact fractions, rounded to 2 decimals half-up only where the scorer rounds. */
  record Fraction(BigInteger num, BigInteger den) {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    static Fraction of(BigDecimal v) {
      BigDecimal s = v.stripTrailingZeros();
      return s.scale() <= 0
          ? new Fraction(s.toBigIntegerExact(), BigInteger.ONE)
          : new Fraction(s.unscaledValue(), BigInteger.TEN.pow(s.scale()));
    }

    /** A weight in percent. */
    static Fraction of(int percent) {
      return new Fraction(BigInteger.valueOf(percent), BigInteger.valueOf(100));
    }

    Fraction plus(Fraction o) {
      return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction minus(Fraction o) {
      return plus(new Fraction(o.num.negate(), o.den));
    }

    Fraction times(Fraction o) {
      return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction dividedBy(Fraction o) {
      BigInteger n = num.multiply(o.den);
      BigInteger m = den.multiply(o.num);
      return m.signum() < 0 ? new Fraction(n.negate(), m.negate()) : new Fraction(n, m);
    }

    boolean isZero() {
      return num.signum() == 0;
    }

    int compareTo(Fraction o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    Fraction min(Fraction o) {
      return compareTo(o) <= 0 ? this : o;
    }

    Fraction max(Fraction o) {
      return compareTo(o) >= 0 ? this : o;
    }

    /** Half-up (away from zero) to 2 decimals. */
    Fraction rounded() {
      BigInteger scaled = num.abs().multiply(BigInteger.valueOf(200)).add(den);
      BigInteger cents = scaled.divide(den.multiply(BigInteger.TWO));
      return new Fraction(num.signum() < 0 ? cents.negate() : cents, BigInteger.valueOf(100));
    }

    BigDecimal decimal() {
      return new BigDecimal(num).divide(new BigDecimal(den), 2, java.math.RoundingMode.UNNECESSARY);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fraction f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
