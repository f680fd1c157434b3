package org.opendti.render.view;

import java.util.List;

/**
 * The reviewers' page: every open anomaly flag, grouped by framework and period, then by unit, most
 * serious first, and the integrity signals (digit tests). Flags never change a score; they only
 * direct attention.
 *
 * @param integrity the digit tests, a section of its own ({@code integrity.ftlh})
 */
public record ReviewersView(List<Section> sections, IntegrityView integrity) {

  public ReviewersView {
    sections = List.copyOf(sections);
  }

  /** The flags of one framework and period. */
  public record Section(String title, List<UnitFlags> units) {
    public Section {
      units = List.copyOf(units);
    }
  }

  /** One unit's flags, with a link to its scorecard. */
  public record UnitFlags(Link unit, List<FlagRow> flags) {
    public UnitFlags {
      flags = List.copyOf(flags);
    }
  }

  /**
   * @param numbers the figures behind the flag, e.g. "self = 6; computed = 4.54"
   */
  public record FlagRow(
      String code, String criterion, String message, String numbers, int weight) {}
}
