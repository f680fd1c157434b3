package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

/** Issue #16 item 4: total and rank per period on each scorecard, and the compare page. */
class CompareAndHistoryTest extends RenderedFixtureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aScorecardTablesTotalAndRankPerPeriodAndDrawsEachTotalAsABar() {
    Document doc = html("units/xa-a1/xa-mau-2024.html");
    Element section = doc.selectFirst("section[aria-labelledby=history]");
    assertThat(section.select("svg")).isEmpty();
    List<Element> rows = section.select("table.history tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(section.select("table.history tbody tr[aria-current=page]")).hasSize(1);
    // Every row is this unit's in this framework: the page's title says them, not every row.
    assertThat(section.select("table.history thead th").eachText())
        .doesNotContain("Đơn vị", "Bộ tiêu chí")
        .startsWith("Kỳ", "Tổng điểm", "Hạng")
        .endsWith("Xếp loại");
    for (String period : List.of("2023", "2024")) {
      UnitScore s =
          input.scores().stream()
              .filter(x -> x.unitId().equals("xa-a1") && x.periodId().equals(period))
              .findFirst()
              .orElseThrow();
      Ranking first =
          input.rankings().stream()
              .filter(r -> r.periodId().equals(period))
              .filter(r -> r.entries().stream().anyMatch(e -> e.unitId().equals("xa-a1")))
              .findFirst()
              .orElseThrow();
      int rank =
          first.entries().stream()
              .filter(e -> e.unitId().equals("xa-a1"))
              .findFirst()
              .orElseThrow()
              .rank();
      String total = Lang.VI.points(s.total());
      Element row =
          rows.stream().filter(r -> r.child(0).text().equals(period)).findFirst().orElseThrow();
      assertThat(row.text())
          .startsWith(period + " " + total + " " + rank + " / " + first.entries().size());
      assertThat(row.child(row.childrenSize() - 1).text())
          .isEqualTo(s.classification() == null ? "" : s.classification().label());
      Element bar = row.child(1).selectFirst("meter[aria-hidden=true]");
      BigDecimal max = input.dataset().framework(s.frameworkId()).orElseThrow().totalPoints();
      assertThat(new BigDecimal(bar.attr("value")))
          .isEqualByComparingTo(s.total().divide(max, 4, RoundingMode.HALF_UP));
    }
    // One period only: a table of one row.
    assertThat(html("units/xa-a2/xa-mau-2024.html").select("table.history tbody tr")).hasSize(1);
  }

  /**
   * The compare page reads a cohort's list of units and the shards of their points, never its whole
   * {@code scores.json} (issue #17): together they say for every unit exactly what {@code
   * scores.json} says of its name, total, ranks, pillars and criteria, each unit in the shard its
   * place in the list gives.
   */
  @Test
  void compareDataIsTheOpenDataOfEachUnitSplitIntoShards() throws Exception {
    var fw = SiteFixture.framework();
    for (var period : fw.periods()) {
      String cohort = fw.id() + "/" + period.id();
      JsonNode scores = JSON.readTree(site.bytes("data/" + cohort + "/scores.json"));
      // As published (one shard: the fixture has fewer units than a shard holds), and two units a
      // shard, so that units fall in several.
      java.util.Map<String, byte[]> two = new java.util.TreeMap<>();
      CompareData.files(new SiteIndex(input), fw, period, 2, two::put);
      assertThat(scores.get("units").size()).isGreaterThan(2);
      compareDataSays(scores, cohort, site::bytes, CompareData.SHARD_UNITS);
      compareDataSays(scores, cohort, two::get, 2);
      assertThat(two).containsOnlyKeys(files(cohort, two.size() - 1));
    }
  }

  private static List<String> files(String cohort, int shards) {
    List<String> out = new java.util.ArrayList<>();
    out.add("data/" + cohort + "/compare/units.json");
    for (int i = 0; i < shards; i++) {
      out.add("data/" + cohort + "/compare/" + i + ".json");
    }
    return out;
  }

