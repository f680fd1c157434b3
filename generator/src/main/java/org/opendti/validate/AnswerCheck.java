package org.opendti.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.Submission;

/**
 * A submission's answers against its framework: unknown and missing criteria, priority-sector
 * criteria ({@code 004_…} Phụ lục 2), not-applicable claims (không phát sinh, {@code 004_…} Điều
 * 5), inputs and evidence (tài liệu kiểm chứng, {@code 003_…}).
 */
final class AnswerCheck {

  /** Evidence kinds of {@code docs/formats.md}. */
  static final Set<String> EVIDENCE_KINDS =
      Set.of("decision", "plan", "report", "document", "link", "photo", "other");

  private AnswerCheck() {}

  static void check(Submission s, Framework f, Period period, Findings out) {
    check(s, f, new CriteriaIndex(f), period, out);
  }

  /** {@link #check(Submission, Framework, Period, Findings)} with {@code f}'s index. */
  static void check(Submission s, Framework f, CriteriaIndex index, Period period, Findings out) {
    Optional<PrioritySector> named = sector(s, f, out);
    java.util.Set<String> answered = new java.util.HashSet<>();
    for (Answer a : s.answers()) {
      answered.add(a.criterion());
      String at = Texts.pointer("answers", a.criterion());
      Optional<Criterion> c = index.criterion(a.criterion());
      if (c.isEmpty()) {
        out.error(Code.UNKNOWN_CRITERION, at, f.id(), a.criterion());
        continue;
      }
      index
          .sectorOf(a.criterion())
          .filter(sec -> named.map(n -> !n.id().equals(sec.id())).orElse(true))
          .ifPresent(sec -> foreignSector(c.get(), sec, s, at, out));
      answer(c.get(), a, period, at, out);
    }
    missing(index.base(), answered, "", out);
    named.ifPresent(
        sec -> missing(sec.criteria(), answered, Text.of("phrase.of-sector", sec.id()), out));
  }

  private static Optional<PrioritySector> sector(Submission s, Framework f, Findings out) {
    if (s.prioritySector() == null) {
      return Optional.empty();
    }
    Optional<PrioritySector> found =
        f.aggregation().prioritySectors().stream()
            .filter(p -> p.id().equals(s.prioritySector()))
            .findFirst();
    if (found.isEmpty()) {
      out.error(
          Code.UNKNOWN_PRIORITY_SECTOR,
          "/prioritySector",
          s.prioritySector(),
          f.id(),
          f.aggregation().prioritySectors().stream().map(PrioritySector::id).toList());
    }
    return found;
  }

  private static void foreignSector(
      Criterion c, PrioritySector sec, Submission s, String at, Findings out) {
    if (s.prioritySector() == null) {
      out.error(Code.SECTOR_NOT_NAMED, at, Texts.criterion(c), sec.id());
    } else {
      out.error(Code.WRONG_SECTOR, at, Texts.criterion(c), sec.id(), s.prioritySector());
    }
  }

  private static void answer(Criterion c, Answer a, Period period, String at, Findings out) {
    if (a.notApplicable() != null) {
      if (!c.notApplicableAllowed()) {
        out.error(Code.NOT_APPLICABLE_NOT_ALLOWED, at + "/notApplicable", Texts.criterion(c));
      }
      if (Texts.blank(a.notApplicable().reason())) {
        out.error(
            Code.NOT_APPLICABLE_WITHOUT_REASON, at + "/notApplicable/reason", Texts.criterion(c));
      }
      if (!a.inputs().isEmpty()) {
        out.error(
            Code.INPUTS_AND_NOT_APPLICABLE,
            at + "/inputs",
            Texts.criterion(c),
            List.copyOf(a.inputs().keySet()));
      }
    } else {
      InputCheck.check(c, a.inputs(), a.inputs(), at + "/inputs", period, true, out);
      selfScore(c, a, at, out);
    }
    evidence(c, a, period, at, out);
  }

  /** The self-score (điểm tự chấm) is kept next to the computed one ({@code 002_…} item 12). */
  private static void selfScore(Criterion c, Answer a, String at, Findings out) {
    if (a.selfScore() != null
        && (a.selfScore().signum() < 0 || a.selfScore().compareTo(c.maxPoints()) > 0)) {
      out.warning(
          Code.SELF_SCORE_OUT_OF_RANGE,
          at + "/selfScore",
          Texts.criterion(c),
          a.selfScore(),
          Texts.num(c.maxPoints()));
    }
  }

  /** Evidence is required of answers, not of not-applicable claims; links are always checked. */
  private static void evidence(Criterion c, Answer a, Period period, String at, Findings out) {
    List<Evidence> evidence = a.evidence();
    EvidenceRequirement req = c.evidence() == null ? EvidenceRequirement.NONE : c.evidence();
    if (req.required() && evidence.isEmpty() && a.notApplicable() == null) {
      out.error(
          Code.MISSING_EVIDENCE,
          at,
          Texts.criterion(c),
          Texts.blank(req.description()) ? "" : " (" + req.description() + ")");
    }
    for (int i = 0; i < evidence.size(); i++) {
      EvidenceCheck.check(c, req, evidence.get(i), period, at + "/evidence/" + i, out);
    }
  }

  private static void missing(
      List<Criterion> criteria, java.util.Set<String> answered, Object what, Findings out) {
    for (Criterion c : criteria) {
      if (!answered.contains(c.id())) {
        out.warning(
            Code.MISSING_ANSWER, "/answers", Texts.criterion(c), what, Texts.num(c.maxPoints()));
      }
    }
  }
}
