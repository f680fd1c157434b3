package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This repository published end to end: the scorecard shows "where the next points are" with the
 * what-if numbers, and the reviewers' page lists the one real anomaly.
 */
class PublishedSiteTest {

  @TempDir static Path out;

  @BeforeAll
  static void publish() throws IOException {
    Pipeline.builder().repositoryRoot(Path.of("..")).build().publish(out.resolve("public"));
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(
        Files.readString(out.resolve("public").resolve(path), StandardCharsets.UTF_8));
  }

  /**
   * Ngã Năm ({@code 002_…}) left criterion 15 unanswered (8 points) and item 12 at 75.7% of 6: its
   * best opportunities are +8 and +1.46 on a total of 90.52.
   */
  @Test
  void scorecardShowsWhereTheNextPointsAre() throws IOException {
    Document vi = page("units/nga-nam/nga-nam-2024-2023.html");
    Element table = vi.selectFirst("section[aria-labelledby=improvements] table");

    assertThat(vi.selectFirst("#improvements").text()).isEqualTo("Cơ hội cải thiện");
    assertThat(table).isNotNull();
    Element first = table.selectFirst("tbody tr");
    assertThat(first.child(0).text()).startsWith("15 ");
    assertThat(first.child(3).text()).isEqualTo("98,52");
    assertThat(first.child(4).text()).isEqualTo("+8");
    Element second = table.select("tbody tr").get(1);
    assertThat(second.child(0).text()).startsWith("12 ");
    assertThat(second.child(2).text()).isEqualTo("4,54 → 6");
    assertThat(page("en/units/nga-nam/nga-nam-2024-2023.html").selectFirst("#improvements").text())
        .isEqualTo("Where the next points are");
  }

  @Test
  void reviewersPageListsTheRealDiscrepancyOnly() throws IOException {
    Document vi = page("reviewers.html");

    assertThat(vi.select("table.flags tbody tr")).hasSize(1);
    assertThat(vi.selectFirst("table.flags code").text()).isEqualTo("self-above-computed");
    assertThat(vi.select("h3 a").attr("href")).isEqualTo("units/nga-nam/nga-nam-2024-2023.html");
    assertThat(page("en/reviewers.html").selectFirst("h1").text())
        .isEqualTo("For reviewers: what to look at");
  }

  @Test
  void insightsAreOpenData() throws IOException {
    String json = Files.readString(out.resolve("public/data/nga-nam-2024/2023/insights.json"));

    assertThat(json).contains("\"criterion\" : \"15\"", "\"gain\" : 8.00", "self-above-computed");
    // The opportunities the scorecard shows, and how many the what-if found.
    assertThat(json).contains("\"opportunitiesFound\" : ");
  }

  /**
   * Issue #16 item 7: the repository's one real result (Ngã Năm) comes first on the home page, then
   * the frameworks still waiting for results; the sample province is in its own section.
   */
  @Test
  void homeShowsTheRealResultFirstAndTheSampleProvinceApart() throws IOException {
    Document vi = page("index.html");
    List<Element> real = vi.select("main > section.framework");
    assertThat(real).isNotEmpty();
    assertThat(real.get(0).selectFirst("table.top").text()).contains("Thị xã Ngã Năm");
    assertThat(real.stream().skip(1).map(e -> e.select("table.top").size())).containsOnly(0);
    Element samples = vi.selectFirst("main > section.samples");
    assertThat(samples.select("table.top tbody tr").eachText())
        .isNotEmpty()
        .noneMatch(t -> t.contains("Ngã Năm"));
    assertThat(samples.select("[role=note]").text()).contains("Dữ liệu mẫu / Sample data");
  }
}
