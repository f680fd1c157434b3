package org.opendti.render.view;

import java.util.List;

/**
 * The overview of one framework and period: how many units submitted out of those the registry
 * expects, the average of each pillar and who leads it; for units whose parents are districts
 * (communes), the same per district.
 *
 * @param periods the framework's other published periods, each linking to its overview
 * @param rankings the period's ranking tables
 * @param parts real units first, then sample units, never together
 */
public record OverviewView(
    String framework,
    Link criteria,
    String period,
    String periodDates,
    List<Link> periods,
    List<Link> rankings,
    List<Part> parts) {
  public OverviewView {
    periods = List.copyOf(periods);
    rankings = List.copyOf(rankings);
    parts = List.copyOf(parts);
  }

  /**
   * The real or the sample units of the period.
   *
   * @param areas the whole cohort first, then each parent (district) by name
   * @param parentLevel the parents' level ("Cấp huyện"), or "" when there is no breakdown
   */
  public record Part(boolean sample, String id, List<Area> areas, String parentLevel) {
    public Part {
      areas = List.copyOf(areas);
    }
  }

  /**
   * One area: the whole cohort, or the units of one parent.
   *
   * @param submitted units scored, formatted
   * @param expected units of the framework's level the registry lists as active in the period in
   *     the same provinces, formatted
   * @param share submitted / expected, "75 %"; "" when none are expected
   * @param stats the total, then each pillar
   */
  public record Area(
      String id,
      String name,
      Link ranking,
      String submitted,
      String expected,
      String share,
      List<Stat> stats) {
    public Area {
      stats = List.copyOf(stats);
    }
  }

  /**
   * The total or a pillar in an area: its average, its maximum and the units with the highest
   * points.
   *
   * @param leaders the units sharing the highest points, by name (at most {@code 3}); the rest
   *     counted in {@code moreLeaders}
   * @param moreLeaders how many more units share the lead, formatted; "" when none
   */
  public record Stat(
      String name,
      String average,
      String max,
      String best,
      List<Link> leaders,
      String moreLeaders) {
    public Stat {
      leaders = List.copyOf(leaders);
    }
  }
}
