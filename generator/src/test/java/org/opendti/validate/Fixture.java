package org.opendti.validate;

import static org.opendti.validate.TestData.answer;
import static org.opendti.validate.TestData.bool;
import static org.opendti.validate.TestData.criterion;
import static org.opendti.validate.TestData.date;
import static org.opendti.validate.TestData.evidence;
import static org.opendti.validate.TestData.framework;
import static org.opendti.validate.TestData.group;
import static org.opendti.validate.TestData.inputs;
import static org.opendti.validate.TestData.n;
import static org.opendti.validate.TestData.num;
import static org.opendti.validate.TestData.option;
import static org.opendti.validate.TestData.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Answer;
import org.opendti.model.Framework;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/**
 * A commune framework "fw" with one criterion per method family, and a submission of unit xa-a that
 * answers everything correctly; tests change one thing and look at what is reported.
 */
final class Fixture {

  static final String FILE = "submissions/fw/2023/xa-a.json";
  static final String REVIEW = "submissions/fw/2023/xa-a.review.json";

  private Fixture() {}

  static Framework framework() {
    return TestData.framework(
            group(
                "1",
                null,
                criterion("1.1")
                    .name("Ban hành kế hoạch chuyển đổi số")
                    .evidence(true, "plan", "decision")
                    .build(),
                criterion("1.2")
                    .name("Tỷ lệ hồ sơ trực tuyến")
                    .max("2")
                    .input("a", InputKind.COUNT)
                    .input("b", InputKind.COUNT)
                    .method(
                        new Method.Ratio(
                            List.of("a"),
                            List.of("b"),
                            n("0.5"),
                            null,
                            Method.ZeroDenominator.INVALID))
                    .build(),
                criterion("1.3")
                    .input("n", InputKind.COUNT)
                    .method(
                        new Method.Bands(
                            "n",
                            List.of(TestData.band(null, "5", "0"), TestData.band("5", null, "1"))))
                    .build(),
                criterion("1.4")
                    .method(
                        new Method.Choice(
                            "value",
                            List.of(
                                option("chu-tich", "1"),
                                option("pho-chu-tich", "0.5"),
                                option("khong", "0"))))
                    .build(),
                criterion("1.5")
                    .input("d", InputKind.DATE)
                    .method(new Method.Lateness("d", null, BigDecimal.ONE))
                    .build(),
                criterion("1.6").max("2").method(new Method.Assessed("value")).build(),
                criterion("1.7").notApplicableAllowed().build(),
                criterion("1.8")
                    .input("p", InputKind.PERCENT)
                    .method(new Method.Ratio(List.of("p"), List.of(), null, null, null))
                    .build()))
        .sector("nong-nghiep", "1", group("S", null, criterion("S.1").build()))
        .profile("population", InputKind.COUNT, true)
        .profile("area", InputKind.NUMBER, false)
        .build();
  }

  static List<Answer> answers() {
    return List.of(
        answer(
            "1.1",
            inputs("value", bool(true)),
            evidence("plan", "2023-03-01", "https://example.vn/kh.pdf")),
        answer("1.2", inputs("a", num("40"), "b", num("100"))),
        answer("1.3", inputs("n", num("6"))),
        answer("1.4", inputs("value", text("pho-chu-tich"))),
        answer("1.5", inputs("d", date("2023-10-01"))),
        answer("1.6", inputs("value", num("1.5"))),
        TestData.notApplicable("1.7", "Xã không có hoạt động này."),
        answer("1.8", inputs("p", num("75.7"))));
  }

  /** The answers with the one for the same criterion replaced. */
  static List<Answer> with(Answer replacement) {
    List<Answer> all = new ArrayList<>();
    for (Answer a : answers()) {
      all.add(a.criterion().equals(replacement.criterion()) ? replacement : a);
    }
    if (all.stream().noneMatch(a -> a == replacement)) {
      all.add(replacement);
    }
    return all;
  }

  static List<Answer> without(String criterion) {
    return answers().stream().filter(a -> !a.criterion().equals(criterion)).toList();
  }

  static Submission submission(List<Answer> answers) {
    return TestData.submission(FILE, "xa-a", "fw", "2023", answers);
  }

  static Submission submission(String file, String unit, String fw, String period) {
    return TestData.submission(file, unit, fw, period, answers());
  }

  static Submission withProfile(Map<String, Value> profile, String sector, List<Answer> answers) {
    return new Submission(
        FILE,
        "xa-a",
        "fw",
        "2023",
        TestData.preparer(),
        TestData.approver(),
        profile,
        sector,
        answers);
  }

  static List<Diagnostic> validate(List<Submission> submissions, List<Review> reviews) {
    Dataset data = new Dataset(TestData.registry(), List.of(framework()), submissions, reviews);
    return new SubmissionValidator().validate(data, SourceIndex.empty());
  }

  static List<Diagnostic> validate(Submission... submissions) {
    return validate(List.of(submissions), List.of());
  }
}
