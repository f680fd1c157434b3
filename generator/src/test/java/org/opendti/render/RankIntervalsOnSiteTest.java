package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.opendti.insight.CohortIntegrity;
import org.opendti.insight.Insights;
import org.opendti.insight.UnitIntegrity;
import org.opendti.insight.integrity.DigitTests;
import org.opendti.insight.uncertainty.Choice;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.insight.uncertainty.TableIntervals;
import org.opendti.model.CohortKey;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/**
 * Rank intervals and integrity signals on the site (issue #18): "3 (2–5)" on rankings, scorecards
 * and the home page, "≈" where the unit just above is not clearly ahead, the methodology section,
 * the open data, and the digit tests on the reviewers' page.
 */
class RankIntervalsOnSiteTest {

  static final CohortKey COHORT = new CohortKey(SiteFixture.FW, "2024");
  static SiteInput input;
  static RenderedSite site;
  static List<RankEntry> all;

  @BeforeAll
  static void render(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    SiteInput plain = SiteFixture.input();
    Ranking table =
        plain.rankings().stream()
            .filter(r -> r.periodId().equals("2024") && r.group().id().equals("all"))
            .findFirst()
            .orElseThrow();
    all = table.entries();
    // Ranks 1..4: the second can fall to 4, the third rise to 2; the third's interval overlaps
    // the second's.
    int[][] bounds = {{1, 1}, {2, 4}, {2, 3}, {4, 4}};
    List<RankInterval> entries = new ArrayList<>();
    for (int j = 0; j < all.size(); j++) {
      RankEntry e = all.get(j);
      entries.add(new RankInterval(e.unitId(), e.rank(), bounds[j][0], bounds[j][1], j == 1));
    }
    CohortIntervals intervals =
        new CohortIntervals(
            COHORT,
            1000,
            42,
            10,
            List.of(Choice.NOT_APPLICABLE, Choice.PILLAR_WEIGHTS),
            List.of(new TableIntervals("all", null, entries)));
    DigitTests tests = DigitTests.builder().build();
    CohortIntegrity integrity =
        new CohortIntegrity(
            COHORT,
            new UnitIntegrity(null, 50, tests.run(counts(50, 11))),
            List.of(
                new UnitIntegrity("xa-a1", 40, tests.run(counts(40, 19))),
                new UnitIntegrity("xa-b1", 12, tests.run(counts(12, 2)))));
    input =
        new SiteInput(
            plain.dataset(),
            plain.diagnostics(),
            plain.scores(),
            plain.rankings(),
            plain.provenance(),
            new Insights(List.of(), List.of(), List.of(intervals), List.of(integrity)));
    site =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .schemas(schemas)
            .build()
            .render(input);
  }

  /** n counts from 11 up, {@code round} of them ending in 0 or 5, the rest in 1–4 and 6–9. */
  private static List<BigDecimal> counts(int n, int round) {
    List<BigDecimal> out = new ArrayList<>();
    int[] others = {1, 2, 3, 4, 6, 7, 8, 9};
    for (int i = 0; i < n; i++) {
      int last = i < round ? (i % 2 == 0 ? 0 : 5) : others[i % others.length];
      out.add(BigDecimal.valueOf(10L * (i + 2) + last));
    }
    return out;
  }

  static Document html(String path) {
    return Jsoup.parse(site.text(path), "");
  }

  @Test
  void theRankingShowsIntervalsAndNeverPutsAUnitClearlyAheadOfAnOverlappingOne() {
    for (String path :
        List.of("rankings/xa-mau/2024/all.html", "en/rankings/xa-mau/2024/all.html")) {
      List<Element> rows = html(path).select("table.ranking tbody tr");
      assertThat(rows.get(0).child(0).text()).isEqualTo("1");
      assertThat(rows.get(1).child(0).text()).isEqualTo("2 (2–4)");
      assertThat(rows.get(2).child(0).select(".level-marker").text()).isEqualTo("≈");
      assertThat(rows.get(2).child(0).select(".rank-interval").text()).isEqualTo("(2–3)");
      assertThat(rows.get(2).child(0).select(".visually-hidden").text()).isNotBlank();
      // What a screen reader says: the hidden words, one space, the rank.
      Element said = rows.get(2).child(0).clone();
      said.select("[aria-hidden=true]").remove();
      assertThat(said.wholeText()).matches("\\S[^:]*: 2 \\(2–3\\)").doesNotContain("  ");
      assertThat(rows.get(3).child(0).text()).isEqualTo("4");
      // Only the unit whose interval overlaps the one above is marked.
      assertThat(rows)
          .extracting(r -> r.select(".level-marker").size())
          .containsExactly(0, 0, 1, 0);
      Element legend = html(path).selectFirst("p.rank-legend");
      assertThat(legend).isNotNull();
      assertThat(legend.selectFirst("a").attr("href"))
          .endsWith("criteria/xa-mau-methodology.html#rank-intervals");
    }
    // A table the analysis did not cover shows plain ranks and no legend.
    Document before = html("rankings/xa-mau/2023/all.html");
    assertThat(before.select("table.ranking .rank-interval, table.ranking .level-marker"))
        .isEmpty();
    assertThat(before.select("p.rank-legend")).isEmpty();
  }

