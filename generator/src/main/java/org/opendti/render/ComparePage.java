package org.opendti.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Period;
import org.opendti.model.RankingGroup;
import org.opendti.render.view.CompareView;
import org.opendti.render.view.DataFile;

/**
 * The compare page (issue #16 item 4): one page per language, not one per pair. Units, points and
 * ranks come from the cohort's list of units and the shards of its points ({@link CompareData}),
 * which the page's script reads; the page itself carries only what they do not: the names of the
 * pillars, criteria and ranking groups in the page's language, their maxima, and the interface
 * text. It links the cohort's whole {@code scores.json} as open data.
 */
final class ComparePage {

  /** Units compared at most, and at least. */
  static final int MAX_UNITS = 4;

  static final int MIN_UNITS = 2;

  /** Interface texts the script shows, by key of the messages. */
  private static final List<String> SCRIPT_TEXT =
      List.of(
          "total",
          "rank",
          "maxAbbr",
          "criterion",
          "compareBest",
          "compareNoScore",
          "compareSample",
          "comparePickMore",
          "compareSameUnit",
          "compareLoadError",
          "compareCaption",
          "compareLoading",
          "compareUnitLabel",
          "compareNoMatch");

  private ComparePage() {}

  static String path(Lang lang) {
    return SitePaths.prefix(lang) + "compare.html";
  }

  static CompareView view(PageContext page) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("min", MIN_UNITS);
    root.put("max", MAX_UNITS);
    ObjectNode text = root.putObject("text");
    for (String key : SCRIPT_TEXT) {
      text.put(key, page.t(key));
    }
    ObjectNode cohorts = root.putObject("cohorts");
    List<CompareView.Option> options = new ArrayList<>();
    List<DataFile> files = new ArrayList<>();
    for (Framework fw : index.frameworks()) {
      for (Period p : index.publishedPeriods(fw)) {
        String value = fw.id() + "/" + p.id();
        String scores = SitePaths.data(fw.id(), p.id(), "scores.json");
        String inPeriod = page.titleInPeriod(fw, p);
        files.add(page.dataFile(inPeriod + " (" + page.text().get("openDataJson") + ")", scores));
        if (!index.hasPages(fw.id(), p.id())) {
          // An archived period keeps its open data, not the comparison (it links to scorecards).
          continue;
        }
        options.add(new CompareView.Option(value, inPeriod));
        ObjectNode c = cohorts.putObject(value);
        c.put("src", page.href(CompareData.unitsPath(fw, p)));
        c.put("title", inPeriod);
        c.put("totalMax", lang.points(fw.totalPoints()));
        c.put("scorecard", page.href(SitePaths.scorecard(lang, "UNIT", fw.id(), p.id())));
        ObjectNode groups = c.putObject("groups");
        for (RankingGroup g : fw.rankingGroups()) {
          groups.put(g.id(), page.groupName(g));
        }
        ArrayNode pillars = c.putArray("pillars");
        CriterionTexts texts = index.criterionTexts(lang, fw);
        for (Group g : fw.pillars()) {
          ObjectNode pn = pillars.addObject();
          pn.put("id", g.id());
          pn.put("name", g.id() + ". " + lang.pick(g.name(), g.nameEn()));
          putLang(pn, lang.attributeOfPick(g.nameEn()));
          pn.put("max", lang.points(g.basePoints()));
          ArrayNode criteria = pn.putArray("criteria");
          for (Criterion cr : texts.criteriaOf(g)) {
            ObjectNode cn = criteria.addObject();
            cn.put("id", cr.id());
            cn.put("name", cr.id() + " " + texts.of(cr).name());
            putLang(cn, texts.of(cr).nameLang());
            cn.put("max", lang.points(cr.maxPoints()));
          }
        }
      }
    }
    return new CompareView(options, FormPage.markup(FormData.scriptSafe(root)), files);
  }

  /**
   * The {@code lang} of a name the framework gives in Vietnamese only, on an English page ("vi"),
   * for the script to mark it; nothing where the name is in the page's language.
   */
  private static void putLang(ObjectNode node, String lang) {
    if (!lang.isEmpty()) {
      node.put("lang", lang);
    }
  }
}
