package org.opendti.insight.uncertainty;

/**
 * A choice the methodology leaves open, which the rank-interval analysis varies. Each has a stable
 * {@link #code()} for {@code insights.json} and a Vietnamese and an English name.
 */
public enum Choice {
  /**
   * Which "min-max" a cohort criterion means ({@code 003_…} 4.6, 8.4, 8.5: the text says "Min-Max"
   * but describes x / x_best × max): the framework's reading or the other, half of the draws each.
   */
  COHORT_READING(
      "cohort-reading",
      "Cách hiểu \"Min-Max\" của tiêu chí so sánh giữa các đơn vị",
      "Reading of \"min-max\" for criteria scored against the other units"),

  /**
   * Criteria ruled not applicable: left out and the total rescaled, D = A × B / C ({@code 004_…}
   * Điều 6), or counted as zero; the framework's rule or the other, half of the draws each.
   */
  NOT_APPLICABLE(
      "not-applicable",
      "Tiêu chí không phát sinh: quy đổi D = A × B / C hay tính 0 điểm",
      "Criteria not applicable: rescaled, D = A × B / C, or counted as zero"),

  /** Each reviewer's correction under an open objection: applied or not, independently. */
  OPEN_OBJECTIONS(
      "open-objections",
      "Điểm thẩm tra đang bị đơn vị phản hồi: áp dụng hay không",
      "Reviewers' corrections under an open objection: applied or not"),

  /** Each pillar's weight, independently, within the analysis' band (±10 % by default). */
  PILLAR_WEIGHTS("pillar-weights", "Trọng số của từng chỉ số chính", "The weight of each pillar");

  private final String code;
  private final String nameVi;
  private final String nameEn;

  Choice(String code, String nameVi, String nameEn) {
    this.code = code;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** Stable identifier, e.g. {@code cohort-reading}. */
  public String code() {
    return code;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }
}