  @Test
  void theScorecardAndTheHomePageShowTheInterval() {
    // The third entry shares rank 2 with the second; its interval reaches 3.
    String third = all.get(2).unitId();
    assertThat(all.get(2).rank()).isEqualTo(2);
    Element ranks = html("units/" + third + "/xa-mau-2024.html").selectFirst("ul.ranks");
    assertThat(ranks.text()).contains(": 2 (2–3) / 4").contains("≈");
    assertThat(html("units/" + third + "/xa-mau-2024.html").select("p.rank-legend a").attr("href"))
        .isEqualTo("../../criteria/xa-mau-methodology.html#rank-intervals");
    // A unit whose ranks are all firm gets no legend.
    assertThat(html("units/" + all.get(0).unitId() + "/xa-mau-2024.html").select("p.rank-legend"))
        .isEmpty();
    Element top = html("index.html").selectFirst("table.top");
    assertThat(top.select("tbody tr").get(1).child(0).text()).isEqualTo("2 (2–4)");
  }

  @Test
  void theMethodologyExplainsTheAnalysisForThisFramework() {
    Element vi = html("criteria/xa-mau-methodology.html").getElementById("rank-intervals").parent();
    assertThat(vi.text())
        .contains("1.000", "±10%", "D = A × B / C", "bách phân vị thứ 5 và 95", "Nardo", "Saisana")
        .contains("không có tiêu chí so sánh giữa các đơn vị");
    Element en =
        html("en/criteria/xa-mau-methodology.html").getElementById("rank-intervals").parent();
    assertThat(en.text())
        .contains(
            "1,000", "±10%", "5th and 95th percentiles", "Handbook on Constructing Composite");
  }

  @Test
  void theOpenDataCarryTheIntervals() throws IOException {
    String csv =
        new String(site.bytes("data/xa-mau/2024/scores.csv"), StandardCharsets.UTF_8).substring(1);
    List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
    assertThat(header)
        .containsSubsequence(
            "rank_all",
            "rank_by-district",
            "rank_low_all",
            "rank_high_all",
            "rank_low_by-district",
            "rank_high_by-district");
    String second = all.get(1).unitId();
    String row = csv.lines().filter(l -> l.startsWith(second + ",")).findFirst().orElseThrow();
    List<String> cells = List.of(row.split(",", -1));
    assertThat(cells.get(header.indexOf("rank_low_all"))).isEqualTo("2");
    assertThat(cells.get(header.indexOf("rank_high_all"))).isEqualTo("4");
    assertThat(cells.get(header.indexOf("rank_low_by-district"))).isEmpty();
    // 2023 was not analysed: no interval columns.
    String before = new String(site.bytes("data/xa-mau/2023/scores.csv"), StandardCharsets.UTF_8);
    assertThat(before.lines().findFirst().orElseThrow()).doesNotContain("rank_low_");

    ObjectMapper json = new ObjectMapper();
    JsonNode scores = json.readTree(site.bytes("data/xa-mau/2024/scores.json"));
    JsonNode unit = null;
    for (JsonNode u : scores.get("units")) {
      if (u.get("unit").asText().equals(second)) {
        unit = u;
      }
    }
    assertThat(unit.at("/rankIntervals/all/low").asInt()).isEqualTo(2);
    assertThat(unit.at("/rankIntervals/all/high").asInt()).isEqualTo(4);

    JsonNode insights = json.readTree(site.bytes("data/xa-mau/2024/insights.json"));
    JsonNode ri = insights.get("rankIntervals");
    assertThat(ri.get("draws").asInt()).isEqualTo(1000);
    assertThat(ri.get("percentiles").toString()).isEqualTo("[5,95]");
    assertThat(ri.get("varied").toString()).isEqualTo("[\"not-applicable\",\"pillar-weights\"]");
    assertThat(ri.at("/tables/0/entries/1/overlapsNext").asBoolean()).isTrue();
    assertThat(ri.at("/tables/0/entries/2/low").asInt()).isEqualTo(2);
    JsonNode integrity = insights.get("integrity");
    assertThat(integrity.at("/pooled/tests/0/test").asText()).isEqualTo("last-digit-uniform");
    assertThat(integrity.at("/units/0/unit").asText()).isEqualTo("xa-a1");
    assertThat(integrity.at("/units/0/tests/1/flagged").asBoolean()).isTrue();
    assertThat(integrity.at("/units/0/tests/1/threshold").decimalValue())
        .isEqualByComparingTo("0.01");
    assertThat(integrity.at("/units/1/tests/0/ran").asBoolean()).isFalse();
    assertThat(integrity.at("/units/1/tests/0/reason").asText()).contains("n = 12 < 26");
    assertThat(integrity.at("/units/1/tests/0").has("pValue")).isFalse();
  }

  @Test
  void theReviewersPageShowsEachTestWithItsThresholdSizeAndFalsePositiveRate() {
    Element vi = html("reviewers.html").getElementById("integrity").parent();
    assertThat(vi.select("table.digit-flags tbody tr")).hasSize(1);
    Element flagged = vi.selectFirst("table.digit-flags tbody tr");
    assertThat(flagged.child(0).text()).isEqualTo("Xã Ánh Dương");
    assertThat(flagged.selectFirst("a").attr("href")).isEqualTo("units/xa-a1/xa-mau-2024.html");
    assertThat(flagged.text())
        .contains("Cảnh báo", "α = 0,01", "n = 40", "tỷ lệ cảnh báo nhầm", "%", "kỳ vọng 8");
    // Too few values: no test, and said so.
    assertThat(vi.select("ul.digit-summary li").eachText())
        .anyMatch(t -> t.contains("1 đơn vị quá ít giá trị nên không kiểm định (n < 26)"));
    assertThat(vi.select("ul.digit-tests li")).hasSize(2);
    Element en = html("en/reviewers.html").getElementById("integrity").parent();
    assertThat(en.text())
        .contains("Flag", "false-positive rate", "too few values")
        .doesNotContain("Cảnh báo");
  }
}
