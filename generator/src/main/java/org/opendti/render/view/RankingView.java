package org.opendti.render.view;

import java.util.List;

/**
 * A ranking table page.
 *
 * @param pillars pillar names heading the pillar columns
 * @param openData links to the CSV, JSON and data package of this framework and period
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
    List<Link> otherTables) {
  public RankingView {
    pillars = List.copyOf(pillars);
    rows = List.copyOf(rows);
    openData = List.copyOf(openData);
    otherTables = List.copyOf(otherTables);
  }
}
