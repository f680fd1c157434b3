package org.opendti.render.view;

import java.util.List;

/**
 * The home page: every framework with its latest published period, real results first.
 *
 * @param frameworks the frameworks with real results, or with no results yet
 * @param samples the same frameworks' fictional sample units, in their own section: a table here
 *     holds sample units only, and a card in {@code frameworks} never shows one
 * @param forms every framework's self-assessment form, once each, labelled with the framework's
 *     title: an official finds the form at the top, not in the framework's card far down
 */
public record HomeView(
    List<FrameworkCard> frameworks, List<FrameworkCard> samples, List<Link> forms) {
  public HomeView {
    frameworks = List.copyOf(frameworks);
    samples = List.copyOf(samples);
    forms = List.copyOf(forms);
  }

  /**
   * A framework on the home page.
   *
   * @param period latest period with results, or null when nothing is published yet
   * @param previousPeriod the period compared against for movers, or null
   * @param submitted number of units scored in the latest period, formatted
   * @param overview the latest period's overview, or null when nothing is published yet
   * @param tops the first three of each table of the whole cohort
   * @param groups each group ranked within each parent (e.g. communes within each district): its
   *     tables, by the parent's name
   */
  public record FrameworkCard(
      String title,
      String level,
      Link criteria,
      Link methodology,
      Link form,
      Link overview,
      String period,
      String previousPeriod,
      String submitted,
      List<TopTable> tops,
      List<GroupTables> groups,
      List<Mover> movers) {
    public FrameworkCard {
      tops = List.copyOf(tops);
      groups = List.copyOf(groups);
      movers = List.copyOf(movers);
    }
  }

  /**
   * The first three of one ranking table, linking to the whole table.
   *
   * @param reference its group is for reference only: shown after the official tables
   */
  public record TopTable(Link ranking, List<RankingRow> rows, boolean reference) {
    public TopTable {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A group ranked within many parents: its name ("Các xã trong từng huyện") and a link to each
   * parent's table, labelled with the parent's name.
   *
   * @param reference the group is for reference only: shown after the official tables
   */
  public record GroupTables(String name, List<Link> tables, boolean reference) {
    public GroupTables {
      tables = List.copyOf(tables);
    }
  }

  /** A unit whose total changed most since the previous period. */
  public record Mover(
      Link unit, String previousTotal, String total, String change, boolean up, boolean sample) {}
}
