package org.opendti.render.view;

import java.util.List;

/**
 * One "where the next points are" line of a scorecard: what to reach on a criterion and what it
 * would bring, all text formatted for the page's language.
 *
 * @param criterionLang the {@code lang} attribute of {@code criterion}: "vi" on an English page
 *     where the framework gives the criterion no English name, else ""
 * @param reach the inputs to reach, e.g. "Số hồ sơ đúng hạn = 60", or the step's label
 * @param ranks the rank now and then in each of {@link ScorecardView.Improvements#rankTables}, in
 *     that order, e.g. "3 → 2" ("" where the group does not rank the unit)
 * @param scoredBy who gives the points of a criterion scored directly, e.g. "Đoàn kiểm tra"; ""
 *     when the points follow from what the unit reports (listed first, apart from these)
 */
public record ImprovementRow(
    String criterionId,
    String criterion,
    String criterionLang,
    String reach,
    String pointsNow,
    String pointsThen,
    String totalThen,
    String gain,
    List<String> ranks,
    String scoredBy) {
  public ImprovementRow {
    ranks = List.copyOf(ranks);
  }
}
