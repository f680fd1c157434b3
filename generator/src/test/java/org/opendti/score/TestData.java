package org.opendti.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Classification;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Level;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.RankingGroup;
import org.opendti.model.Review;
import org.opendti.model.Source;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;

/** Builds model objects for tests directly in Java, independent of the loader. */
public final class TestData {

  public static final String FRAMEWORK = "test-fw";
  public static final Period PERIOD =
      new Period(
          "2023",
          LocalDate.parse("2022-11-15"),
          LocalDate.parse("2023-11-14"),
          LocalDate.parse("2023-11-25"));

  private TestData() {}

  public static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  // ---- values and inputs

  public static Value num(String v) {
    return new Value.Num(dec(v));
  }

  public static Value bool(boolean v) {
    return new Value.Bool(v);
  }

  public static Value text(String v) {
    return new Value.Text(v);
  }

  public static Value date(String v) {
    return new Value.Date(LocalDate.parse(v));
  }

  /** Inputs from pairs: "a", num("1"), "b", num("2"). */
  public static Map<String, Value> in(Object... pairs) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Value) pairs[i + 1]);
    }
    return out;
  }

  public static InputDef input(String id, InputKind kind) {
    return new InputDef(id, id, id, kind, null);
  }

  // ---- methods

  public static Method.Ratio ratio(List<String> num, List<String> den) {
    return new Method.Ratio(num, den, null, null, Method.ZeroDenominator.INVALID);
  }

  public static Method.Ratio target(String t) {
    return new Method.Ratio(
        List.of("a"), List.of("b"), dec(t), null, Method.ZeroDenominator.INVALID);
  }

  public static Method.Ratio percentTarget(String t) {
    return new Method.Ratio(List.of("p"), List.of(), dec(t), null, Method.ZeroDenominator.INVALID);
  }

  public static Method.Band band(String min, String below, String fraction, String points) {
    return new Method.Band(
        min == null ? null : dec(min),
        below == null ? null : dec(below),
        fraction == null ? null : dec(fraction),
        points == null ? null : dec(points),
        null);
  }

  public static Method.Option fractionOption(String id, String label, String fraction) {
    return new Method.Option(id, label, null, dec(fraction), null);
  }

  public static Method.Option pointsOption(String id, String label, String points) {
    return new Method.Option(id, label, null, null, dec(points));
  }

  // ---- framework

  public static Criterion criterion(String id, String max, Method method, InputDef... inputs) {
    return new Criterion(
        id,
        "Tiêu chí " + id,
        null,
        null,
        dec(max),
        null,
        method,
        Arrays.asList(inputs),
        EvidenceRequirement.NONE,
        null,
        null,
        null,
        List.of(),
        false,
        true);
  }

  public static Criterion bonus(String id, String max) {
    return new Criterion(
        id,
        "Điểm thưởng " + id,
        null,
        null,
        dec(max),
        null,
        new Method.Assessed("value"),
        List.of(input("value", InputKind.POINTS)),
        EvidenceRequirement.NONE,
        null,
        null,
        null,
        List.of(),
        true,
        false);
  }

  /** A criterion scored directly (assessed), handy for aggregation tests. */
  public static Criterion assessed(String id, String max) {
    return criterion(id, max, new Method.Assessed("value"), input("value", InputKind.POINTS));
  }

  public static Group pillar(String id, Criterion... criteria) {
    return new Group(id, "Trụ cột " + id, null, null, null, List.of(), Arrays.asList(criteria));
  }

  public static Framework framework(String total, Group... pillars) {
    return framework(FRAMEWORK, total, Aggregation.DEFAULT, List.of(all()), pillars);
  }

  public static Framework framework(
      String id,
      String total,
      Aggregation aggregation,
      List<RankingGroup> groups,
      Group... pillars) {
    return new Framework(
        id,
        "Bộ chỉ số " + id,
        null,
        null,
        null,
        new Source("UBND", "1/QĐ-UBND", null, null, null),
        "xa",
        List.of(PERIOD),
        dec(total),
        Arrays.asList(pillars),
        List.of(),
        aggregation,
        groups);
  }

  public static Aggregation aggregation(
      boolean rescale,
      Aggregation.BonusPolicy bonus,
      List<PrioritySector> sectors,
      List<Classification> classes) {
    return new Aggregation(rescale, bonus, sectors, classes);
  }

  public static RankingGroup all() {
    return new RankingGroup("all", "Toàn tỉnh", null, RankingGroup.ALL);
  }

  // ---- submissions and reviews

  public static Answer answer(String criterion, Map<String, Value> inputs) {
    return new Answer(criterion, inputs, null, List.of(), null, null);
  }

  public static Answer answer(String criterion, Map<String, Value> inputs, String selfScore) {
    return new Answer(criterion, inputs, dec(selfScore), List.of(), null, null);
  }

  public static Answer notApplicable(String criterion) {
    return new Answer(
        criterion, Map.of(), null, List.of(), null, new Answer.NotApplicable("Không phát sinh."));
  }

  public static Submission submission(String unit, Answer... answers) {
    return submission(FRAMEWORK, unit, null, answers);
  }

  public static Submission submission(
      String framework, String unit, String sector, Answer... answers) {
    Contact c = new Contact("Nguyễn Văn A", "UBND", "Chuyên viên", "0", "a@example.vn");
    return new Submission(
        "submissions/" + framework + "/" + PERIOD.id() + "/" + unit + ".json",
        unit,
        framework,
        PERIOD.id(),
        c,
        c,
        Map.of(),
        sector,
        Arrays.asList(answers));
  }

  public static Review review(Submission s, Review.Correction... corrections) {
    return new Review(
        s.file().replace(".json", ".review.json"),
        s.unit(),
        s.framework(),
        s.period(),
        new Contact("Đoàn kiểm tra", "Sở TT&TT", "Trưởng đoàn", null, null),
        LocalDate.parse("2024-01-10"),
        Arrays.asList(corrections));
  }

  public static Review.Correction inputsCorrection(String criterion, Map<String, Value> inputs) {
    return new Review.Correction(criterion, inputs, null, null, "Số liệu thực tế.");
  }

  public static Review.Correction pointsCorrection(String criterion, String points) {
    return new Review.Correction(criterion, Map.of(), dec(points), null, "Chấm lại.");
  }

  public static Review.Correction naCorrection(String criterion, boolean notApplicable) {
    return new Review.Correction(criterion, Map.of(), null, notApplicable, "Xác minh.");
  }

  // ---- registry and dataset

  public static UnitRegistry registry(Unit... units) {
    return new UnitRegistry(
        List.of(
            new Level("tinh", "Cấp tỉnh", "Province", null),
            new Level("huyen", "Cấp huyện", "District", "tinh"),
            new Level("xa", "Cấp xã", "Commune", "huyen")),
        Arrays.asList(units));
  }

  public static Unit unit(String id, String name, String level, String parent) {
    return new Unit(id, name, null, level, parent, null, null, List.of(), List.of(), false);
  }

  public static Unit sampleUnit(String id, String name, String level, String parent) {
    return new Unit(id, name, null, level, parent, null, null, List.of(), List.of(), true);
  }

  public static Dataset dataset(
      Framework framework, List<Submission> submissions, List<Review> reviews) {
    return new Dataset(registry(), List.of(framework), submissions, reviews);
  }

  // ---- scoring shortcuts

  /** Scores one answer to one criterion in a one-criterion framework, with no review. */
  public static CriterionScore scoreOne(Criterion c, Answer answer) {
    return scoreOne(c, answer, ArrivalTimes.none());
  }

  public static CriterionScore scoreOne(Criterion c, Answer answer, ArrivalTimes times) {
    Framework f = framework(c.maxPoints().toPlainString(), pillar("I", c));
    List<Answer> answers = new ArrayList<>();
    if (answer != null) {
      answers.add(answer);
    }
    Submission s = submission("u", answers.toArray(Answer[]::new));
    return new Scorer()
        .score(dataset(f, List.of(s), List.of()), times)
        .get(0)
        .criterion(c.id())
        .orElseThrow();
  }

  /** Scores one answer (or none) to one criterion in a one-criterion framework, with a review. */
  public static CriterionScore scoreReviewed(
      Criterion c, Answer answer, Review.Correction... corrections) {
    Submission s = answer == null ? submission("u") : submission("u", answer);
    List<Review> reviews = corrections.length == 0 ? List.of() : List.of(review(s, corrections));
    return new Scorer()
        .score(dataset(framework("10", pillar("I", c)), List.of(s), reviews), ArrivalTimes.none())
        .get(0)
        .criterion(c.id())
        .orElseThrow();
  }

  /** Scores inputs to one criterion. */
  public static CriterionScore scoreInputs(Criterion c, Map<String, Value> inputs) {
    return scoreOne(c, answer(c.id(), inputs));
  }
}
