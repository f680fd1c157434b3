package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.UsageException;
import org.opendti.model.Answer;
import org.opendti.model.Submission;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;

class SiteRendererTest {

  static final Path TEMPLATES = Path.of("..", "site-templates");
  static SiteInput input;
  static RenderedSite site;

  @BeforeAll
  static void render(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    input = SiteFixture.input();
    site = renderer(schemas, null).render(input);
  }

  static SiteRenderer renderer(Path schemas, String baseUrl) {
    return SiteRenderer.builder().templates(TEMPLATES).schemas(schemas).baseUrl(baseUrl).build();
  }

  static Document html(String path) {
    return Jsoup.parse(site.text(path), "");
  }

  /** The review, evidence and notes row that follows a scorecard's criterion row. */
  static Element detail(Element criterionRow) {
    Element next = criterionRow.nextElementSibling();
    assertThat(next).as("detail row after " + criterionRow.id()).isNotNull();
    assertThat(next.hasClass("detail")).as("detail row after " + criterionRow.id()).isTrue();
    return next;
  }

  static List<String> htmlPages() {
    return site.files().keySet().stream().filter(p -> p.endsWith(".html")).toList();
  }

  @Test
  void rendersExpectedPages() {
    assertThat(site.files().keySet())
        .contains(
            "index.html",
            "en/index.html",
            "404.html",
            "en/404.html",
            "rankings/xa-mau/2024/all.html",
            "rankings/xa-mau/2024/by-district-huyen-a.html",
            "en/rankings/xa-mau/2023/by-district-huyen-b.html",
            "units/xa-a1/xa-mau-2024.html",
            "en/units/xa-b2/xa-mau-2024.html",
            "criteria/xa-mau.html",
            "criteria/xa-mau-methodology.html",
            "data/xa-mau/2024/scores.csv",
            "data/xa-mau/2024/scores.xlsx",
            "data/xa-mau/2024/scores.json",
            "data/datapackage.json",
            "data/units.json",
            "data/schemas/framework.schema.json",
            "assets/site.css",
            "assets/site.js",
            "sitemap.xml",
            "feed.xml");
  }

  @Test
  void everyInternalLinkResolves() {
    assertThat(brokenLinks(site)).isEmpty();
  }

