package org.opendti.render;

import java.util.Map;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.RankingGroup;
import org.opendti.rank.Ranking;
import org.opendti.render.view.DataFile;

/**
 * What every page builder needs, in one value instead of threaded arguments: the site's index, the
 * page's language, the page's own path (every link on it is relative to that path) and the
 * interface text of its language.
 *
 * <pre>{@code
 * PageContext page =
 *     new PageContext(index, Lang.VI, "units/nga-nam/nga-nam-2024-2023.html", messages);
 * page.href(SitePaths.home(page.lang())); // "../../index.html"
 * }</pre>
 *
 * @param path repository-relative path of the page being built, e.g. {@code en/search.html}
 * @param messages interface text of each language, by key ({@code messages_<lang>.properties})
 */
record PageContext(
    SiteIndex index, Lang lang, String path, Map<Lang, Map<String, String>> messages) {

  PageContext {
    messages = Map.copyOf(messages);
  }

  /** The interface text of the page's language. */
  Map<String, String> text() {
    return messages.get(lang);
  }

  /**
   * The interface text of {@code textLang}: the words put into a framework's text written in that
   * language (a Vietnamese note on an English page names its documents in Vietnamese).
   */
  Map<String, String> text(Lang textLang) {
    return messages.get(textLang);
  }

  /**
   * A maintainer's Markdown written in {@code textLang} in the public's words ({@link
   * PlainLanguage#markdown}): its seeds, fields and units named in that language.
   */
  String plain(Lang textLang, String markdown) {
    return PlainLanguage.markdown(text(textLang), id -> index.unitName(id, textLang), markdown);
  }

  /** A link from this page to {@code target} (a site path), relative. */
  String href(String target) {
    return SitePaths.href(path, target);
  }

  /**
   * A link from this page to a published data file ({@code target}, a site path) that the browser
   * saves under a name saying what it is ({@link SitePaths#savedName}), not "scores.csv".
   */
  DataFile dataFile(String label, String target) {
    return new DataFile(label, href(target), SitePaths.savedName(target));
  }

  /** The Vietnamese or the English text, by the page's language (Vietnamese when no English). */
  String pick(String vi, String en) {
    return lang.pick(vi, en);
  }

  /** An interface text of the page's language. */
  String t(String key) {
    return text().get(key);
  }

  /**
   * A framework's title with a period, as every page of a period names it: "… · Kỳ 2024" / "… ·
   * Period 2024". Not "… 2024": a framework's title may end in a year of its own ("…, Lạc Đạo
   * 2024"), which the period's id would repeat.
   */
  String titleInPeriod(Framework fw, Period p) {
    return pick(fw.title(), fw.titleEn()) + " · " + t("period") + " " + p.id();
  }

  /**
   * A ranking group's name in the page's language, with "(tham khảo)" / "(for reference)" when its
   * framework has it for reference only ({@link RankingGroup#reference}), wherever the site names
   * it.
   */
  String groupName(RankingGroup g) {
    return groupName(g, lang, text());
  }

  /** {@link #groupName(RankingGroup)} in {@code lang}, whose interface text is {@code text}. */
  static String groupName(RankingGroup g, Lang lang, Map<String, String> text) {
    String name = lang.pick(g.name(), g.nameEn());
    return g.reference() ? name + " (" + text.get("rankingReference") + ")" : name;
  }

  /** A ranking table's title: its group's name, and its partition's unit when it has one. */
  String tableTitle(Ranking r) {
    String group = groupName(r.group());
    return r.partitionUnitId() == null ? group : group + " — " + unitName(r.partitionUnitId());
  }

  /** A unit's name in the page's language; its id when the registry does not know it. */
  String unitName(String unitId) {
    return index.unitName(unitId, lang);
  }

  /** The same context for another page of the same language. */
  PageContext at(String otherPath) {
    return new PageContext(index, lang, otherPath, messages);
  }
}
