package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.UsageException;

/**
 * A site that keeps pages for its latest period only ({@link SiteRenderer.Builder#pagePeriods}):
 * the fixture's 2023 is archived, 2024 has pages. What a site past its host's limit publishes
 * (README, "Site size on a Pages host").
 */
class ArchivedPeriodsTest {

  static RenderedSite whole;
  static RenderedSite latest;

  @BeforeAll
  static void render(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    // The fixture's 2023 scores have no submission but this one, as a repository's all would.
    SiteInput input = SiteFixture.withSubmission(SiteFixture.input(), "xa-a1", "2023");
    whole = SiteRendererTest.renderer(schemas, null).render(input);
    latest =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .schemas(schemas)
            .pagePeriods(1)
            .build()
            .render(input);
  }

  private static List<String> paths(RenderedSite site, String containing) {
    return site.files().keySet().stream().filter(p -> p.contains(containing)).toList();
  }

  @Test
  void theOlderPeriodHasNoPagesAndTheLatestKeepsThemAll() {
    assertThat(paths(whole, "xa-mau-2023.html")).isNotEmpty();
    assertThat(paths(latest, "xa-mau-2023.html")).isEmpty();
    assertThat(paths(whole, "rankings/xa-mau/2023/")).isNotEmpty();
    assertThat(paths(latest, "rankings/xa-mau/2023/")).isEmpty();
    assertThat(paths(latest, "reviewers/xa-mau-2023")).isEmpty();
    // Every 2024 page of the whole site is there, and nothing the whole site lacks.
    List<String> pages2024 =
        whole.files().keySet().stream()
            .filter(p -> p.endsWith(".html") && p.contains("2024"))
            .toList();
    assertThat(pages2024).isNotEmpty();
    assertThat(latest.files().keySet()).containsAll(pages2024);
    assertThat(whole.files().keySet()).containsAll(latest.files().keySet());
  }

  @Test
  void theOlderPeriodsOpenDataIsPublishedByteForByte() {
    List<String> data =
        whole.files().keySet().stream()
            .filter(p -> p.startsWith("data/xa-mau/2023/") && !p.contains("/compare/"))
            .toList();
    // The compare page's shards are the only data left out: no page compares an archived period.
    assertThat(paths(whole, "data/xa-mau/2023/compare/")).isNotEmpty();
    assertThat(data)
        .contains(
            "data/xa-mau/2023/scores.csv",
            "data/xa-mau/2023/scores.xlsx",
            "data/xa-mau/2023/scores.json",
            "data/xa-mau/2023/insights.json");
    assertThat(data).anyMatch(p -> p.startsWith("data/xa-mau/2023/submissions/"));
    for (String p : data) {
      assertThat(latest.contains(p)).as(p).isTrue();
      assertThat(latest.files().get(p)).as(p).isEqualTo(whole.files().get(p));
    }
  }

  @Test
  void everyLinkStillResolves() {
    assertThat(SiteRendererTest.brokenLinks(latest)).isEmpty();
  }

  @Test
  void aScorecardsHistoryKeepsTheArchivedTotalAndLinksItsOpenData() {
    for (Lang lang : Lang.values()) {
      String prefix = lang == Lang.EN ? "en/" : "";
      String page = prefix + "units/xa-a1/xa-mau-2024.html";
      Document doc = Jsoup.parse(latest.text(page), "");
      Document before = Jsoup.parse(whole.text(page), "");
      Element cell = periodCell(doc, "2023");
      Element was = periodCell(before, "2023");
      // The same total, rank, table and classification as on the whole site.
      assertThat(cell.nextElementSiblings().eachText())
          .isEqualTo(was.nextElementSiblings().eachText());
      // There the period linked its scorecard; here it is marked archived and links its open data.
      assertThat(was.select("a").eachAttr("href")).containsExactly("xa-mau-2023.html");
      assertThat(cell.ownText())
          .isEqualTo(lang == Lang.VI ? "2023 (đã lưu trữ)" : "2023 (archived)");
      // One link a line (a list), not a bracketed sentence of links in a narrow column.
      assertThat(cell.select("ul.archived-data > li > a")).hasSize(2);
      assertThat(
              cell.select("a").stream()
                  .map(a -> URI.create("file:///site/" + page).resolve(a.attr("href")).getPath())
                  .toList())
          .containsExactly(
              "/site/data/xa-mau/2023/scores.xlsx",
              "/site/data/xa-mau/2023/submissions/xa-a1.json");
      assertThat(cell.select("a").eachText())
          .containsExactly(
              lang == Lang.VI ? "điểm (Excel)" : "scores (Excel)",
              lang == Lang.VI ? "số liệu đã gửi (JSON)" : "submitted data (JSON)");
      // The current period is not archived, and a note says what archived means.
      assertThat(periodCell(doc, "2024").select("a")).isEmpty();
      assertThat(doc.select("#history ~ p.note").text())
          .startsWith(lang == Lang.VI ? "Kỳ đã lưu trữ không còn trang chi tiết" : "An archived");
      assertThat(before.select("#history ~ p.note")).isEmpty();
      assertThat(periodCell(before, "2024").text()).isEqualTo("2024");
    }
  }

