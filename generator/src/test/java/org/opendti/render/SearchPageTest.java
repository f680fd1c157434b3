package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendti.model.Unit;

/** The unit search page and its index, over the hand-made mini-site of {@link SiteFixture}. */
class SearchPageTest {

  static RenderedSite site;
  static SiteInput input;

  @BeforeAll
  static void render() {
    input = SiteFixture.input();
    site = SiteRenderer.builder().templates(FormPageTest.TEMPLATES).build().render(input);
  }

  @Test
  void foldIgnoresDiacriticsCaseAndNormalForm() {
    assertThat(SearchPage.fold("Đông")).isEqualTo("dong");
    assertThat(SearchPage.fold("Nam Đông")).contains("dong");
    // Decomposed input (seed 001_… is NFD) folds the same as composed.
    assertThat(SearchPage.fold("Ngã Năm")).isEqualTo(SearchPage.fold("Nga\u0303 Na\u0306m"));
    assertThat(SearchPage.fold("Ngã Năm")).isEqualTo("nga nam");
  }

  @Test
  void searchScriptFoldsLikeJava(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    List<String> names =
        List.of(
            "Nam Đông",
            "Na\u0300m \u0110o\u0302\u0301ng",
            "Đắk Lắk",
            "Thừa Thiên Huế",
            "Ngã Năm",
            "ĐÔNG HÀ",
            "Xã Mẫu A");
    java.nio.file.Path file = tmp.resolve("names.json");
    new ObjectMapper().writeValue(file.toFile(), names);
    String out =
        NodeScript.run(
            "fold.js", NodeScript.ASSETS.resolve("search.js").toString(), file.toString());
    List<String> js = new ArrayList<>();
    new ObjectMapper().readTree(out).forEach(n -> js.add(n.asText()));
    assertThat(js).isEqualTo(names.stream().map(SearchPage::fold).toList());
    assertThat(js.get(1)).isEqualTo("nam dong");
  }

  @Test
  void pageLoadsNoListAndPointsAtTheSplitIndex() {
    for (String path : List.of("search.html", "en/search.html")) {
      Document doc = Jsoup.parse(site.text(path));
      assertThat(doc.selectFirst("#unit-list")).as(path).isNotNull();
      assertThat(doc.select("#unit-list li")).as(path).isEmpty();
      // The words of each result's lines, for search.js, in the page's language.
      Element status = doc.selectFirst("#unit-search-count");
      assertThat(status.attr("data-none"))
          .isEqualTo(path.startsWith("en/") ? "No scorecard yet" : "Chưa có phiếu điểm");
      assertThat(List.of("data-parent", "data-latest", "data-scorecards"))
          .allSatisfy(a -> assertThat(status.attr(a)).as(a).isNotBlank());
      Element box = doc.selectFirst("#unit-search");
      String index =
          java.net.URI.create("file:///s/" + path).resolve(box.attr("data-index")).getPath();
      assertThat(index).isEqualTo("/s/" + SearchIndex.MANIFEST);
      assertThat(box.attr("data-prefix")).isEqualTo(path.startsWith("en/") ? "en/" : "");
      assertThat(doc.select("script[src$=assets/search.js]")).hasSize(1);
      assertThat(doc.selectFirst("label[for=unit-search]")).isNotNull();
      assertThat(doc.select("noscript a").eachAttr("href")).hasSize(1);
    }
  }

  @Test
  void splitIndexHoldsEveryUnitWithItsScorecardsAndEveryCriterion() throws IOException {
    assertThat(site.files()).containsKey(SearchIndex.MANIFEST);
    List<JsonNode> entries = new ArrayList<>();
    for (var f : site.files().entrySet()) {
      if (f.getKey().startsWith("search/") && !f.getKey().equals(SearchIndex.MANIFEST)) {
        new ObjectMapper().readTree(f.getValue()).forEach(entries::add);
      }
    }
    assertThat(entries.stream().filter(e -> e.has("u")).map(e -> e.get("u").asText()).distinct())
        .containsExactlyInAnyOrderElementsOf(
            input.dataset().registry().units().stream().map(Unit::id).toList());
    JsonNode a1 =
        entries.stream()
            .filter(e -> e.has("u") && e.get("u").asText().equals("xa-a1"))
            .findFirst()
            .orElseThrow();
    List<String> paths = new ArrayList<>();
    a1.get("s").forEach(c -> paths.add(c.get(5).asText()));
    assertThat(paths).contains("units/xa-a1/xa-mau-2024.html");
    assertThat(site.files()).containsKey(paths.get(0));
    assertThat(entries.stream().filter(e -> e.has("c")).count())
        .isEqualTo(
            input.dataset().frameworks().stream().mapToLong(f -> f.allCriteria().size()).sum());
    for (JsonNode e : entries) {
      assertThat(e.get("k").asText()).isEqualTo(SearchPage.fold(e.get("k").asText()));
    }
  }

  @Test
  void everyPageLinksToTheSearchPage() {
    for (String path : site.files().keySet()) {
      if (path.endsWith(".html")) {
        Document doc = Jsoup.parse(site.text(path));
        String href =
            doc.select("header a").eachAttr("href").stream()
                .filter(h -> h.endsWith("search.html"))
                .findFirst()
                .orElse(null);
        assertThat(href).as(path).isNotNull();
        String target = java.net.URI.create("file:///s/" + path).resolve(href).getPath();
        assertThat(target)
            .as(path)
            .isEqualTo(path.startsWith("en/") ? "/s/en/search.html" : "/s/search.html");
      }
    }
  }

  @Test
  void homeAndCatalogueLinkToTheFormOfEachFramework() {
    assertThat(site.files()).containsKeys("forms/xa-mau.html", "en/forms/xa-mau.html");
    assertThat(Jsoup.parse(site.text("index.html")).select("a").eachAttr("href"))
        .contains("forms/xa-mau.html");
    assertThat(Jsoup.parse(site.text("en/criteria/xa-mau.html")).select("a").eachAttr("href"))
        .contains("../forms/xa-mau.html");
  }

  @Test
  void indexHasEveryUnitWithFoldedKeys() throws IOException {
    JsonNode index = new ObjectMapper().readTree(site.text(SearchPage.INDEX));
    List<String> ids = new ArrayList<>();
    index.forEach(n -> ids.add(n.get("id").asText()));
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(
            input.dataset().registry().units().stream().map(Unit::id).toList());
    for (JsonNode n : index) {
      assertThat(n.get("key").asText()).contains(SearchPage.fold(n.get("name").asText()));
    }
  }
}
