package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The criteria catalogue of a framework: pillars, groups and criteria with their methods.
 *
 * @param source the source document's issuer and title, as the framework writes them: in
 *     Vietnamese, marked with {@code vietnameseLang}
 * @param sourceDate " (dd/mm/yyyy)" in the page's language, or "" when the source is undated
 * @param descriptionLang the {@code lang} attribute of the description: "" when it is in the page's
 *     language, "vi" on an English page of a framework with no English description
 * @param vietnameseLang the {@code lang} attribute of what frameworks write in Vietnamese only (the
 *     notes on encoding the source, the criteria's descriptions, the reasons for their
 *     measurement): "" on a Vietnamese page, "vi" on an English one
 */
public record CriteriaView(
    String title,
    String level,
    String appliesTo,
    String source,
    String sourceDate,
    TemplateHTMLOutputModel description,
    String descriptionLang,
    TemplateHTMLOutputModel sourceNote,
    String vietnameseLang,
    String totalPoints,
    Link methodology,
    Link form,
    List<Section> sections) {
  public CriteriaView {
    sections = List.copyOf(sections);
  }

  /**
   * A pillar, sub-group or priority sector.
   *
   * @param depth 0 for a pillar or sector, 1 and more for nested groups (heading level)
   * @param declared points as the source prints them, or ""
   * @param computed the sum of its base criteria's maxima
   */
  public record Section(
      String id,
      String name,
      int depth,
      boolean sector,
      String declared,
      String computed,
      String bonus,
      List<CriterionEntry> criteria) {
    public Section {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One criterion in the catalogue.
   *
   * @param nameLang the {@code lang} attribute of {@code name}: "vi" on an English page of a
   *     framework with no English name for it, else ""
   * @param max the maximum with its unit: "1 point", "5 points", "5 điểm"
   * @param method the method in words, cut where the language changes
   * @param evidenceDescription the framework's description of the evidence it asks for
   *     (Vietnamese), or ""
   * @param evidenceRule the evidence's kinds and whether it is required, in the page's language, or
   *     ""
   */
  public record CriterionEntry(
      String id,
      String name,
      String nameLang,
      String max,
      String sourcePoints,
      List<TextPart> method,
      List<Input> inputs,
      String evidenceDescription,
      String evidenceRule,
      String dataSource,
      String verifyingUnit,
      String leadOffice,
      String coordinatingOffices,
      boolean bonus,
      boolean notApplicableAllowed,
      TemplateHTMLOutputModel description,
      MeasurementText measurement) {
    public CriterionEntry {
      method = List.copyOf(method);
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * How a criterion's data are measured (issue #18): the kind's label and the framework's reason;
   * both "" when the framework does not say.
   *
   * @param kind "selfReported", "documentVerified", "thirdParty" or "" (for styling)
   */
  public record MeasurementText(String kind, String label, String reason) {}

  /**
   * An input definition: label, kind, unit of measure.
   *
   * @param labelLang the {@code lang} attribute of {@code label}, as {@code nameLang}
   */
  public record Input(String id, String label, String labelLang, String kind, String unit) {}
}
