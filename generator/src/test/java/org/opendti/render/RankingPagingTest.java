package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/**
 * A ranking table longer than a page is split into pages in rank order (issue #17: 9,900 rows in
 * one page took 36 s to load at a phone's speed). The fixture's tables are rendered two rows a
 * page: every unit is on exactly one page, in order; each page says where it is and links the
 * others; a scorecard links to the page that lists its unit; the sitemap lists every page. At the
 * default size the fixture's tables have one page each and no pager.
 */
class RankingPagingTest {

  private static final SiteInput input = SiteFixture.input();
  private static RenderedSite paged;
  private static RenderedSite whole;

  @BeforeAll
  static void render(@TempDir Path schemas) throws Exception {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    SiteRenderer.Builder b =
        SiteRenderer.builder().templates(Path.of("..", "site-templates")).schemas(schemas);
    paged = b.rankingRows(2).build().render(input);
    whole = SiteFixture.rendered(schemas);
  }

  private static Document html(RenderedSite site, String path) {
    return Jsoup.parse(site.text(path), "");
  }

  /** The site path a link on the page at {@code from} points to. */
  private static String resolve(String from, String href) {
    return URI.create("file:///site/" + from).resolve(href).getPath().substring("/site/".length());
  }

  private static List<Ranking> longTables() {
    List<Ranking> out = input.rankings().stream().filter(r -> r.entries().size() > 2).toList();
    assertThat(out).isNotEmpty();
    return out;
  }

  /**
   * The parent column's heading is the table's, the same on each of its pages and in each
   * language's words (computed once per table and language since 2026-12-05, not once per page).
   */
  @Test
  void everyPageOfATableHasItsParentHeading() {
    for (Ranking r : longTables()) {
      int pages = (r.entries().size() + 1) / 2;
      for (Lang lang : Lang.values()) {
        String first = html(whole, RankingPages.path(lang, r, 1)).select("thead th.parent").text();
        assertThat(first).as("%s %s", lang, r.periodId()).isNotEmpty();
        for (int n = 1; n <= pages; n++) {
          assertThat(html(paged, RankingPages.path(lang, r, n)).select("thead th.parent").text())
              .as("%s %s page %d", lang, r.periodId(), n)
              .isEqualTo(first);
        }
      }
      assertThat(html(paged, RankingPages.path(Lang.VI, r, pages)).select("thead th.parent").text())
          .isNotEqualTo(
              html(paged, RankingPages.path(Lang.EN, r, pages)).select("thead th.parent").text());
    }
  }

  @Test
  void everyUnitIsOnExactlyOnePageInRankOrder() {
    for (Lang lang : Lang.values()) {
      for (Ranking r : longTables()) {
        int pages = (r.entries().size() + 1) / 2;
        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
          String path = RankingPages.path(lang, r, n);
          assertThat(path).endsWith(n == 1 ? "all.html" : "all." + n + ".html");
          Document doc = html(paged, path);
          List<Element> rows = doc.select("table.ranking tbody tr");
          assertThat(rows.size()).isBetween(1, 2);
          for (Element row : rows) {
            String card = resolve(path, row.selectFirst("th a").attr("href"));
            listed.add(card.replaceAll(".*units/([^/]+)/.*", "$1"));
          }
        }
        assertThat(paged.contains(RankingPages.path(lang, r, pages + 1))).isFalse();
        assertThat(listed)
            .as("%s %s", lang, r.periodId())
            .containsExactlyElementsOf(r.entries().stream().map(RankEntry::unitId).toList());
      }
    }
  }

  @Test
  void eachPageSaysWhereItIsAndLinksTheOthers() {
    Ranking r = longTables().get(0);
    String first = RankingPages.path(Lang.VI, r, 1);
    String second = RankingPages.path(Lang.VI, r, 2);
    Document one = html(paged, first);
    Element nav = one.selectFirst("nav.pager[aria-label]");
    assertThat(nav.attr("aria-label")).isEqualTo("Các trang của bảng xếp hạng");
    assertThat(nav.selectFirst("p strong").text())
        .isEqualTo("Trang 1/2: hạng 1–" + r.entries().get(1).rank());
    assertThat(nav.select("a[rel=prev]")).isEmpty();
    assertThat(resolve(first, nav.selectFirst("a[rel=next]").attr("href"))).isEqualTo(second);
    assertThat(nav.select("details li strong[aria-current=page]").eachText())
        .containsExactly("Hạng 1–" + r.entries().get(1).rank());
    assertThat(resolve(first, nav.selectFirst("details li a").attr("href"))).isEqualTo(second);
    // Where any unit is: the unit search.
    assertThat(resolve(first, nav.selectFirst("p.hint a").attr("href"))).isEqualTo("search.html");
    assertThat(nav.selectFirst("p.hint").text()).contains("Bảng có 3 đơn vị, 2 đơn vị mỗi trang");
    // The page after: a way back, none further; the same steps under the table.
    Document two = html(paged, second);
    assertThat(resolve(second, two.selectFirst("nav.pager a[rel=prev]").attr("href")))
        .isEqualTo(first);
    assertThat(two.select("nav.pager a[rel=next]")).isEmpty();
    assertThat(two.select("p.pager a[rel=prev]")).hasSize(1);
    assertThat(two.title()).contains("Trang 2/2");
    // English.
    Document en = html(paged, RankingPages.path(Lang.EN, r, 2));
    assertThat(en.selectFirst("nav.pager").attr("aria-label")).isEqualTo("Pages of the ranking");
    assertThat(en.selectFirst("nav.pager p strong").text()).startsWith("Page 2 of 2: ranks ");
    // The sitemap lists both pages.
    assertThat(paged.text("sitemap.xml")).contains(first, second);
  }

  @Test
  void aScorecardLinksToThePageThatListsItsUnit() {
    Ranking r = longTables().get(0);
    RankEntry last = r.entries().get(r.entries().size() - 1);
    String card = SitePaths.scorecard(Lang.VI, last.unitId(), r.frameworkId(), r.periodId());
    String table = RankingPages.path(Lang.VI, r, 1).replace(".html", "");
    List<String> links =
        html(paged, card).select("a[href]").eachAttr("href").stream()
            .map(h -> resolve(card, h))
            .filter(p -> p.startsWith(table))
            .distinct()
            .toList();
    assertThat(links).containsExactly(RankingPages.path(Lang.VI, r, 2));
  }

  @Test
  void aTableThatFitsOnePageHasNoPager() {
    for (Ranking r : input.rankings()) {
      for (Lang lang : Lang.values()) {
        Document doc = html(whole, RankingPages.path(lang, r));
        assertThat(doc.select(".pager")).isEmpty();
        assertThat(doc.select("table.ranking tbody tr")).hasSize(r.entries().size());
        assertThat(whole.contains(RankingPages.path(lang, r, 2))).isFalse();
      }
    }
  }
}
