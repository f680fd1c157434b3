package org.opendti.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Aggregation;
import org.opendti.model.Classification;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.PrioritySector;
import org.opendti.model.RankingGroup;
import org.opendti.render.view.CriteriaView;
import org.opendti.render.view.Link;
import org.opendti.render.view.MethodologyView;
import org.opendti.render.view.TextPart;

/** The criteria catalogue and the methodology page of a framework. */
final class CriteriaPages {

  private CriteriaPages() {}

  static CriteriaView catalogue(PageContext page, Framework fw) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    List<CriteriaView.Section> sections = new ArrayList<>();
    for (Group p : fw.pillars()) {
      addGroup(page, fw, p, 0, false, sections);
    }
    for (PrioritySector s : fw.aggregation().prioritySectors()) {
      List<CriteriaView.CriterionEntry> entries =
          s.criteria().stream().map(c -> entry(page, fw, c)).toList();
      sections.add(
          new CriteriaView.Section(
              s.id(),
              lang.pick(s.name(), s.nameEn()),
              0,
              true,
              lang.points(s.points()),
              lang.points(
                  s.criteria().stream()
                      .map(Criterion::maxPoints)
                      .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)),
              "",
              entries));
    }
    return new CriteriaView(
        lang.pick(fw.title(), fw.titleEn()),
        index
            .input()
            .dataset()
            .registry()
            .level(fw.level())
            .map(l -> lang.pick(l.name(), l.nameEn()))
            .orElse(fw.level()),
        fw.appliesTo() == null ? "" : page.unitName(fw.appliesTo()),
        fw.source().authority() + ", " + fw.source().document(),
        fw.source().date() == null ? "" : " (" + lang.date(fw.source().date()) + ")",
        Markdown.render(
            page.plain(
                lang.picked(fw.descriptionEn()), lang.pick(fw.description(), fw.descriptionEn()))),
        lang.attributeOfPick(fw.descriptionEn()),
        Markdown.render(page.plain(Lang.VI, fw.source().note())),
        lang.attribute(Lang.VI),
        lang.points(fw.totalPoints()),
        new Link("", SitePaths.href(here, SitePaths.methodology(lang, fw.id()))),
        new Link("", SitePaths.href(here, FormPage.path(lang, fw.id()))),
        sections);
  }

  /** Pillars and nested groups flattened depth-first, each with its own direct criteria. */
  private static void addGroup(
      PageContext page,
      Framework fw,
      Group g,
      int depth,
      boolean sector,
      List<CriteriaView.Section> into) {
    Lang lang = page.lang();
    into.add(
        new CriteriaView.Section(
            g.id(),
            lang.pick(g.name(), g.nameEn()),
            depth,
            sector,
            g.declaredPoints() == null ? "" : lang.points(g.declaredPoints()),
            lang.points(g.basePoints()),
            g.bonusPoints().signum() == 0 ? "" : lang.points(g.bonusPoints()),
            g.criteria().stream().map(c -> entry(page, fw, c)).toList()));
    for (Group child : g.groups()) {
      addGroup(page, fw, child, depth + 1, sector, into);
    }
  }

  private static CriteriaView.CriterionEntry entry(PageContext page, Framework fw, Criterion c) {
    Lang lang = page.lang();
    CriterionTexts texts = page.index().criterionTexts(lang, fw);
    CriterionTexts.Entry t = texts.of(c);
    List<CriteriaView.Input> inputs = new ArrayList<>();
    for (String id : c.method().inputIds()) {
      InputDef def = c.input(id).orElse(null);
      inputs.add(
          new CriteriaView.Input(
              id,
              texts.label(t, c, id),
              t.inputLang(id),
              def == null || def.kind() == null ? "" : def.kind().jsonName(),
              def == null ? "" : Objects.toString(lang.pick(def.unit(), def.unitEn()), "")));
    }
    // The framework's description of the evidence (Vietnamese only, marked on an English page)
    // and, in the page's language, its kinds and whether it is required.
    String evidenceRule = "";
    if (c.evidence() != null) {
      List<String> parts = new ArrayList<>();
      if (!c.evidence().kinds().isEmpty()) {
        parts.add(PlainLanguage.evidenceKinds(page.text(), c.evidence().kinds()));
      }
      if (c.evidence().required()) {
        parts.add(lang.pick("— bắt buộc", "— required"));
      }
      evidenceRule = String.join(" ", parts);
    }
    return new CriteriaView.CriterionEntry(
        c.id(),
        t.name(),
        t.nameLang(),
        t.max()
            + " "
            + page.t(
                c.maxPoints().compareTo(java.math.BigDecimal.ONE) == 0
                    ? "pointsUnitOne"
                    : "pointsUnit"),
        c.sourcePoints() == null ? "" : c.sourcePoints(),
        t.method(),
        inputs,
        c.evidence() == null ? "" : nz(c.evidence().description()),
        evidenceRule,
        nz(c.dataSource()),
        nz(c.verifyingUnit()),
        nz(c.leadOffice()),
        String.join(", ", c.coordinatingOffices()),
        c.bonus(),
        c.notApplicableAllowed(),
        Markdown.render(page.plain(Lang.VI, c.description())),
        MeasurementShares.text(page, fw, c));
  }

  static MethodologyView methodology(PageContext page, Framework fw) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    Aggregation agg = fw.aggregation();
    String file = "criteria/" + fw.id() + ".json";
    List<MethodologyView.Finding> findings = new ArrayList<>();
    for (Diagnostic d : index.input().diagnostics().forFile(file)) {
      // for the public: what the checker found, in words; where and which rule are for
      // maintainers (dti:validate prints them)
      findings.add(
          new MethodologyView.Finding(
              d.severity().name().toLowerCase(java.util.Locale.ROOT),
              page.t("severity." + d.severity().name().toLowerCase(java.util.Locale.ROOT)),
              d.messagePieces(lang).stream()
                  .map(
                      p ->
                          p.lang() == lang
                              ? new TextPart(PlainLanguage.seeds(page.text(), p.text()), "")
                              : new TextPart(p.text(), lang.attribute(p.lang())))
                  .toList()));
    }
    return new MethodologyView(
        lang.pick(fw.title(), fw.titleEn()),
        new Link(
            lang.pick(fw.title(), fw.titleEn()),
            SitePaths.href(here, SitePaths.criteria(lang, fw.id()))),
        lang.points(fw.totalPoints()),
        agg.rescaleNotApplicable(),
        agg.bonus().name(),
        agg.prioritySectors().stream()
            .map(
                s ->
                    new MethodologyView.Sector(
                        lang.pick(s.name(), s.nameEn()), lang.points(s.points())))
            .toList(),
        agg.classification().stream().map(c -> band(lang, fw, c)).toList(),
        fw.rankingGroups().stream().map(g -> group(page, g)).toList(),
        findings,
        RankIntervalText.methodology(lang, fw));
  }

  private static MethodologyView.Band band(Lang lang, Framework fw, Classification c) {
    return new MethodologyView.Band(
        lang.pick(c.label(), c.labelEn()),
        lang.percent(c.minShare().movePointRight(2)),
        lang.points(c.minShare().multiply(fw.totalPoints())));
  }

  private static MethodologyView.Group group(PageContext page, RankingGroup g) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String by =
        RankingGroup.ALL.equals(g.by()) || RankingGroup.PARENT.equals(g.by())
            ? g.by()
            : index
                .input()
                .dataset()
                .registry()
                .level(g.by())
                .map(l -> lang.pick(l.name(), l.nameEn()))
                .orElse(g.by());
    return new MethodologyView.Group(page.groupName(g), by);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
