package org.opendti.render.view;

import java.util.List;

/**
 * One "where the next points are" line of a scorecard: what to reach on a criterion and what it
 * would bring, all text formatted for the page's language.
 *
 * @param criterionLang the {@code lang} attribute of {@code criterion}: "vi" on an English page
 *     where the framework gives the criterion no English name, else ""
 * @param reach what to reach, in order: the inputs' values ("Số hồ sơ đúng hạn = 60 hồ sơ"), then
 *     the step's label where it says more ("≥ 80%")
 * @param ranks the rank now and then in each of {@link ScorecardView.Improvements#rankTables}, in
 *     that order, e.g. "3 → 2" ("" where the group does not rank the unit)
 * @param scoredBy who gives the points of a criterion scored directly, e.g. "Đoàn kiểm tra", or
 *     "Đơn vị tự chấm, " + "UBND cấp huyện" (lang "vi" on an English page) + " xác minh"; null when
 *     the points follow from what the unit reports (listed first, apart from these)
 */
public record ImprovementRow(
    String criterionId,
    String criterion,
    String criterionLang,
    List<Reach> reach,
    String pointsNow,
    String pointsThen,
    String totalThen,
    String gain,
    List<String> ranks,
    List<TextPart> scoredBy) {
  public ImprovementRow {
    reach = List.copyOf(reach);
    ranks = List.copyOf(ranks);
    scoredBy = scoredBy == null ? null : List.copyOf(scoredBy);
  }

  /**
   * One thing to reach: an input's label and value ("Số bài" = "12 bài"), or a text alone (a
   * ratio's target share "≥ 80%": {@code value} empty).
   *
   * @param labelLang the {@code lang} attribute of {@code label}: "vi" on an English page where the
   *     framework gives the input no English label, else ""
   * @param valueLang the same for {@code value}, a choice's option without an English label
   */
  public record Reach(String label, String labelLang, String value, String valueLang) {

    /** A text alone, in the page's language. */
    public static Reach text(String text) {
      return new Reach(text, "", "", "");
    }

    /** Whether it says {@code text} (as "label = value" reads). */
    public boolean says(String text) {
      return label.contains(text) || value.contains(text);
    }
  }
}
