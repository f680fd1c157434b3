package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.ProfileField;
import org.opendti.render.view.FormView;
import org.opendti.render.view.Link;

/**
 * The submission form of a framework, {@code forms/<framework>.html}: what a unit fills in for
 * {@code submissions/<framework>/<period>/<unit>.json} ({@code docs/formats.md}, Submission).
 */
final class FormPage {

  /** Interface text of the script: the keys of the messages files starting with this. */
  private static final String SCRIPT_KEYS = "form.";

  private FormPage() {}

  static String path(Lang lang, String framework) {
    return SitePaths.prefix(lang) + "forms/" + SitePaths.seg(framework) + ".html";
  }

  /**
   * @param repositoryUrl the project's repository ({@code https://github.com/<owner>/<repo>}), or
   *     null: then the form offers the download and the steps without the host's pages
   */
  static FormView view(PageContext page, Framework fw, String repositoryUrl) {
    Lang lang = page.lang();
    Map<String, String> t = page.text();
    List<FormView.Section> sections = new ArrayList<>();
    for (Group pillar : fw.pillars()) {
      sections.add(
          new FormView.Section(
              pillar.id(),
              lang.pick(pillar.name(), pillar.nameEn()),
              false,
              pillar.allCriteria().map(c -> criterion(lang, c, t)).toList()));
    }
    for (PrioritySector s : fw.aggregation().prioritySectors()) {
      sections.add(
          new FormView.Section(
              s.id(),
              lang.pick(s.name(), s.nameEn()),
              true,
              s.criteria().stream().map(c -> criterion(lang, c, t)).toList()));
    }
    List<FormView.Field> profile = new ArrayList<>();
    for (ProfileField f : fw.profileFields()) {
      InputKind kind = f.kind() == null ? InputKind.NUMBER : f.kind();
      profile.add(
          field(
              "p-" + f.id(),
              f.id(),
              lang.pick(f.label(), f.labelEn()),
              lang.attributeOfPick(f.labelEn()),
              kind,
              lang.pick(f.unit(), f.unitEn()),
              null,
              List.of(),
              f.required(),
              t));
    }
    Map<String, String> scriptText = new TreeMap<>();
    t.forEach(
        (k, v) -> {
          if (k.startsWith(SCRIPT_KEYS)) {
            scriptText.put(k.substring(SCRIPT_KEYS.length()), v);
          }
        });
    String template = page.href(FormTemplate.path(lang, fw.id()));
    List<FormUnits.Choice> units = FormUnits.of(page, fw);
    FormLinks links = FormLinks.repository(repositoryUrl, lang).withTemplate(template);
    return new FormView(
        lang.pick(fw.title(), fw.titleEn()),
        fw.id(),
        page.index()
            .input()
            .dataset()
            .registry()
            .level(fw.level())
            .map(l -> lang.pick(l.name(), l.nameEn()))
            .orElse(fw.level()),
        lang.points(fw.totalPoints()),
        new Link(lang.pick(fw.title(), fw.titleEn()), page.href(SitePaths.criteria(lang, fw.id()))),
        fw.periods().stream()
            .map(p -> new FormView.Option(p.id(), periodLabel(lang, p, t), ""))
            .toList(),
        profile,
        fw.aggregation().prioritySectors().stream()
            .map(
                s ->
                    new FormView.Option(
                        s.id(), lang.pick(s.name(), s.nameEn()), lang.attributeOfPick(s.nameEn())))
            .toList(),
        sections,
        links.newFile() != null,
        template,
        links.guide() == null ? "" : links.guide(),
        markup(
            FormData.json(
                fw,
                lang,
                links,
                units,
                FormUnits.dataRoot(page, fw),
                page.href(FormTemplate.sheetPath(lang, fw.id())),
                scriptText)));
  }

  /** "2023: 15/11/2022 – 14/11/2023, hạn nộp 25/11/2023". */
  static String periodLabel(Lang lang, Period p, Map<String, String> t) {
    String label = p.id() + ": " + lang.date(p.start()) + " – " + lang.date(p.end());
    return p.deadline() == null
        ? label
        : label + ", " + t.get("formDeadline") + " " + lang.date(p.deadline());
  }

