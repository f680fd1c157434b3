package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Value;

/**
 * Reviews: the inspection team's corrections (đoàn kiểm tra thẩm tra, {@code 004_…} Điều 5) must
 * refer to an existing submission and criterion, change exactly one thing, stay in the domain, and
 * say why.
 */
final class ReviewCheck {

  private ReviewCheck() {}

  static void check(Dataset data, SourceIndex index, List<Diagnostic> found) {
    Map<SubmissionKey, String> firstFile = new HashMap<>();
    for (Review r : data.reviews()) {
      Findings out = new Findings(found, r.file(), index);
      PathCheck.check(r.file(), r.unit(), r.framework(), r.period(), true, out);
      String earlier = firstFile.putIfAbsent(r.key(), r.file());
      if (earlier != null) {
        out.error(
            "duplicate-review",
            "",
            "submission "
                + r.unit()
                + " / "
                + r.framework()
                + " / "
                + r.period()
                + " already has a review in "
                + earlier,
            "keep all corrections of one submission in one review file");
      }
      Optional<Submission> s = data.submission(r.key());
      if (s.isEmpty()) {
        out.error(
            "review-without-submission",
            "",
            "there is no submission of unit "
                + r.unit()
                + " for "
                + r.framework()
                + " period "
                + r.period()
                + " to review",
            "a review sits next to its submission: submissions/"
                + r.framework()
                + "/"
                + r.period()
                + "/"
                + r.unit()
                + ".json");
      }
      Optional<Framework> f = Identity.framework(data, r.framework(), out);
      if (f.isEmpty()) {
        continue;
      }
      Period period = Identity.period(f.get(), r.period(), out).orElse(null);
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < r.corrections().size(); i++) {
        Review.Correction c = r.corrections().get(i);
        String at = "/corrections/" + i;
        Integer before = seen.putIfAbsent(c.criterion(), i);
        if (before != null) {
          out.error(
              "duplicate-correction",
              at + "/criterion",
              "criterion "
                  + c.criterion()
                  + " is corrected twice (also at /corrections/"
                  + before
                  + ")",
              "merge the two corrections");
        }
        correction(f.get(), s.flatMap(x -> x.answer(c.criterion())), c, period, at, out);
      }
    }
  }

  private static void correction(
      Framework f,
      Optional<Answer> answer,
      Review.Correction c,
      Period period,
      String at,
      Findings out) {
    if (Texts.blank(c.reason())) {
      out.error(
          "blank-reason",
          at + "/reason",
          "the correction of criterion " + c.criterion() + " gives no reason",
          "say what the verification found, e.g. the document and figure");
    }
    Optional<Criterion> found = f.criterion(c.criterion());
    if (found.isEmpty()) {
      out.error(
          "unknown-criterion",
          at + "/criterion",
          "framework " + f.id() + " has no criterion " + c.criterion(),
          "use a criterion id of criteria/" + f.id() + ".json");
      return;
    }
    Criterion crit = found.get();
    int kinds =
        (c.inputs().isEmpty() ? 0 : 1)
            + (c.points() == null ? 0 : 1)
            + (c.notApplicable() == null ? 0 : 1);
    if (kinds != 1) {
      out.error(
          "correction-shape",
          at,
          "the correction of "
              + Texts.criterion(crit)
              + " changes "
              + kinds
              + " things; it must give exactly one of inputs, points or notApplicable",
          "split it, or give the corrected inputs, points or ruling");
    }
    if (c.points() != null
        && (c.points().signum() < 0 || c.points().compareTo(crit.maxPoints()) > 0)) {
      out.error(
          "points-out-of-range",
          at + "/points",
          "the correction gives "
              + Texts.criterion(crit)
              + " "
              + num(c.points())
              + " points, outside 0.."
              + num(crit.maxPoints()),
          "corrected points lie between 0 and the criterion's maxPoints");
    }
    if (Boolean.TRUE.equals(c.notApplicable()) && !crit.notApplicableAllowed()) {
      out.error(
          "not-applicable-not-allowed",
          at + "/notApplicable",
          Texts.criterion(crit) + " does not allow a not-applicable (không phát sinh) ruling",
          "correct its inputs or points instead");
    }
    if (!c.inputs().isEmpty()) {
      Map<String, Value> merged = new TreeMap<>(answer.map(Answer::inputs).orElse(Map.of()));
      merged.putAll(c.inputs());
      InputCheck.check(crit, c.inputs(), merged, at + "/inputs", period, false, out);
    }
  }
}
