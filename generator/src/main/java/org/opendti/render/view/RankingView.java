package org.opendti.render.view;

import java.util.List;

/**
 * A ranking table page.
 *
 * @param pillars pillar names heading the pillar columns
 * @param openData links to the CSV, JSON and data package of this framework and period
 * @param rankIntervals the methodology's section on rank intervals, linked from the legend
 * @param showsIntervals whether a row shows a rank interval or is marked not clearly behind
 */
public record RankingView(
    String heading,
    String framework,
    String period,
    String periodDates,
    String previousPeriod,
    String maxTotal,
    List<String> pillars,
    List<RankingRow> rows,
    List<Link> openData,
    Link criteria,
    List<Link> otherTables,
    Link rankIntervals,
    boolean showsIntervals) {
  public RankingView {
    pillars = List.copyOf(pillars);
    rows = List.copyOf(rows);
    openData = List.copyOf(openData);
    otherTables = List.copyOf(otherTables);
  }
}
