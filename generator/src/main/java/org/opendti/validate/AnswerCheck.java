package org.opendti.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        out.error(
            "unknown-criterion",
            at,
            "framework " + f.id() + " has no criterion " + a.criterion(),
            "answers are keyed by the criterion ids of criteria/" + f.id() + ".json");
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
        sec -> missing(sec.criteria(), answered, " of priority sector " + sec.id(), out));
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
          "unknown-priority-sector",
          "/prioritySector",
          "priority sector "
              + s.prioritySector()
              + " is not in framework "
              + f.id()
              + " (sectors: "
              + String.join(
                  ", ", f.aggregation().prioritySectors().stream().map(PrioritySector::id).toList())
              + ")",
          "name one of the framework's priority sectors, or null");
    }
    return found;
  }

  private static void foreignSector(
      Criterion c, PrioritySector sec, Submission s, String at, Findings out) {
    boolean none = s.prioritySector() == null;
    out.error(
        none ? "sector-not-named" : "wrong-sector",
        at,
        Texts.criterion(c)
            + " belongs to priority sector "
            + sec.id()
            + ", but the submission names "
            + (none ? "no priority sector" : "priority sector " + s.prioritySector()),
        "set prioritySector to " + sec.id() + " if the unit leads it, or remove this answer");
  }

  private static void answer(Criterion c, Answer a, Period period, String at, Findings out) {
    if (a.notApplicable() != null) {
      if (!c.notApplicableAllowed()) {
        out.error(
            "not-applicable-not-allowed",
            at + "/notApplicable",
            Texts.criterion(c) + " does not allow a not-applicable (không phát sinh) claim",
            "answer it; a criterion without activity scores 0");
      }
      if (Texts.blank(a.notApplicable().reason())) {
        out.error(
            "not-applicable-without-reason",
            at + "/notApplicable/reason",
            Texts.criterion(c) + ": the not-applicable claim gives no reason",
            "say why the criterion does not arise for this unit");
      }
      if (!a.inputs().isEmpty()) {
        out.error(
            "inputs-and-not-applicable",
            at + "/inputs",
            Texts.criterion(c)
                + " has both inputs ("
                + String.join(", ", a.inputs().keySet())
                + ") and a not-applicable claim",
            "keep one of them");
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
          "self-score-out-of-range",
          at + "/selfScore",
          Texts.criterion(c)
              + ": the self-score "
              + Texts.num(a.selfScore())
              + " is outside 0.."
              + Texts.num(c.maxPoints()),
          "the score is computed from the inputs; the self-score is only shown next to it");
    }
  }

  /** Evidence is required of answers, not of not-applicable claims; links are always checked. */
  private static void evidence(Criterion c, Answer a, Period period, String at, Findings out) {
    List<Evidence> evidence = a.evidence();
    EvidenceRequirement req = c.evidence() == null ? EvidenceRequirement.NONE : c.evidence();
    if (req.required() && evidence.isEmpty() && a.notApplicable() == null) {
      out.error(
          "missing-evidence",
          at,
          Texts.criterion(c)
              + " requires evidence"
              + (Texts.blank(req.description()) ? "" : " (" + req.description() + ")")
              + ", but none is given",
          "attach the document (number, date, issuer) or a link");
    }
    for (int i = 0; i < evidence.size(); i++) {
      EvidenceCheck.check(c, req, evidence.get(i), period, at + "/evidence/" + i, out);
    }
  }

  private static void missing(
      List<Criterion> criteria, java.util.Set<String> answered, String what, Findings out) {
    for (Criterion c : criteria) {
      if (!answered.contains(c.id())) {
        out.warning(
            "missing-answer",
            "/answers",
            Texts.criterion(c)
                + what
                + " is not answered and scores 0 of "
                + Texts.num(c.maxPoints()),
            "answer it, or claim not applicable where the criterion allows it");
      }
    }
  }
}