  /** The history table's period cell that starts with {@code period}. */
  private static Element periodCell(Document doc, String period) {
    return doc.select("table.history td").stream()
        .filter(td -> td.text().equals(period) || td.text().startsWith(period + " ("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no history row for " + period));
  }

  @Test
  void searchSitemapFeedAndCompareNameNoArchivedPage() {
    for (String file : latest.files().keySet()) {
      if (file.startsWith("search") || file.startsWith("sitemap") || file.equals("feed.xml")) {
        assertThat(latest.text(file)).as(file).doesNotContain("xa-mau-2023", "xa-mau/2023");
      }
    }
    assertThat(whole.text("feed.xml")).contains("urn:opendti:xa-mau:2023");
    for (String compare : List.of("compare.html", "en/compare.html")) {
      Document doc = Jsoup.parse(latest.text(compare), "");
      assertThat(doc.select("option").eachAttr("value")).doesNotContain("xa-mau/2023");
      assertThat(doc.select("option").eachAttr("value")).contains("xa-mau/2024");
      // Its open data is still offered.
      assertThat(doc.select("a").eachAttr("href"))
          .anyMatch(h -> h.endsWith("data/xa-mau/2023/scores.json"));
    }
    assertThat(paths(latest, "data/xa-mau/2023/compare/")).isEmpty();
    assertThat(paths(latest, "data/xa-mau/2024/compare/")).isNotEmpty();
  }

  /**
   * An old link to an archived scorecard lands on the 404 page, which says why and where to look.
   */
  @Test
  void theNotFoundPageSaysPeriodsMayBeArchivedOnlyWhereTheyAre() {
    for (String page : List.of("404.html", "en/404.html")) {
      Document doc = Jsoup.parse(latest.text(page), "");
      Element link = doc.selectFirst("main a[href$=search.html]");
      assertThat(link).as(page).isNotNull();
      assertThat(link.attr("href"))
          .isEqualTo(page.startsWith("en/") ? "../en/search.html" : "search.html");
      assertThat(link.parent().text())
          .startsWith(
              page.startsWith("en/")
                  ? "If this was a scorecard of an older period"
                  : "Nếu đây là phiếu điểm của một kỳ cũ");
      assertThat(Jsoup.parse(whole.text(page), "").select("main a[href$=search.html]")).isEmpty();
    }
  }

  @Test
  void theOverviewListsOnlyPeriodsWithPages() {
    String path = OverviewPage.path(Lang.VI, "xa-mau", "2024");
    assertThat(Jsoup.parse(whole.text(path), "").select("a").eachAttr("href"))
        .anyMatch(h -> h.contains("2023"));
    assertThat(Jsoup.parse(latest.text(path), "").select("a").eachAttr("href"))
        .noneMatch(h -> h.contains("2023"));
  }

  @Test
  void aNegativeCountIsRefusedInVietnameseFirst() {
    assertThatThrownBy(() -> SiteRenderer.builder().pagePeriods(-1))
        .isInstanceOf(UsageException.class)
        .satisfies(
            e ->
                assertThat(((UsageException) e).text().in(Lang.VI))
                    .isEqualTo(
                        "Số kỳ có trang (dti.pagePeriods) phải là 0 (mọi kỳ) hoặc một số dương: -1"));
  }
}
