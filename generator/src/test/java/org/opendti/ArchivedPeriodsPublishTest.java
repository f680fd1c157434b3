package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.UsageException;

/**
 * This repository published with pages for each framework's latest period only ({@link
 * Pipeline.Builder#pagePeriods}): Gia Lai's 2023 is archived, its open data kept.
 */
class ArchivedPeriodsPublishTest {

  @Test
  void theLatestPeriodKeepsItsPagesAndTheOlderItsData(@TempDir Path out) throws IOException {
    Path site = out.resolve("public");
    Pipeline.builder().repositoryRoot(Path.of("..")).pagePeriods(1).build().publish(site);

    Path unit = site.resolve("units/mau-huyen-1-xa-1");
    assertThat(unit.resolve("gia-lai-2023-xa-2024.html")).isRegularFile();
    assertThat(unit.resolve("gia-lai-2023-xa-2023.html")).doesNotExist();
    assertThat(site.resolve("en/units/mau-huyen-1-xa-1/gia-lai-2023-xa-2023.html")).doesNotExist();
    assertThat(site.resolve("rankings/gia-lai-2023-xa/2023")).doesNotExist();
    assertThat(site.resolve("rankings/gia-lai-2023-xa/2024")).isDirectory();
    assertThat(site.resolve("data/gia-lai-2023-xa/2023/scores.csv")).isRegularFile();
    assertThat(site.resolve("data/gia-lai-2023-xa/2023/scores.xlsx")).isRegularFile();
    assertThat(site.resolve("data/gia-lai-2023-xa/2023/submissions/mau-huyen-1-xa-1.json"))
        .isRegularFile();
    // Ngã Năm's only period is its latest: it keeps its scorecard.
    assertThat(site.resolve("units/nga-nam/nga-nam-2024-2023.html")).isRegularFile();

    String card =
        Files.readString(unit.resolve("gia-lai-2023-xa-2024.html"), StandardCharsets.UTF_8);
    assertThat(card)
        .contains(
            "Kỳ đã lưu trữ không còn trang chi tiết",
            "href=\"../../data/gia-lai-2023-xa/2023/scores.xlsx\"");
    // A search for the sample commune merged from 2024 (its only scorecard, 2023, is archived)
    // leads to the unit it went into.
    JsonNode gia = searchEntry(site, "mau-huyen-1-xa-5");
    assertThat(gia.get("s")).isEmpty();
    assertThat(gia.get("c").toString())
        .isEqualTo(
            "[[\"mergedInto\",[[\"Xã Mẫu Hòa\",\"Xã Mẫu Hòa\","
                + "\"units/mau-huyen-1-xa-6/gia-lai-2023-xa-2024.html\"]]]]");
    assertThat(Files.readString(site.resolve("sitemap.xml")))
        .doesNotContain("gia-lai-2023-xa-2023.html", "gia-lai-2023-xa/2023/")
        .contains("gia-lai-2023-xa-2024.html", "nga-nam-2024-2023.html");
  }

  /** The unit's entry in the split search index ({@code search/<n>.json}). */
  static JsonNode searchEntry(Path site, String unit) throws IOException {
    try (var files = Files.list(site.resolve("search"))) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().matches("[0-9]+\\.json")).toList()) {
        for (JsonNode e : new ObjectMapper().readTree(f.toFile())) {
          if (unit.equals(e.path("u").asText())) {
            return e;
          }
        }
      }
    }
    throw new AssertionError("no search entry for " + unit);
  }

  @Test
  void aCountAsWrittenIsParsedAndAnythingElseRefusedInVietnameseFirst() {
    // Blank is every period, as an unset workflow variable gives it; no exception for these.
    Pipeline.builder().pagePeriods((String) null).pagePeriods("").pagePeriods(" 2 ");
    assertThatThrownBy(() -> Pipeline.builder().pagePeriods("hai"))
        .isInstanceOf(UsageException.class)
        .satisfies(
            e ->
                assertThat(((UsageException) e).text().in(Lang.VI))
                    .isEqualTo(
                        "Số kỳ có trang (dti.pagePeriods) phải là 0 (mọi kỳ) hoặc một số dương:"
                            + " hai"));
    assertThatThrownBy(() -> Pipeline.builder().pagePeriods("-1"))
        .isInstanceOf(UsageException.class);
  }

  @Test
  void aNegativeCountIsAUsageError() {
    assertThatThrownBy(() -> Pipeline.builder().pagePeriods(-2))
        .isInstanceOf(UsageException.class)
        .satisfies(
            e ->
                assertThat(((UsageException) e).text().in(Lang.EN))
                    .isEqualTo(
                        "the number of periods with pages (dti.pagePeriods) must be 0 (every"
                            + " period) or positive: -2"));
  }
}
