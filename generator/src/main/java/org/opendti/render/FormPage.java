package org.opendti.render;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** A unit id as {@code docs/formats.md} allows it, for the HTML {@code pattern} attribute. */
  static final String UNIT_PATTERN = "[a-z0-9][a-z0-9\\-]*";

  /** Interface text of the script: the keys of the messages files starting with this. */
  private static final String SCRIPT_KEYS = "form.";

  private FormPage() {}

  static String path(Lang lang, String framework) {
    return SitePaths.prefix(lang) + "forms/" + SitePaths.seg(framework) + ".html";
  }

  /**
   * @param repositoryUrl the project's repository ({@code https://github.com/<owner>/<repo>}), or
   *     null: then "Open on GitHub" is hidden
   */
  static FormView view(PageContext page, Framework fw, String repositoryUrl) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    Map<String, String> t = page.text();
    String here = page.path();
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
              kind,
              f.unit(),
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
    String newFile = newFileUrl(repositoryUrl);
    return new FormView(
        lang.pick(fw.title(), fw.titleEn()),
        fw.id(),
        index
            .input()
            .dataset()
            .registry()
            .level(fw.level())
            .map(l -> lang.pick(l.name(), l.nameEn()))
            .orElse(fw.level()),
        lang.points(fw.totalPoints()),
        new Link(
            lang.pick(fw.title(), fw.titleEn()),
            SitePaths.href(here, SitePaths.criteria(lang, fw.id()))),
        fw.periods().stream().map(Period::id).map(id -> new FormView.Option(id, id)).toList(),
        UNIT_PATTERN,
        profile,
        fw.aggregation().prioritySectors().stream()
            .map(s -> new FormView.Option(s.id(), lang.pick(s.name(), s.nameEn())))
            .toList(),
        sections,
        newFile != null,
        markup(FormData.json(fw, lang, newFile, scriptText)));
  }

  /** The data as markup: already safe for a script element ({@link FormData} escapes it). */
  private static freemarker.core.TemplateHTMLOutputModel markup(String json) {
    try {
      return freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup(json);
    } catch (freemarker.template.TemplateModelException e) {
      throw new SiteRenderException("Cannot embed the form data", e);
    }
  }

  private static FormView.CriterionForm criterion(Lang lang, Criterion c, Map<String, String> t) {
    String anchor = "c-" + c.id();
    List<FormView.Field> inputs = new ArrayList<>();
    List<String> options =
        c.method() instanceof Method.Choice ch
            ? ch.options().stream().map(Method.Option::id).toList()
            : List.of();
    for (InputDef d : FormInputs.of(c)) {
      List<FormView.Option> choices = new ArrayList<>();
      if (c.method() instanceof Method.Choice ch) {
        for (Method.Option o : ch.options()) {
          choices.add(
              new FormView.Option(
                  o.id(), o.label() == null ? o.id() : lang.pick(o.label(), o.labelEn())));
        }
      }
      inputs.add(
          field(
              anchor + "-" + d.id(),
              d.id(),
              lang.pick(d.label(), d.labelEn()),
              d.kind(),
              d.unit(),
              c.maxPoints(),
              options.isEmpty() ? List.of() : choices,
              true,
              t));
    }
    boolean required = c.evidence() != null && c.evidence().required();
    String evidence = "";
    if (c.evidence() != null) {
      List<String> parts = new ArrayList<>();
      if (c.evidence().description() != null) {
        parts.add(c.evidence().description());
      }
      if (!c.evidence().kinds().isEmpty()) {
        parts.add("(" + String.join(", ", c.evidence().kinds()) + ")");
      }
      evidence = String.join(" ", parts);
    }
    return new FormView.CriterionForm(
        c.id(),
        anchor,
        lang.pick(c.name(), c.nameEn()),
        lang.points(c.maxPoints()),
        c.maxPoints().stripTrailingZeros().toPlainString(),
        MethodText.describe(lang, c),
        c.bonus(),
        c.method() instanceof Method.Cohort,
        c.notApplicableAllowed(),
        required,
        evidence,
        inputs);
  }

  private static FormView.Field field(
      String id,
      String input,
      String label,
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
    String top =
        switch (kind) {
          case PERCENT -> "100";
          case POINTS -> max == null ? "" : max.toPlainString();
          default -> "";
        };
    return new FormView.Field(
        id,
        input,
        label,
        kind.jsonName(),
        t.getOrDefault("kind." + kind.jsonName(), kind.jsonName()),
        unit == null ? (kind == InputKind.PERCENT ? "%" : "") : unit,
        control,
        control.equals("number") ? "0" : "",
        top,
        kind == InputKind.COUNT ? "1" : control.equals("number") ? "any" : "",
        required,
        options);
  }

  /**
   * The host's new-file page of the repository's main branch, e.g. {@code
   * https://github.com/owner/repo/new/main}; null when no usable URL is configured.
   */
  static String newFileUrl(String repositoryUrl) {
    if (repositoryUrl == null || repositoryUrl.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(repositoryUrl.strip());
      String path = uri.getPath() == null ? "" : uri.getPath();
      path = path.replaceAll("/+$", "").replaceAll("\\.git$", "");
      String[] parts = path.replaceFirst("^/", "").split("/");
      boolean https = "https".equalsIgnoreCase(uri.getScheme());
      if (!https || uri.getHost() == null || parts.length != 2) {
        throw new IllegalArgumentException(
            "repositoryUrl must be https://<host>/<owner>/<repo>: " + repositoryUrl);
      }
      return "https://" + uri.getHost() + "/" + parts[0] + "/" + parts[1] + "/new/main";
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("repositoryUrl is not a URL: " + repositoryUrl, e);
    }
  }
}
