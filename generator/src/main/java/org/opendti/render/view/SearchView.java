package org.opendti.render.view;

import java.util.List;

/**
 * The unit search page ({@code search.html}): every unit of the registry, listed in full, filtered
 * by {@code assets/search.js} as the user types.
 */
public record SearchView(List<Row> units) {
  public SearchView {
    units = List.copyOf(units);
  }

  /**
   * One unit.
   *
   * @param key the name folded for matching (NFD, marks stripped, đ → d, lower case)
   * @param latest the latest total with its framework and period, or "" when never scored
   * @param scorecard link to the latest scorecard, or a link without href
   */
  public record Row(
      String name,
      String key,
      String level,
      String parent,
      String latest,
      Link scorecard,
      List<Link> scorecards,
      boolean sample) {
    public Row {
      scorecards = List.copyOf(scorecards);
    }
  }
}
