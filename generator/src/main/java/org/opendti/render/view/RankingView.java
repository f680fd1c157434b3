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
 * @param pager the table's pages when it has more rows than a page holds, else null; {@code rows}
 *     are then this page's
 * @param movesNote what the change column counts when the previous period's table held other units
 *     (the units in both; those that left), each a sentence; empty when it held the same
 * @param referenceNote that the table is for reference only and which tables are the official
 *     ranking, when its framework says so ({@link org.opendti.model.RankingGroup#reference}); else
 *     empty
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
    List<DataFile> openData,
    Link criteria,
    List<Link> otherTables,
    Link rankIntervals,
    boolean showsIntervals,
    Link overview,
    Pager pager,
    List<String> movesNote,
    String referenceNote) {
  public RankingView {
    movesNote = List.copyOf(movesNote);
    pillars = List.copyOf(pillars);
    rows = List.copyOf(rows);
    openData = List.copyOf(openData);
    otherTables = List.copyOf(otherTables);
  }

  /**
   * The pages of a long table.
   *
   * @param here this page: its number, the pages and the ranks on it ("Trang 2/50: hạng 201–400")
   * @param note what a page means for the filter and the sort, and where to find any unit
   * @param search the unit search, which finds a unit on any page
   * @param previous the page before, or null on the first
   * @param next the page after, or null on the last
   * @param pages every page, by the ranks on it; this one without an address
   */
  public record Pager(
      String here, String note, Link search, Link previous, Link next, List<Link> pages) {
    public Pager {
      pages = List.copyOf(pages);
    }
  }

  /** A pillar column's heading: the pillar's name and its maximum points, formatted. */
  public record Column(String name, String max) {}
}