  /** The data as markup: already safe for a script element ({@link FormData} escapes it). */
  static freemarker.core.TemplateHTMLOutputModel markup(String json) {
    try {
      return freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup(json);
    } catch (freemarker.template.TemplateModelException e) {
      throw new SiteRenderException("Cannot embed the form data", e);
    }
  }

  private static FormView.CriterionForm criterion(Lang lang, Criterion c, Map<String, String> t) {
    String anchor = "c-" + c.id();
    List<FormView.Field> inputs = new ArrayList<>();
    List<FormView.Option> choices = new ArrayList<>();
    if (c.method() instanceof Method.Choice ch) {
      for (Method.Option o : ch.options()) {
        choices.add(
            new FormView.Option(
                o.id(),
                lang.pick(o.labelOrId(), o.labelEn()),
                // an option without a label is shown by its id, in no language
                o.label() == null ? "" : lang.attributeOfPick(o.labelEn())));
      }
    }
    for (InputDef d : FormInputs.of(c)) {
      inputs.add(
          field(
              anchor + "-" + d.id(),
              d.id(),
              lang.pick(d.label(), d.labelEn()),
              lang.attributeOfPick(d.labelEn()),
              d.kind(),
              lang.pick(d.unit(), d.unitEn()),
              c.maxPoints(),
              choices,
              true,
              t));
    }
    boolean required = c.evidence() != null && c.evidence().required();
    String evidenceDescription = "";
    String evidenceKinds = "";
    if (c.evidence() != null) {
      evidenceDescription = Objects.toString(c.evidence().description(), "");
      if (!c.evidence().kinds().isEmpty()) {
        evidenceKinds = PlainLanguage.evidenceKinds(t, c.evidence().kinds());
      }
    }
    return new FormView.CriterionForm(
        c.id(),
        anchor,
        lang.pick(c.name(), c.nameEn()),
        lang.attributeOfPick(c.nameEn()),
        lang.points(c.maxPoints()),
        c.maxPoints().stripTrailingZeros().toPlainString(),
        MethodText.parts(lang, c),
        c.bonus(),
        c.method() instanceof Method.Cohort,
        reviewersScore(c) ? scorer(c, t) : "",
        reviewersScore(c) && namesItsVerifier(c) ? lang.attribute(Lang.VI) : "",
        c.notApplicableAllowed(),
        required,
        evidenceDescription,
        evidenceKinds,
        inputs);
  }

  /** An assessed criterion whose points only the inspection team gives. */
  static boolean reviewersScore(Criterion c) {
    return c.method() instanceof Method.Assessed a && a.scoredBy() == Method.ScoredBy.REVIEWERS;
  }

  /** Who gives the points: the criterion's verifying unit, or the inspection team. */
  private static String scorer(Criterion c, Map<String, String> t) {
    return namesItsVerifier(c) ? c.verifyingUnit() : t.get("formInspectionTeam");
  }

  private static boolean namesItsVerifier(Criterion c) {
    return c.verifyingUnit() != null && !c.verifyingUnit().isBlank();
  }

  private static FormView.Field field(
      String id,
      String input,
      String label,
      String labelLang,
      InputKind kind,
      String unit,
      BigDecimal max,
      List<FormView.Option> options,
      boolean required,
      Map<String, String> t) {
    String control =
        switch (kind) {
          case BOOLEAN -> "radio";
          case CHOICE -> "select";
          case DATE -> "date";
          default -> "number";
        };
    return new FormView.Field(
        id,
        input,
        label,
        labelLang,
        kind.jsonName(),
        t.getOrDefault("kind." + kind.jsonName(), kind.jsonName()),
        unit == null ? (kind == InputKind.PERCENT ? "%" : "") : unit,
        control,
        kind == InputKind.COUNT ? "numeric" : control.equals("number") ? "decimal" : "",
        max == null || kind != InputKind.POINTS ? "" : max.stripTrailingZeros().toPlainString(),
        required,
        kind == InputKind.CHOICE ? options : List.of());
  }
}