  private static void compareDataSays(
      JsonNode scores, String cohort, java.util.function.Function<String, byte[]> file, int per)
      throws java.io.IOException {
    SiteIndex index = new SiteIndex(input);
    JsonNode list = JSON.readTree(file.apply("data/" + cohort + "/compare/units.json"));
    assertThat(list.get("shardUnits").asInt()).isEqualTo(per);
    java.util.Map<String, JsonNode> open = new java.util.TreeMap<>();
    scores.get("units").forEach(u -> open.put(u.get("unit").asText(), u));
    JsonNode units = list.get("units");
    assertThat(units).hasSize(open.size());
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      JsonNode entry = units.get(i);
      String id = entry.get(0).asText();
      ids.add(id);
      JsonNode o = open.get(id);
      assertThat(entry.get(1).asText()).isEqualTo(o.get("name").asText());
      assertThat(entry.get(2).isNull()).isEqualTo(!o.has("nameEn"));
      assertThat(entry.get(3).asInt()).isEqualTo(o.get("sample").asBoolean() ? 1 : 0);
      // The parent's name, from the list of parents.
      if (o.get("parent").isNull()) {
        assertThat(entry.get(4).isNull()).isTrue();
      } else {
        JsonNode parent = list.get("parents").get(entry.get(4).asInt());
        assertThat(parent.get(0).asText())
            .isEqualTo(index.unitName(o.get("parent").asText(), Lang.VI));
      }
      JsonNode shard =
          JSON.readTree(file.apply("data/" + cohort + "/compare/" + i / per + ".json"));
      assertThat(shard.get("units").size()).isLessThanOrEqualTo(per);
      JsonNode p = null;
      for (JsonNode x : shard.get("units")) {
        if (x.get("unit").asText().equals(id)) {
          p = x;
        }
      }
      assertThat(p).as(id).isNotNull();
      for (String field : List.of("total", "ranks", "pillars", "criteria")) {
        assertThat(p.get(field)).as(id + " " + field).isEqualTo(o.get(field));
      }
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void oneComparePagePerLanguageReadingThePublishedScores() throws Exception {
    for (Lang lang : Lang.values()) {
      String path = ComparePage.path(lang);
      Document doc = html(path);
      List<String> options =
          doc.select("select#compare-cohort option").eachAttr("value").stream()
              .filter(v -> !v.isEmpty())
              .toList();
      assertThat(options).containsExactly("xa-mau/2023", "xa-mau/2024");
      // A searchable box per unit, each controlling its own list (combobox.js).
      assertThat(doc.select("input.compare-unit[role=combobox]")).hasSize(ComparePage.MAX_UNITS);
      for (Element box : doc.select("input.compare-unit")) {
        assertThat(doc.select("ul#" + box.attr("aria-controls") + "[role=listbox][hidden]"))
            .hasSize(1);
      }
      assertThat(doc.select("script[src]").eachAttr("src"))
          .containsSubsequence(
              "../".repeat(lang == Lang.VI ? 0 : 1) + "assets/search.js",
              "../".repeat(lang == Lang.VI ? 0 : 1) + "assets/combobox.js",
              "../".repeat(lang == Lang.VI ? 0 : 1) + "assets/compare.js");
      Element data = doc.selectFirst("script#compare-data[type=application/json]");
      assertThat(data.data()).doesNotContain("<");
      JsonNode meta = JSON.readTree(data.data());
      assertThat(meta.get("min").asInt()).isEqualTo(2);
      assertThat(meta.get("max").asInt()).isEqualTo(4);
      JsonNode cohort = meta.get("cohorts").get("xa-mau/2024");
      // Its data file is the published open data, linked relatively.
      String src = cohort.get("src").asText();
      String resolved = URI.create("file:///site/" + path).resolve(src).getPath().substring(6);
      assertThat(resolved).isEqualTo("data/xa-mau/2024/compare/units.json");
      assertThat(site.contains(resolved)).isTrue();
      // Names in the page's language, maxima in its number format.
      var fw = SiteFixture.framework();
      JsonNode pillar = cohort.get("pillars").get(0);
      assertThat(pillar.get("name").asText())
          .isEqualTo(
              fw.pillars().get(0).id()
                  + ". "
                  + lang.pick(fw.pillars().get(0).name(), fw.pillars().get(0).nameEn()));
      assertThat(pillar.get("criteria").get(0).get("max").asText())
          .isEqualTo(
              lang.points(fw.pillars().get(0).allCriteria().findFirst().orElseThrow().maxPoints()));
      assertThat(cohort.get("groups").get("all").asText())
          .isEqualTo(lang.pick(SiteFixture.ALL.name(), SiteFixture.ALL.nameEn()));
      // The scorecard address the script fills in with a unit id.
      String card = cohort.get("scorecard").asText().replace("UNIT", "xa-a1");
      String cardPath = URI.create("file:///site/" + path).resolve(card).getPath().substring(6);
      assertThat(site.contains(cardPath)).as(cardPath).isTrue();
      assertThat(meta.get("text").get("compareBest").asText())
          .isEqualTo(lang == Lang.VI ? "cao nhất" : "highest");
    }
    assertThat(html("index.html").select("a[href=compare.html]")).hasSize(1);
    assertThat(html("en/index.html").select("a[href=../en/compare.html]")).hasSize(1);
  }
}
