package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
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
        out.error(Code.DUPLICATE_REVIEW, "", r.unit(), r.framework(), r.period(), earlier);
      }
      Optional<Submission> s = data.submission(r.key());
      if (s.isEmpty()) {
        out.error(Code.REVIEW_WITHOUT_SUBMISSION, "", r.unit(), r.framework(), r.period());
      }
      Optional<Framework> f = Identity.framework(data, r.framework(), out);
      if (f.isEmpty()) {
        continue;
      }
      Period period = Identity.period(f.get(), r.period(), out).orElse(null);
      // A period's figures cannot be reviewed before the period has begun: a mistyped year.
      if (period != null && r.date() != null && r.date().isBefore(period.start())) {
        out.error(
            Code.REVIEW_BEFORE_PERIOD,
            "/date",
            r.date(),
            period.id(),
            period.start(),
            period.end());
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < r.corrections().size(); i++) {
        Review.Correction c = r.corrections().get(i);
        String at = "/corrections/" + i;
        Integer before = seen.putIfAbsent(c.criterion(), i);
        if (before != null) {
          out.error(Code.DUPLICATE_CORRECTION, at + "/criterion", c.criterion(), "" + before);
        }
        correction(f.get(), s.flatMap(x -> x.answer(c.criterion())), c, period, at, out);
        if (c.was() == null) {
          out.add(Severity.INFO, Code.UNRECORDED_CORRECTION, at + "/criterion", c.criterion());
        }
      }
      s.ifPresent(sub -> stale(r, sub, index, found));
      objections(f.get(), r, out);
    }
  }

  /**
   * A correction whose answer has changed since it was made: a warning on both files, each naming
   * the other, so whoever opens either sees it.
   */
  private static void stale(Review r, Submission s, SourceIndex index, List<Diagnostic> found) {
    Findings onReview = new Findings(found, r.file(), index);
    Findings onSubmission = new Findings(found, s.file(), index);
    for (StaleCorrections.Stale st : StaleCorrections.of(r, s)) {
      Object was = StaleCorrections.describe(st.was());
      Object now = StaleCorrections.describe(st.now());
      onReview.warning(
          Code.STALE_CORRECTION,
          "/corrections/" + st.index() + "/was",
          st.criterion(),
          was,
          now,
          s.file());
      String answer =
          s.answer(st.criterion()).isPresent()
              ? Texts.pointer("answers", st.criterion())
              : "/answers";
      onSubmission.warning(
          Code.CORRECTED_ANSWER_CHANGED, answer, st.criterion(), was, now, r.file());
    }
  }

  /**
   * Objections: each once, about a criterion of the framework (or the whole result); decided ones
   * with their decision, reason and date, not before they were received.
   */
  private static void objections(Framework f, Review r, Findings out) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < r.objections().size(); i++) {
      Review.Objection o = r.objections().get(i);
      String at = "/objections/" + i;
      Integer before = seen.putIfAbsent(o.reference(), i);
      if (before != null) {
        out.error(Code.DUPLICATE_OBJECTION, at + "/reference", o.reference(), "" + before);
      }
      if (o.criterion() != null && f.criterion(o.criterion()).isEmpty()) {
        out.error(Code.UNKNOWN_CRITERION, at + "/criterion", f.id(), o.criterion());
      }
      boolean decided = o.decision() != null || o.decided() != null || o.reason() != null;
      if (decided) {
        List<String> missing = new ArrayList<>();
        if (o.decision() == null) {
          missing.add("decision");
        }
        if (Texts.blank(o.reason())) {
          missing.add("reason");
        }
        if (o.decided() == null) {
          missing.add("decided");
        }
        if (!missing.isEmpty()) {
          out.error(Code.OBJECTION_INCOMPLETE, at, o.reference(), String.join(", ", missing));
        }
      }
      if (o.decided() != null && o.received() != null && o.decided().isBefore(o.received())) {
        out.error(Code.OBJECTION_DATES, at + "/decided", o.reference(), o.received(), o.decided());
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
      out.error(Code.BLANK_REASON, at + "/reason", c.criterion());
    }
    Optional<Criterion> found = f.criterion(c.criterion());
    if (found.isEmpty()) {
      out.error(Code.UNKNOWN_CRITERION, at + "/criterion", f.id(), c.criterion());
      return;
    }
    Criterion crit = found.get();
    // The submission's evidence checks: a known kind, an http(s) link (bidirectional controls are
    // refused for every string when the file is read). Not the criterion's accepted kinds nor the
    // period's dates: those say what the unit must show, and a reviewer's basis (an inspection's
    // minutes, a system's figures) is often of another kind and dated after the period.
    for (int i = 0; i < c.evidence().size(); i++) {
      EvidenceCheck.check(
          crit, EvidenceRequirement.NONE, c.evidence().get(i), null, at + "/evidence/" + i, out);
    }
    int kinds =
        (c.inputs().isEmpty() ? 0 : 1)
            + (c.points() == null ? 0 : 1)
            + (c.notApplicable() == null ? 0 : 1);
    if (kinds != 1) {
      out.error(Code.CORRECTION_SHAPE, at, Texts.criterion(crit), kinds);
    }
    if (c.points() != null
        && (c.points().signum() < 0 || c.points().compareTo(crit.maxPoints()) > 0)) {
      out.error(
          Code.POINTS_OUT_OF_RANGE,
          at + "/points",
          Texts.criterion(crit),
          c.points(),
          num(crit.maxPoints()));
    }
    if (Boolean.TRUE.equals(c.notApplicable()) && !crit.notApplicableAllowed()) {
      out.error(
          Code.NOT_APPLICABLE_RULING_NOT_ALLOWED, at + "/notApplicable", Texts.criterion(crit));
    }
    if (!c.inputs().isEmpty()) {
      Map<String, Value> merged = new TreeMap<>(answer.map(Answer::inputs).orElse(Map.of()));
      merged.putAll(c.inputs());
      InputCheck.check(crit, c.inputs(), merged, at + "/inputs", period, false, out);
    }
  }
}