  /**
   * Every link and source of the site's pages that names no file of the site or no id on its page.
   */
  static List<String> brokenLinks(RenderedSite site) {
    List<String> broken = new ArrayList<>();
    for (String page : site.files().keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
      Document doc = Jsoup.parse(site.text(page), "");
      for (Element e : doc.select("[href], [src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")) {
          continue;
        }
        String noFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        if (noFragment.isEmpty()) {
          assertThat(doc.getElementById(url.substring(1))).as(page + " " + url).isNotNull();
          continue;
        }
        String resolved = URI.create("file:///site/" + page).resolve(noFragment).getPath();
        if (!resolved.startsWith("/site/")
            || !site.contains(resolved.substring("/site/".length()))) {
          broken.add(page + " -> " + url);
        }
      }
    }
    return broken;
  }

  @Test
  void everyPageParsesWithoutHtmlErrors() {
    for (String page : htmlPages()) {
      org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(20);
      Jsoup.parse(site.text(page), "", parser);
      assertThat(parser.getErrors()).as(page).isEmpty();
      assertThat(site.text(page)).as(page).startsWith("<!DOCTYPE html>\n<html lang=");
    }
  }

  @Test
  void everyPageHasLanguageSwitchCspAndLandmarks() {
    for (String page : htmlPages()) {
      Document doc = html(page);
      boolean en = page.startsWith("en/");
      assertThat(doc.selectFirst("html").attr("lang")).as(page).isEqualTo(en ? "en" : "vi");
      assertThat(doc.select("meta[charset]")).as(page).hasSize(1);
      assertThat(doc.select("meta[name=viewport]")).as(page).hasSize(1);
      assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .contains("default-src 'self'", "script-src 'self'", "object-src 'none'");
      assertThat(doc.select("h1")).as(page).hasSize(1);
      assertThat(doc.select("a.skip-link[href=#main]")).as(page).hasSize(1);
      Element alt = doc.selectFirst("nav a[hreflang]");
      String target = URI.create("file:///site/" + page).resolve(alt.attr("href")).getPath();
      String expected = en ? page.substring(3) : "en/" + page;
      assertThat(target).as(page).isEqualTo("/site/" + expected);
    }
  }

  @Test
  void everyPageHasItsOwnDescriptionAndAnIcon() {
    Map<String, String> seen = new java.util.TreeMap<>();
    for (String page : htmlPages()) {
      Document doc = html(page);
      String description = doc.select("meta[name=description]").attr("content");
      assertThat(description).as(page).hasSizeBetween(50, 220).doesNotContain("{");
      assertThat(doc.select("link[rel=icon]").attr("href")).as(page).endsWith("favicon.svg");
      // Pages of one kind differ by what they show, so do their descriptions.
      String other = seen.put(description, page);
      assertThat(other).as("%s has the description of %s", page, other).isNull();
    }
    Document scorecard = html("units/xa-a1/xa-mau-2024.html");
    assertThat(scorecard.select("meta[name=description]").attr("content"))
        .startsWith("Phiếu điểm chuyển đổi số của " + scorecard.selectFirst("h1").text() + ", kỳ")
        .contains(scorecard.selectFirst("dd.total strong").text());
    assertThat(html("en/rankings/xa-mau/2024/all.html").select("meta[name=description]"))
        .extracting(e -> e.attr("content"))
        .singleElement()
        .asString()
        .contains(
            ", period 2024: the ranking of ", " units by their digital transformation points");
  }

  @Test
  void languageAlternatesAreAbsoluteOrAbsent() {
    // Without a base URL no alternate can be absolute, and a relative one is invalid.
    for (String page : htmlPages()) {
      assertThat(html(page).select("link[hreflang]")).as(page).isEmpty();
    }
    RenderedSite hosted = renderer(null, "https://dti.example.vn/site").render(SiteFixture.input());
    Document en = Jsoup.parse(hosted.text("en/units/xa-a1/xa-mau-2024.html"), "");
    assertThat(en.select("link[rel=alternate][hreflang]"))
        .extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
        .containsExactly(
            "en https://dti.example.vn/site/en/units/xa-a1/xa-mau-2024.html",
            "vi https://dti.example.vn/site/units/xa-a1/xa-mau-2024.html",
            "x-default https://dti.example.vn/site/units/xa-a1/xa-mau-2024.html");
    Document vi = Jsoup.parse(hosted.text("index.html"), "");
    assertThat(vi.select("link[hreflang=x-default]").attr("href"))
        .isEqualTo("https://dti.example.vn/site/index.html");
    assertThat(Jsoup.parse(hosted.text("404.html"), "").select("link[hreflang]")).isEmpty();
  }

  /** The scripts the templates ship: every {@code .js} under {@code site-templates/assets}. */
  private static final Set<String> OWN_SCRIPTS = ownScripts();

  private static Set<String> ownScripts() {
    Path assets = TEMPLATES.resolve("assets");
    try (Stream<Path> files = Files.walk(assets)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".js"))
          .map(f -> assets.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void hostileStringsProduceNoScriptNoHandlerNoDangerousUrl() {
    for (String page : htmlPages()) {
      Document doc = html(page);
      for (Element script : doc.select("script")) {
        if (script.attr("type").equals("application/json")) {
          // The form's framework data: never executed, and no "<" can end the element early.
          assertThat(script.data()).as(page).doesNotContain("<");
          continue;
        }
        // Only the templates' own scripts: a file of site-templates/assets, never a URL a
        // submission wrote.
        assertThat(script.attr("src")).as(page).matches("(\\.\\./)*assets/.+");
        assertThat(script.attr("src").replaceFirst("^(\\.\\./)*assets/", ""))
            .as(page)
            .isIn(OWN_SCRIPTS);
        assertThat(script.data()).as(page).isEmpty();
      }
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(page).doesNotStartWith("on");
          if (List.of("href", "src", "action", "formaction", "xlink:href").contains(a.getKey())) {
            String v = a.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            assertThat(v)
                .as(page)
                .doesNotStartWith("javascript:")
                .doesNotStartWith("data:")
                .doesNotStartWith("vbscript:");
          }
        }
      }
      assertThat(doc.select("img, iframe, object, embed")).as(page).isEmpty();
    }
    // The hostile text is shown, as text.
    Document a2 = html("units/xa-a2/xa-mau-2024.html");
    assertThat(a2.selectFirst("h1").text()).isEqualTo("Xã " + SiteFixture.HOSTILE);
    assertThat(a2.text()).contains("Tiêu đề <script>alert(1)</script>");
  }

  @Test
  void scorecardShowsInputsFormulaAndPointsOfTheUnitScore() {
    UnitScore score = find("xa-a1", "2024");
    Document vi = html("units/xa-a1/xa-mau-2024.html");
    for (CriterionScore cs : score.criteria()) {
      Element row = vi.selectFirst("tr[id=c-" + cs.criterionId() + "]");
      assertThat(row).as(cs.criterionId()).isNotNull();
      assertThat(row.selectFirst("td:nth-child(7) b").text())
          .isEqualTo(Lang.VI.points(cs.points()));
      Element code = row.selectFirst("code");
      if (code == null) {
        // Points given directly (assessed, PublishedSiteTest): said once, labelled, no formula.
        assertThat(cs.formula().args()).as(cs.criterionId()).hasSize(1);
        assertThat(row.selectFirst("td:nth-child(2)").text())
            .isEqualTo("Điểm đơn vị chấm: " + Lang.VI.number(cs.formula().args().get(0)));
      } else {
        assertThat(code.text()).isEqualTo(FormulaText.format(cs.formula(), Lang.VI));
      }
    }
    Element c11 = vi.selectFirst("tr[id=c-1.1]");
    assertThat(c11.select("td:nth-child(2) li").eachText())
        .containsExactly("Số hồ sơ đúng hạn: 998 hồ sơ", "Tổng số hồ sơ: 1.000 hồ sơ");
    assertThat(c11.selectFirst("td:nth-child(3) code").text()).isEqualTo("998 / 1.000 × 10 = 9,98");
    assertThat(c11.selectFirst("td:nth-child(7) b").text()).isEqualTo("9,98");
    assertThat(detail(c11).select("ul.evidence a").attr("href"))
        .isEqualTo("https://example.vn/bc-326.pdf");
    assertThat(detail(c11).select("div.notes strong").text()).isEqualTo("Cổng DVC");
    Element c13 = vi.selectFirst("tr[id=c-1.3]");
    assertThat(c13.select("td:nth-child(4)").text()).startsWith("5");
    assertThat(c13.select("td:nth-child(6)").text()).isEqualTo("4");
    assertThat(detail(c13).select("p.review").text()).contains("Chỉ có 4 sản phẩm <script>");
    assertThat(vi.selectFirst("dd.total").text()).isEqualTo("29,98 / 30");
    Element pillar = vi.selectFirst("table.pillars tbody tr");
    assertThat(pillar.text()).isEqualTo("Nhận thức số 18,98 / 20 94,9%");
    assertThat(pillar.selectFirst("meter").attr("value")).isEqualTo("0.949");

    Element en = html("en/units/xa-a1/xa-mau-2024.html").selectFirst("tr[id=c-1.1]");
    assertThat(en.selectFirst("td:nth-child(3) code").text()).isEqualTo("998 / 1,000 × 10 = 9.98");
    // The unit of measure in English where the framework gives it (unitEn), else as written.
    assertThat(en.select("td:nth-child(2) li").eachText())
        .containsExactly("On time: 998 hồ sơ", "All dossiers: 1,000 dossiers");
  }

  @Test
  void englishScorecardSaysTheSingularUnitAfterOne(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    // xa-a1's 2024 submission with one dossier, of which one on time.
    List<Submission> submissions =
        input.dataset().submissions().stream()
            .map(
                s ->
                    !s.unit().equals("xa-a1") || !s.period().equals("2024")
                        ? s
                        : s.withAnswer(
                            s.answer("1.1")
                                .map(
                                    a ->
                                        new Answer(
                                            a.criterion(),
                                            Map.of(
                                                "a",
                                                SiteFixture.num("1"),
                                                "b",
                                                SiteFixture.num("1")),
                                            a.selfScore(),
                                            a.evidence(),
                                            a.notes(),
                                            a.notApplicable()))
                                .orElseThrow()))
            .toList();
    SiteInput one =
        new SiteInput(
            input.dataset().withSubmissions(submissions, input.dataset().reviews()),
            input.diagnostics(),
            input.scores(),
            input.rankings(),
            input.provenance(),
            input.insights());
    RenderedSite rendered = renderer(schemas, null).render(one);
    Element en =
        Jsoup.parse(rendered.text("en/units/xa-a1/xa-mau-2024.html"), "")
            .selectFirst("tr[id=c-1.1]");
    // b's English unit has a singular (unitEnOne); a's unit has no English form at all.
    assertThat(en.select("td:nth-child(2) li").eachText())
        .containsExactly("On time: 1 hồ sơ", "All dossiers: 1 dossier");
    Element vi =
        Jsoup.parse(rendered.text("units/xa-a1/xa-mau-2024.html"), "").selectFirst("tr[id=c-1.1]");
    assertThat(vi.select("td:nth-child(2) li").eachText())
        .containsExactly("Số hồ sơ đúng hạn: 1 hồ sơ", "Tổng số hồ sơ: 1 hồ sơ");
  }

  @Test
  void methodIsSaidOnceOnTheCriteriaPageAndEachCriterionLinksToIt() {
    for (String path : List.of("units/xa-a1/xa-mau-2024.html", "en/units/xa-a1/xa-mau-2024.html")) {
      Document card = html(path);
      String criteriaPath =
          path.startsWith("en/") ? "en/criteria/xa-mau.html" : "criteria/xa-mau.html";
      Document criteria = html(criteriaPath);
      List<Element> rows = card.select("table.criteria tr[id^=c-]");
      assertThat(rows).isNotEmpty();
      // One table, its column headers said once; each pillar a row group with its heading row.
      assertThat(card.select("table.criteria")).hasSize(1);
      assertThat(card.select("table.criteria thead")).hasSize(1);
      assertThat(card.select("table.criteria > tbody > tr.pillar > th[scope=rowgroup]"))
          .hasSize(card.select("table.criteria > tbody").size())
          .hasSizeGreaterThan(1);
      List<Element> pillars = card.select("table.criteria > tbody > tr.pillar > th");
      for (int i = 0; i < pillars.size(); i++) {
        assertThat(pillars.get(i).id()).isEqualTo("pillar-" + i);
        assertThat(pillars.get(i).attr("colspan")).isEqualTo("7");
        assertThat(pillars.get(i).selectFirst(".pts").text()).matches("[0-9.,]+ / [0-9.,]+");
      }
      for (Element row : rows) {
        String id = row.id().substring(2);
        String href = row.selectFirst("th a").attr("href");
        String target = java.net.URI.create("file:///s/" + path).resolve(href).toString();
        assertThat(target).as(id).isEqualTo("file:/s/" + criteriaPath + "#c-" + id);
        String method =
            criteria.getElementById("c-" + id).selectFirst("dl.criterion-facts dd").text();
        assertThat(method).as(id).isNotBlank();
        assertThat(card.text()).as(id).doesNotContain(method);
      }
    }
  }

  @Test
  void selfAssessedAndReviewedColumnsOnlyWhereACriterionHasSuchPoints() {
    boolean sawWithout = false;
    boolean sawWith = false;
    for (UnitScore s : input.scores()) {
      Document vi = html(ScorecardPage.path(Lang.VI, s));
      boolean self = s.criteria().stream().anyMatch(c -> c.selfAssessed() != null);
      boolean reviewed = s.criteria().stream().anyMatch(c -> c.reviewed() != null);
      List<String> heads = vi.select("table.criteria thead th").eachText();
      String note = vi.selectFirst("section[aria-labelledby=criteria] p.note").text();
      assertThat(heads.contains("Điểm tự chấm")).as(s.key().toString()).isEqualTo(self);
      assertThat(heads.contains("Điểm sau thẩm định")).as(s.key().toString()).isEqualTo(reviewed);
      // Without a review the points are the computed points: one column says them, not two.
      assertThat(heads.contains("Điểm tính theo phương pháp"))
          .as(s.key().toString())
          .isEqualTo(reviewed);
      assertThat(note.contains("Đơn vị không gửi điểm tự chấm")).isEqualTo(!self);
      assertThat(note.contains("Chưa có tiêu chí nào được chấm lại"))
          .isEqualTo(note.contains("điểm của mỗi tiêu chí là điểm tính theo phương pháp"))
          .isEqualTo(!reviewed);
      // Every row as wide as the header: a criterion's cells, a heading's or detail's span.
      for (Element row : vi.select("table.criteria tr[id^=c-]")) {
        assertThat(row.children()).hasSize(heads.size());
      }
      for (Element wide :
          vi.select("table.criteria tr.pillar > th, table.criteria tr.detail > td")) {
        assertThat(wide.attr("colspan")).isEqualTo(Integer.toString(heads.size()));
      }
      sawWithout |= !self || !reviewed;
      sawWith |= self && reviewed;
    }
    assertThat(sawWith).isTrue();
    assertThat(sawWithout).isTrue();
  }

  @Test
  void notApplicableIsRescaledWithNumbers() {
    Document vi = html("units/xa-a2/xa-mau-2024.html");
    assertThat(vi.selectFirst("p.rescale code").text())
        .isEqualTo("D = A × B / C = 17,57 × 30 / 25 = 21,08");
    assertThat(vi.selectFirst("tr[id=c-1.3] p.na").text())
        .contains("Không phát sinh", "Xã không có sản phẩm OCOP <script>");
    // Unsafe evidence URLs are shown as text only.
    assertThat(detail(vi.selectFirst("tr[id=c-1.1]")).select("ul.evidence a")).isEmpty();
  }

  @Test
  void aShortListOfOtherRankingTablesIsNotFolded() {
    Element nav = html("rankings/xa-mau/2024/all.html").selectFirst("nav.tables");
    assertThat(nav.select("li")).hasSizeBetween(2, 4);
    assertThat(nav.select("details")).isEmpty();
    assertThat(nav.select("li > strong[aria-current=page]")).hasSize(1);
  }

  @Test
  void rankingRowsMatchTheRanking() {
    for (Ranking r : input.rankings()) {
      String path = RankingPages.path(Lang.VI, r);
      List<Element> rows = html(path).select("table.ranking tbody tr");
      assertThat(rows).as(path).hasSize(r.entries().size());
      for (int i = 0; i < rows.size(); i++) {
        RankEntry e = r.entries().get(i);
        Element row = rows.get(i);
        assertThat(row.child(0).text()).isEqualTo(Integer.toString(e.rank()));
        assertThat(row.child(1).text())
            .isEqualTo(input.dataset().registry().unit(e.unitId()).orElseThrow().name());
        assertThat(row.child(1).selectFirst("a").attr("href"))
            .isEqualTo("../../../units/" + e.unitId() + "/xa-mau-" + r.periodId() + ".html");
        assertThat(row.selectFirst("td.num").text()).isEqualTo(Lang.VI.points(e.total()));
      }
    }
    Document all = html("rankings/xa-mau/2024/all.html");
    assertThat(all.select("table.ranking tbody tr").first().text())
        .startsWith("1 Xã Bình Minh 30 ▲ +1")
        .endsWith(" Huyện Tây 18 10");
    assertThat(all.select("a[href$=scores.csv]")).hasSize(1);
    assertThat(all.select("a[href$=scores.xlsx]")).hasSize(1);
    assertThat(all.select("a[download]").eachAttr("download"))
        .startsWith("xa-mau-2024-scores.xlsx", "xa-mau-2024-scores.csv");
    assertThat(all.select("a[href$=datapackage.json]")).isNotEmpty();
    Document en = html("en/rankings/xa-mau/2024/all.html");
    assertThat(en.select("table.ranking tbody tr").get(2).selectFirst("td.num").text())
        .isEqualTo("29.98");
  }

  @Test
  void numbersAreFormattedPerLanguage() {
    assertThat(html("rankings/xa-mau/2024/all.html").select("table.ranking tbody td").eachText())
        .contains("29,98")
        .doesNotContain("29.98");
    assertThat(html("en/rankings/xa-mau/2024/all.html").select("table.ranking tbody td").eachText())
        .contains("29.98")
        .doesNotContain("29,98");
  }

  @Test
  void sampleBannerOnlyWhereASampleUnitIsShown() {
    assertThat(html("units/xa-b2/xa-mau-2024.html").select(".sample-banner").text())
        .contains("Dữ liệu mẫu / Sample data");
    assertThat(html("rankings/xa-mau/2024/all.html").select(".sample-banner")).hasSize(1);
    // In a landmark of its own, named by its first words: nothing of a page is outside one.
    assertThat(
            html("rankings/xa-mau/2024/all.html")
                .select("section[aria-labelledby=sample-banner-title] > .sample-banner")
                .select("#sample-banner-title")
                .text())
        .isEqualTo("Dữ liệu mẫu / Sample data");
    assertThat(html("units/xa-a1/xa-mau-2024.html").select(".sample-banner")).isEmpty();
    assertThat(html("criteria/xa-mau.html").select(".sample-banner")).isEmpty();
  }

  @Test
  void historyIncludesPredecessors() {
    Document doc = html("units/xa-b2/xa-mau-2024.html");
    assertThat(doc.select("table.history tbody tr").eachText())
        .containsExactly(
            "Xã Cũ 2023 25 1 / 3 Toàn tỉnh Tốt", "Xã Mẫu Mới 2024 29,98 2 / 4 Toàn tỉnh Tốt");
    // Both rows are in the page's framework: a unit column, no framework column.
    assertThat(doc.select("table.history thead th").eachText())
        .startsWith("Đơn vị", "Kỳ")
        .doesNotContain("Bộ tiêu chí");
  }

  @Test
  void homeShowsTop3SubmittedAndMovers() {
    Document doc = html("index.html");
    Element real = doc.selectFirst("main > section.framework");
    assertThat(real.text()).contains("Kỳ đánh giá gần nhất: 2024", "Số đơn vị đã gửi: 3");
    assertThat(real.select("table.top").first().select("tbody tr")).hasSize(3);
    assertThat(real.select("ul.movers li").eachText())
        .containsExactly("Xã Bình Minh: 12 → 30 (+18)", "Xã Ánh Dương: 21 → 29,98 (+8,98)");
  }

  /**
   * A few districts' tables show their top three on the home page, in the framework's order, as the
   * whole cohort's do; past SiteTemplates.FOLD_PAST they are a list (PublishedSiteTest).
   */
  @Test
  void homeShowsTheTopThreeOfAFewDistrictsTables() {
    Element real = html("index.html").selectFirst("main > section.framework");
    assertThat(real.select(".group-tables")).isEmpty();
    List<String> tables = real.select("h3 > a").eachText();
    assertThat(tables).contains("Toàn tỉnh").anyMatch(t -> t.startsWith("Trong từng huyện — "));
    assertThat(real.select("table.top")).hasSize(tables.size());
  }

  @Test
  void homeListsRealResultsFirstAndSampleUnitsInTheirOwnSection() {
    for (String page : List.of("index.html", "en/index.html")) {
      Document doc = html(page);
      List<Element> sections = doc.select("main > section");
      assertThat(sections).as(page).hasSize(2);
      assertThat(sections.get(0).hasClass("framework")).isTrue();
      assertThat(sections.get(1).hasClass("samples")).isTrue();
      // No sample unit in the real results, none but sample units in the sample section.
      assertThat(sections.get(0).text()).doesNotContain("Xã Mẫu Mới");
      assertThat(sections.get(1).select("table.top tbody tr").eachText())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).contains("Xã Mẫu Mới"));
      assertThat(sections.get(1).select("h2").text())
          .isEqualTo(
              page.startsWith("en/")
                  ? "Sample data, not real results"
                  : "Dữ liệu mẫu, không phải kết quả thật");
      assertThat(sections.get(1).select("[role=note]").text())
          .contains("Dữ liệu mẫu / Sample data");
      // The section says it; the page-wide banner would say the whole page is sample data.
      assertThat(doc.select(".sample-banner")).isEmpty();
    }
    assertThat(html("index.html").select("main > section.samples").text())
        .contains("Số đơn vị đã gửi: 1");
  }

  @Test
  void methodologyShowsCheckerFindingsOfTheFramework() {
    Document doc = html("criteria/xa-mau-methodology.html");
    assertThat(doc.select("ul.findings li")).hasSize(1);
    // in words for the public (issue #16): no file, position, pointer or rule code
    assertThat(doc.select("ul.findings").text())
        .startsWith("Cảnh báo: ")
        .contains(
            "Chỉ số chính II “Chính quyền số <script>",
            "ghi 12 điểm, nhưng các tiêu chí không phải điểm thưởng cộng lại được 10,5")
        .doesNotContain("not shown", "xa-mau.json", "/pillars/", "[", "warning");
    // The English page words the same finding in English (the issue: Vietnamese first, English
    // second, from one catalogue).
    assertThat(html("en/criteria/xa-mau-methodology.html").select("ul.findings").text())
        .startsWith("Warning: ")
        .contains("pillar II “Chính quyền số <script>", "declares 12 points", "sum to 10.5");
    // The pillar has no English name: in the English sentence it is marked Vietnamese (WCAG 3.1.2).
    assertThat(
            html("en/criteria/xa-mau-methodology.html").select("ul.findings [lang=vi]").eachText())
        .containsExactly("Chính quyền số " + SiteFixture.HOSTILE);
    assertThat(doc.select("ul.findings [lang]")).isEmpty();
    assertThat(doc.text()).contains("D = A × B / C", "Tốt", "80%", "24");
    Document catalogue = html("criteria/xa-mau.html");
    assertThat(catalogue.select("#c-1\\.1 dd").eachText())
        .contains("Hệ thống thông tin giải quyết TTHC tỉnh", "Văn phòng UBND");
    assertThat(catalogue.select("#c-1\\.1 .description a")).isEmpty();
  }

  /**
   * A framework's encoding notes in the page's language (issue #16): the Vietnamese page shows
   * {@code description}, the English page {@code descriptionEn}; without an English version both
   * show the Vietnamese.
   */
  @Test
  void theCatalogueShowsTheFrameworksDescriptionInThePagesLanguage(@TempDir Path schemas) {
    assertThat(html("criteria/xa-mau.html").selectFirst("main > div.description").text())
        .isEqualTo("Bộ tiêu chí mẫu để kiểm thử.");
    assertThat(html("en/criteria/xa-mau.html").selectFirst("main > div.description").html())
        .isEqualTo("<p>A <strong>sample</strong> framework for tests.</p>");
    RenderedSite vi =
        renderer(schemas, null)
            .render(SiteFixture.withFramework(input, SiteFixture.framework(null)));
    assertThat(
            Jsoup.parse(vi.text("en/criteria/xa-mau.html"))
                .selectFirst("main > div.description")
                .text())
        .isEqualTo("Bộ tiêu chí mẫu để kiểm thử.");
  }

  @Test
  void openDataFiles() throws IOException {
    byte[] csv = site.bytes("data/xa-mau/2024/scores.csv");
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo(
            "unit_id,unit_name,parent_id,parent_name,total,classification,sample,rank_all,"
                + "rank_by-district,pillar_I,pillar_II,criterion_1.1,criterion_1.2,criterion_1.3,"
                + "criterion_2.1,criterion_2.2");
    assertThat(text.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("xa-b1,Xã Bình Minh,huyen-b,Huyện Tây,30.00,tot,false,1,1,18,10,8,5,5,10,2");
    JsonNode json = new ObjectMapper().readTree(site.bytes("data/xa-mau/2024/scores.json"));
    assertThat(json.get("units")).hasSize(4);
    assertThat(json.at("/units/0/ranks/all").asInt()).isEqualTo(1);
    JsonNode pkg = new ObjectMapper().readTree(site.bytes("data/datapackage.json"));
    for (JsonNode r : pkg.get("resources")) {
      assertThat(site.contains("data/" + r.get("path").asText())).as(r.toString()).isTrue();
    }
    // Per period: scores.csv, scores.xlsx, scores.json and insights.json; plus the units and the
    // schema.
    assertThat(pkg.get("resources")).hasSize(10);
    assertThat(pkg.findValuesAsText("format")).contains("xlsx");
    assertThat(pkg.findValuesAsText("path")).contains("units.json");
    JsonNode insights = new ObjectMapper().readTree(site.bytes("data/xa-mau/2024/insights.json"));
    assertThat(insights.get("framework").asText()).isEqualTo("xa-mau");
    assertThat(insights.get("whatIf").isArray()).isTrue();
    assertThat(insights.get("flags").isArray()).isTrue();
  }

  @Test
  void sitemapAndFeed(@TempDir Path schemas) {
    assertThat(site.text("sitemap.xml"))
        .contains("No baseUrl", "<loc>index.html</loc>")
        .doesNotContain("404.html");
    RenderedSite withBase = renderer(schemas, "https://dti.example.vn/").render(input);
    assertThat(withBase.text("sitemap.xml"))
        .contains("<loc>https://dti.example.vn/en/units/xa-a1/xa-mau-2024.html</loc>")
        .doesNotContain("No baseUrl");
    String feed = withBase.text("feed.xml");
    assertThat(feed)
        .contains(
            "<updated>2024-11-25T23:59:59+07:00</updated>",
            "urn:opendti:xa-mau:2023",
            "https://dti.example.vn/rankings/xa-mau/2024/all.html");
  }

  @Test
  void prioritySectorFormulaWithNumbers(@TempDir Path schemas) {
    RenderedSite withSector = renderer(schemas, null).render(SiteFixture.withPrioritySector());
    Document vi = Jsoup.parse(withSector.text("units/xa-b1/xa-mau-2024.html"));
    assertThat(vi.selectFirst("p.sector").text())
        .isEqualTo(
            "Lĩnh vực ưu tiên: Nông nghiệp. X = (D + E) × B / (B + F) = (28 + 8) × 30 / (30 + 10) = 27");
    assertThat(vi.select("tr[id=c-S.1] td:last-child b").text()).isEqualTo("8");
    Document methodology = Jsoup.parse(withSector.text("en/criteria/xa-mau-methodology.html"));
    assertThat(methodology.text()).contains("X = (D + E) × 30 / (30 + F)", "Agriculture");
    assertThat(Jsoup.parse(withSector.text("criteria/xa-mau.html")).select("#c-S\\.1")).hasSize(1);
  }

  @Test
  void frameworkWithoutResultsStillGetsHomeCriteriaAndFeed(@TempDir Path schemas) {
    SiteInput empty =
        new SiteInput(
            new org.opendti.load.Dataset(
                SiteFixture.registry(), List.of(SiteFixture.framework()), List.of(), List.of()),
            new org.opendti.diagnostic.Diagnostics(List.of()),
            List.of(),
            List.of());
    RenderedSite s = renderer(schemas, null).render(empty);
    assertThat(s.files().keySet())
        .contains("index.html", "criteria/xa-mau.html", "feed.xml", "data/datapackage.json")
        .noneMatch(p -> p.startsWith("rankings/") || p.startsWith("units/"));
    assertThat(Jsoup.parse(s.text("en/index.html")).text()).contains("No results published yet.");
    assertThat(s.text("feed.xml")).doesNotContain("<entry>");
  }

  @Test
  void renderingIsByteIdentical(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    RenderedSite again = renderer(schemas, null).render(SiteFixture.input());
    assertThat(again.files().keySet()).containsExactlyElementsOf(site.files().keySet());
    for (Map.Entry<String, byte[]> e : site.files().entrySet()) {
      assertThat(again.bytes(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void listenerHearsEveryFile(@TempDir Path schemas) {
    List<String> heard = new ArrayList<>();
    RenderedSite s =
        SiteRenderer.builder()
            .templates(TEMPLATES)
            .schemas(schemas)
            .listener(heard::add)
            .build()
            .render(input);
    assertThat(heard).containsExactlyInAnyOrderElementsOf(s.files().keySet());
  }

  @Test
  void theNotFoundPageLinksAbsolutelyWhenTheBaseUrlIsKnown() {
    RenderedSite hosted = renderer(null, "https://dti.example.vn/site").render(SiteFixture.input());

    Document page = Jsoup.parse(hosted.text("404.html"), "");
    Document en = Jsoup.parse(hosted.text("en/404.html"), "");

    assertThat(page.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("https://dti.example.vn/site/assets/site.css");
    assertThat(page.select("a.brand").attr("href"))
        .isEqualTo("https://dti.example.vn/site/index.html");
    assertThat(en.select("a.brand").attr("href"))
        .isEqualTo("https://dti.example.vn/site/en/index.html");
    assertThat(en.select("a[hreflang=vi]").attr("href"))
        .isEqualTo("https://dti.example.vn/site/404.html");
    // Without a base URL it stays relative, and other pages stay relative either way.
    assertThat(html("404.html").select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("assets/site.css");
    assertThat(
            Jsoup.parse(hosted.text("en/index.html"), "")
                .select("link[rel=stylesheet]")
                .attr("href"))
        .isEqualTo("../assets/site.css");
  }

  @Test
  void builderRejectsMissingTemplatesAndRelativeBaseUrl() {
    assertThatThrownBy(() -> SiteRenderer.builder().templates(Path.of("no-such-dir")).build())
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> SiteRenderer.builder().templates(TEMPLATES).baseUrl("/x").build())
        .isInstanceOf(UsageException.class);
  }

  private static UnitScore find(String unit, String period) {
    return input.scores().stream()
        .filter(s -> s.unitId().equals(unit) && s.periodId().equals(period))
        .findFirst()
        .orElseThrow();
  }
}
