package org.opendti.render.view;

import java.util.List;

/**
 * A ranking table page.
 *
 * @param pillars the pillar columns' headings: name and maximum points
 * @param parentHeading heading of the parent column (the parents' level, "District"), or "" when
 *     the table has none: it has one where the units' parents differ, as in a province-wide table
 *     of communes
 * @param openData links to the CSV, JSON and data package of this framework and period
 * @param rankIntervals the methodology's section on rank intervals, linked from the legend
 * @param showsIntervals whether a row shows a rank interval or is marked not clearly behind
 * @param overview the overview of the framework and period
 */
public record RankingView(
    String heading,
    String framework,
    String period,
    String periodDates,
    String previousPeriod,
    String maxTotal,
    String parentHeading,
    List<Column> pillars,
    List<RankingRow> rows,
    List<Link> openData,
    Link criteria,
    List<Link> otherTables,
    Link rankIntervals,
    boolean showsIntervals,
    Link overview) {
  public RankingView {
    pillars = List.copyOf(pillars);
    rows = List.copyOf(rows);
    openData = List.copyOf(openData);
    otherTables = List.copyOf(otherTables);
  }

  /** A pillar column's heading: the pillar's name and its maximum points, formatted. */
  public record Column(String name, String max) {}
}
