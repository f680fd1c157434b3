package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The compare page: one static page per language; its script ({@code assets/compare.js}) loads the
 * chosen framework and period's published {@code scores.json} and shows 2 to 4 units side by side.
 *
 * @param cohorts every published framework and period, the value {@code <framework>/<period>}
 * @param data what the script needs besides the open data: each cohort's file, pillars and criteria
 *     with their names in the page's language and maxima, and the interface text; JSON safe inside
 *     a script element
 * @param openData the open-data files the page reads, linked for those without JavaScript
 */
public record CompareView(
    List<Option> cohorts, TemplateHTMLOutputModel data, List<DataFile> openData) {
  public CompareView {
    cohorts = List.copyOf(cohorts);
    openData = List.copyOf(openData);
  }

  /** A choice of a select: its value and its label. */
  public record Option(String value, String label) {}
}
