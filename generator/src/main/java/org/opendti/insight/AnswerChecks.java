package org.opendti.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.InsightThresholds;
import org.opendti.model.Period;
import org.opendti.model.Submission;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;

/**
 * Checks on what a unit claims: its self-score ({@code 002_…} item 12 writes 6 where its own
 * formula gives 4.54), không phát sinh claims, evidence.
 */
final class AnswerChecks {

  private AnswerChecks() {}

  static List<Flag> check(InsightThresholds t, Cohort k) {
    List<Flag> out = new ArrayList<>();
    for (Submission s : k.submissions()) {
      UnitScore score = k.scores().get(s.unit());
      if (score != null) {
        selfAbove(k, score, out);
      }
    }
    for (Criterion c : k.framework().allCriteria()) {
      rareNotApplicable(t, k, c, out);
      missingEvidence(t, k, c, out);
    }
    k.framework().period(k.periodId()).ifPresent(p -> evidenceDates(t, k, p, out));
    return out;
  }

  /** Any positive difference between the self-score and the points the method computes. */
  private static void selfAbove(Cohort k, UnitScore score, List<Flag> out) {
    for (CriterionScore c : score.criteria()) {
      if (c.selfAssessed() == null
          || c.computed() == null
          || c.status() == CriterionScore.Status.NOT_APPLICABLE
          || c.selfAssessed().compareTo(c.computed()) <= 0) {
        continue;
      }
      BigDecimal diff = c.selfAssessed().subtract(c.computed());
      String message =
          "Điểm tự chấm "
              + Numbers.plain(c.selfAssessed())
              + " cao hơn điểm tính theo phương pháp "
              + Numbers.plain(c.computed())
              + " (chênh "
              + Numbers.plain(diff)
              + ").";
      out.add(
          k.flag(
              Flag.SELF_ABOVE_COMPUTED,
              score.unitId(),
              c.criterionId(),
              message,
              Map.of(
                  "selfAssessed", c.selfAssessed(), "computed", c.computed(), "difference", diff),
              3));
    }
  }

  private static boolean answered(Answer a) {
    return a != null && a.notApplicable() == null && !a.inputs().isEmpty();
  }

  private static void rareNotApplicable(
      InsightThresholds t, Cohort k, Criterion c, List<Flag> out) {
    int units = k.submissions().size();
    Answer[] all = k.answers(c.id());
    long answering = 0;
    for (Answer a : all) {
      answering += answered(a) ? 1 : 0;
    }
    if (units < t.rareNotApplicableMinUnits()
        || !Numbers.atLeast(answering, units, t.rareNotApplicableShare())) {
      return;
    }
    for (int i = 0; i < all.length; i++) {
      Submission s = k.submissions().get(i);
      Answer a = all[i];
      if (a == null || a.notApplicable() == null) {
        continue;
      }
      String message =
          "Báo không phát sinh ở tiêu chí "
              + c.id()
              + ", trong khi "
              + answering
              + "/"
              + units
              + " đơn vị có số liệu.";
      out.add(
          k.flag(
              Flag.RARE_NOT_APPLICABLE,
              s.unit(),
              c.id(),
              message,
              Map.of(
                  "answering", BigDecimal.valueOf(answering), "units", BigDecimal.valueOf(units)),
              2));
    }
  }

  /** Only optional evidence: the validator already reports required evidence that is missing. */
  private static void missingEvidence(InsightThresholds t, Cohort k, Criterion c, List<Flag> out) {
    if (c.evidence() != null && c.evidence().required()) {
      return;
    }
    Answer[] all = k.answers(c.id());
    List<Submission> answering = new ArrayList<>();
    List<Answer> theirs = new ArrayList<>();
    long withEvidence = 0;
    for (int i = 0; i < all.length; i++) {
      if (answered(all[i])) {
        answering.add(k.submissions().get(i));
        theirs.add(all[i]);
        withEvidence += all[i].evidence().isEmpty() ? 0 : 1;
      }
    }
    if (answering.size() < t.evidenceMinUnits()
        || !Numbers.atLeast(withEvidence, answering.size(), t.evidenceShare())) {
      return;
    }
    for (int i = 0; i < answering.size(); i++) {
      Submission s = answering.get(i);
      if (!theirs.get(i).evidence().isEmpty()) {
        continue;
      }
      String message =
          "Không có tài liệu kiểm chứng ở tiêu chí "
              + c.id()
              + ", trong khi "
              + withEvidence
              + "/"
              + answering.size()
              + " đơn vị có.";
      out.add(
          k.flag(
              Flag.MISSING_EVIDENCE,
              s.unit(),
              c.id(),
              message,
              Map.of(
                  "withEvidence",
                  BigDecimal.valueOf(withEvidence),
                  "answering",
                  BigDecimal.valueOf(answering.size())),
              1));
    }
  }

  private static void evidenceDates(InsightThresholds t, Cohort k, Period p, List<Flag> out) {
    LocalDate from = p.start().minusDays(t.evidenceDaysBefore());
    LocalDate to = p.end().plusDays(t.evidenceDaysAfter());
    for (Submission s : k.submissions()) {
      for (Answer a : s.answers()) {
        for (Evidence e : a.evidence()) {
          if (e.date() == null || (!e.date().isBefore(from) && !e.date().isAfter(to))) {
            continue;
          }
          boolean early = e.date().isBefore(p.start());
          long days =
              early
                  ? ChronoUnit.DAYS.between(e.date(), p.start())
                  : ChronoUnit.DAYS.between(p.end(), e.date());
          String doc = e.number() == null ? "Tài liệu" : "Tài liệu " + e.number();
          String message =
              doc
                  + " ngày "
                  + e.date()
                  + " nằm ngoài kỳ "
                  + p.start()
                  + " – "
                  + p.end()
                  + " ("
                  + days
                  + " ngày "
                  + (early ? "trước khi kỳ bắt đầu" : "sau khi kỳ kết thúc")
                  + ").";
          out.add(
              k.flag(
                  Flag.EVIDENCE_DATE_OUTSIDE_PERIOD,
                  s.unit(),
                  a.criterion(),
                  message,
                  Map.of(early ? "daysBefore" : "daysAfter", BigDecimal.valueOf(days)),
                  1));
        }
      }
    }
  }
}
