package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The submission form of a framework ({@code forms/<framework>.html}): every criterion with its
 * inputs, evidence, notes, not-applicable claim and self-score, plus unit, period, contacts and
 * profile. The same fields are listed without JavaScript; {@code assets/form.js} lets the official
 * pick the unit, start from a file, checks, scores, keeps a draft and writes the submission JSON.
 *
 * @param criteria link back to the criteria catalogue
 * @param periods the framework's periods, labelled with their dates and deadline
 * @param repository whether the host's new-file and edit pages are known (a repository URL is
 *     configured)
 * @param template the framework's Excel template, relative to the page
 * @param guide the illustrated guide for officials, or "" when no repository is configured
 * @param data the framework and units as JSON for the script, escaped for a script element by
 *     {@code FormData}
 */
public record FormView(
    String title,
    String frameworkId,
    String level,
    String totalPoints,
    Link criteria,
    List<Option> periods,
    List<Field> profile,
    List<Option> sectors,
    List<Section> sections,
    boolean repository,
    String template,
    String guide,
    TemplateHTMLOutputModel data) {
  public FormView {
    periods = List.copyOf(periods);
    profile = List.copyOf(profile);
    sectors = List.copyOf(sectors);
    sections = List.copyOf(sections);
  }

  /**
   * A value of a select or radio group.
   *
   * @param lang the {@code lang} attribute of {@code label}: "vi" on an English page where the
   *     framework gives no English, else ""
   */
  public record Option(String value, String label, String lang) {}

  /**
   * One control.
   *
   * @param id the element id, unique on the page
   * @param labelLang the {@code lang} attribute of {@code label}, as {@link Option#lang}
   * @param control "number" (a text box read as a Vietnamese number: "1.234,5", "99,5 %"), "radio"
   *     (yes/no), "select" (choice) or "date"
   * @param inputMode the on-screen keyboard of a number box ("numeric", "decimal"), else ""
   * @param max the maximum of a points input, else ""
   */
  public record Field(
      String id,
      String input,
      String label,
      String labelLang,
      String kind,
      String kindLabel,
      String unit,
      String control,
      String inputMode,
      String max,
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
   * @param nameLang the {@code lang} attribute of {@code name}: "vi" on an English page of a
   *     framework with no English name for it, else ""
   * @param method the method in words, cut where the language changes
   * @param evidenceDescription the framework's description of the evidence it asks for
   *     (Vietnamese), or ""
   * @param evidenceKinds the kinds of evidence it accepts, in the page's language, or ""
   * @param max the maximum formatted for the language; {@code maxValue} as HTML attributes want it
   * @param cohort scored against the cohort after publication: no score is shown in advance
   * @param scoredBy who gives the points when only the inspection team does (the form asks the unit
   *     nothing for it), else ""
   * @param scoredByLang the {@code lang} attribute of {@code scoredBy}: "vi" on an English page
   *     when it is the framework's verifying unit (Vietnamese only), else ""
   */
  public record CriterionForm(
      String id,
      String anchor,
      String name,
      String nameLang,
      String max,
      String maxValue,
      List<TextPart> method,
      boolean bonus,
      boolean cohort,
      String scoredBy,
      String scoredByLang,
      boolean notApplicableAllowed,
      boolean evidenceRequired,
      String evidenceDescription,
      String evidenceKinds,
      List<Field> inputs) {
    public CriterionForm {
      inputs = List.copyOf(inputs);
    }
  }
}
