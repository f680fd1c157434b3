package org.opendti.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's corrections (the inspection team, đoàn kiểm tra) to one submission, from {@code
 * submissions/<framework>/<period>/<unit>.review.json}, and the unit's objections to the result
 * with their outcome. Kept apart from the unit's answers so both stay visible.
 */
public record Review(
    String file,
    String unit,
    String framework,
    String period,
    Contact reviewer,
    LocalDate date,
    List<Correction> corrections,
    List<Objection> objections) {

  public Review {
    corrections = List.copyOf(corrections);
    objections = List.copyOf(objections);
  }

  /** A review without objections. */
  public Review(
      String file,
      String unit,
      String framework,
      String period,
      Contact reviewer,
      LocalDate date,
      List<Correction> corrections) {
    this(file, unit, framework, period, reviewer, date, corrections, List.of());
  }

  /** Framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(framework, period, unit);
  }

  public Optional<Correction> correction(String criterionId) {
    return corrections.stream().filter(c -> c.criterion().equals(criterionId)).findFirst();
  }

  /** This review with other corrections, everything else kept. */
  public Review withCorrections(List<Correction> kept) {
    return new Review(file, unit, framework, period, reviewer, date, kept, objections);
  }

  /** This review with other objections, everything else kept. */
  public Review withObjections(List<Objection> others) {
    return new Review(file, unit, framework, period, reviewer, date, corrections, others);
  }

  /** The objections about {@code criterionId} (null: about the result as a whole). */
  public List<Objection> objections(String criterionId) {
    return objections.stream().filter(o -> Objects.equals(o.criterion(), criterionId)).toList();
  }

  /**
   * A correction of one criterion. Exactly one of: corrected {@code inputs} (rescored by the
   * method), corrected {@code points}, or a ruling on a not-applicable claim.
   *
   * @param notApplicable null: no ruling; true: the claim is confirmed (or imposed); false: the
   *     claim is rejected
   * @param reason why, required
   * @param was the unit's answer to the criterion as the reviewer saw it; null when the review does
   *     not say (written before this was recorded)
   * @param evidence what the correction rests on (căn cứ), in the submission's evidence form; empty
   *     when the review gives none
   */
  public record Correction(
      String criterion,
      Map<String, Value> inputs,
      BigDecimal points,
      Boolean notApplicable,
      String reason,
      Was was,
      List<Evidence> evidence) {

    public Correction {
      inputs = SortedMaps.copyOf(inputs);
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A correction without evidence. */
    public Correction(
        String criterion,
        Map<String, Value> inputs,
        BigDecimal points,
        Boolean notApplicable,
        String reason,
        Was was) {
      this(criterion, inputs, points, notApplicable, reason, was, List.of());
    }

    /** A correction that does not record what it corrected. */
    public Correction(
        String criterion,
        Map<String, Value> inputs,
        BigDecimal points,
        Boolean notApplicable,
        String reason) {
      this(criterion, inputs, points, notApplicable, reason, null);
    }

    /**
     * Whether the unit has changed its answer since the reviewer corrected it: the correction
     * records what it corrected ({@link #was}) and the submission's answer now differs. A stale
     * correction still counts until a reviewer confirms it (records the answer again) or drops it.
     */
    public boolean staleAgainst(Optional<Answer> now) {
      return was != null && !was.matches(now);
    }
  }

  /**
   * The part of the unit's answer a correction rests on, as the reviewer saw it: the criterion's
   * inputs and whether the unit claimed it not applicable. An unanswered criterion has no inputs
   * and no claim. Evidence, notes and the self-score are not part of it: they change no points.
   *
   * @param inputs input id → value, as in the submission then
   * @param notApplicable whether the unit claimed "không phát sinh" then
   */
  public record Was(Map<String, Value> inputs, boolean notApplicable) {

    public Was {
      inputs = SortedMaps.copyOf(inputs);
    }

    /** What {@code answer} holds now, recorded. */
    public static Was of(Optional<Answer> answer) {
      return new Was(
          answer.map(Answer::inputs).orElse(Map.of()),
          answer.map(a -> a.notApplicable() != null).orElse(false));
    }

    /**
     * Whether {@code answer} still holds what was recorded: the same inputs with equal values (a
     * number compared by value, so 15 and 15.0 are equal) and the same claim.
     */
    public boolean matches(Optional<Answer> answer) {
      Was now = of(answer);
      if (now.notApplicable != notApplicable || !now.inputs.keySet().equals(inputs.keySet())) {
        return false;
      }
      for (Map.Entry<String, Value> e : inputs.entrySet()) {
        if (!same(e.getValue(), now.inputs.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }

    private static boolean same(Value a, Value b) {
      if (a instanceof Value.Num x && b instanceof Value.Num y) {
        return x.value().compareTo(y.value()) == 0;
      }
      return a.equals(b);
    }
  }

  /**
   * A unit's objection (kiến nghị) to its result, and the reviewers' decision on it.
   *
   * @param reference where it was made: an issue number or address, or a letter's number
   * @param criterion the criterion objected to; null: the result as a whole
   * @param received the day it was received
   * @param decision null while open
   * @param reason why it was decided so; null while open
   * @param decided the day it was decided; null while open
   */
  public record Objection(
      String reference,
      String criterion,
      LocalDate received,
      Decision decision,
      String reason,
      LocalDate decided) {

    public boolean open() {
      return decision == null;
    }
  }

  /** The outcome of an objection. */
  public enum Decision {
    UPHELD("upheld"),
    REJECTED("rejected"),
    PARTLY_UPHELD("partly-upheld");

    private final String id;

    Decision(String id) {
      this.id = id;
    }

    /** As written in the review file. */
    public String id() {
      return id;
    }

    public static Optional<Decision> of(String id) {
      for (Decision d : values()) {
        if (d.id.equals(id)) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }
  }
}
