package org.opendti.render.view;

/**
 * One "where the next points are" line of a scorecard: what to reach on a criterion and what it
 * would bring, all text formatted for the page's language.
 *
 * @param reach the inputs to reach, e.g. "Số hồ sơ đúng hạn = 60", or the step's label
 * @param ranks the rank then in each ranking group, e.g. "Toàn tỉnh: 3 → 2"
 */
public record ImprovementRow(
    String criterionId,
    String criterion,
    String reach,
    String pointsNow,
    String pointsThen,
    String totalThen,
    String gain,
    String ranks) {}
