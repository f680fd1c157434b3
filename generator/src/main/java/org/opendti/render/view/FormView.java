package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The submission form of a framework ({@code forms/<framework>.html}): every criterion with its
 * inputs, evidence, notes, not-applicable claim and self-score, plus unit, period, contacts and
 * profile. The same fields are listed without JavaScript; {@code assets/form.js} checks, scores and
 * writes the submission JSON.
 *
 * @param criteria link back to the criteria catalogue
 * @param unitPattern the HTML {@code pattern} of a unit id ({@code docs/formats.md}, ids)
 * @param repository whether "Open on GitHub" can be offered (a repository URL is configured)
 * @param data the framework as JSON for the script, escaped for a script element by {@code
 *     FormData}
 */
public record FormView(
    String title,
    String frameworkId,
    String level,
    String totalPoints,
    Link criteria,
    List<Option> periods,
    String unitPattern,
    List<Field> profile,
    List<Option> sectors,
    List<Section> sections,
    boolean repository,
    TemplateHTMLOutputModel data) {
  public FormView {
    periods = List.copyOf(periods);
    profile = List.copyOf(profile);
    sectors = List.copyOf(sectors);
    sections = List.copyOf(sections);
  }

  /** A value of a select or radio group. */
  public record Option(String value, String label) {}

  /**
   * One control.
   *
   * @param id the element id, unique on the page
   * @param control "number", "radio" (yes/no), "select" (choice) or "date"
   * @param min, max, step empty when not applicable
   */
  public record Field(
      String id,
      String input,
      String label,
      String kind,
      String kindLabel,
      String unit,
      String control,
      String min,
      String max,
      String step,
      boolean required,
      List<Option> options) {
    public Field {
      options = List.copyOf(options);
    }
  }

  /** A pillar or priority sector with its criteria. */
  public record Section(String id, String name, boolean sector, List<CriterionForm> criteria) {
    public Section {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * The part of the form for one criterion.
   *
   * @param max the maximum formatted for the language; {@code maxValue} as HTML attributes want it
   * @param cohort scored against the cohort after publication: no score is shown in advance
   */
  public record CriterionForm(
      String id,
      String anchor,
      String name,
      String max,
      String maxValue,
      String method,
      boolean bonus,
      boolean cohort,
      boolean notApplicableAllowed,
      boolean evidenceRequired,
      String evidence,
      List<Field> inputs) {
    public CriterionForm {
      inputs = List.copyOf(inputs);
    }
  }
}
