package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.Severity;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

/**
 * Issue #15 item 2 as a reviewer lives it, on a phone-sized Chromium: from a sample district's
 * scorecard, open the correction form (unit and period chosen), correct a choice, an input and a
 * criterion's points with reasons, see the new total and rank, download the review file, put it in
 * a copy of the repository and publish: the file validates without an error and the published total
 * and rank are exactly what the form showed.
 */
class CorrectionFormTest {

  private static final String FW = "gia-lai-2023-huyen";
  private static final String UNIT = "mau-huyen-6";
  private static final String FILE = "submissions/" + FW + "/2023/" + UNIT + ".review.json";

  private static SiteBrowser web;

  @BeforeAll
  static void start() {
    web = SiteBrowser.open();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void reviewFileFromTheFormPublishesTheTotalItShowed(@TempDir Path tmp) throws Exception {
    List<String> errors = new ArrayList<>();
    String shownTotal;
    String shownRank;
    byte[] review;
    try (BrowserContext context =
        web.browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setIsMobile(true)
                    .setHasTouch(true)
                    .setAcceptDownloads(true))) {
      Page page = context.newPage();
      page.onPageError(errors::add);
      page.onConsoleMessage(
          m -> {
            if ("error".equals(m.type())) {
              errors.add(m.text());
            }
          });
      page.navigate(web.url(Sites.firstPage(Sites.site(), "units/" + UNIT + "/", ".html")));
      Locator link = page.locator("p.correct a");
      assertThat(link.textContent()).isEqualTo("Điều chỉnh (Đoàn kiểm tra)");
      link.click();
      page.waitForURL("**/corrections/" + FW + ".html?unit=" + UNIT + "&period=2023");
      assertThat(page.locator("#c-unit").inputValue()).isEqualTo(UNIT);
      page.waitForCondition(() -> !page.locator("#c-current").textContent().isEmpty());
      String before = page.locator("#c-current").textContent();
      assertThat(page.locator("fieldset[data-criterion='1.2'] [data-was]").textContent())
          .contains(": 20", ": 35");
      assertThat(before).endsWith("3/6");

      page.locator("#c-reviewer-name").fill("Nguyễn Văn Kiểm");
      page.locator("#c-reviewer-office").fill("Sở Thông tin và Truyền thông");
      // 1.2: the unit counted 20 of 35 meetings; the team found 0.
      correct(page, "1.2", "Số văn bản ký số theo báo cáo của Văn phòng.");
      page.locator("fieldset[data-criterion='1.2'] .form-field[data-field='a'] input").fill("0");
      // 1.1: the choice corrected.
      correct(page, "1.1", "Quyết định phân công chưa ban hành.");
      page.locator("fieldset[data-criterion='1.1'] select[data-input]")
          .selectOption("chua-phan-cong");
      // 1.3: points corrected, with evidence.
      correct(page, "1.3", "Đánh giá lại theo biên bản kiểm tra.");
      page.locator("fieldset[data-criterion='1.3'] [data-cpoints]").fill("1,5");
      page.locator("fieldset[data-criterion='1.3'] [data-cevidence]").fill("Biên bản số 12/BB-ĐKT");

      // 2.9 and 3.5: points taken away; the unit falls behind the fourth (40,46 points behind).
      correct(page, "2.9", "Không có minh chứng.");
      page.locator("fieldset[data-criterion='2.9'] [data-cpoints]").fill("0");
      page.locator("fieldset[data-criterion='2.9'] [data-cevidence]")
          .fill("https://example.vn/kiem-tra/bb-12.pdf");
      correct(page, "3.5", "Số liệu không khớp hệ thống.");
      page.locator("fieldset[data-criterion='3.5'] [data-cpoints]").fill("0");

      assertThat(page.locator("#c-errors").textContent()).isEqualTo("Không có lỗi.");
      assertThat(page.locator("fieldset[data-criterion='1.3'] [data-new]").textContent())
          .isEqualTo("1,5");
      shownTotal = page.locator("#c-total").textContent();
      shownRank = page.locator("#c-rank").textContent();
      assertThat(shownRank).isEqualTo("4/6");
      assertThat(page.locator("#c-change").textContent()).endsWith("(trước: 3/6)");
      assertThat(page.locator("#c-change").textContent()).contains(shownTotal);
      assertThat(before).doesNotContain(shownTotal + ";");
      assertThat(page.locator("#c-path").textContent()).isEqualTo(FILE);
      assertThat(page.locator("#c-send").getAttribute("href"))
          .startsWith(Sites.REPOSITORY_URL + "/new/main?filename=");
      Object wide =
          page.evaluate(
              "document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) wide).intValue()).as("sideways scroll at 390 px").isLessThanOrEqualTo(0);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("correction-390.png"))
              .setFullPage(false));
      page.locator("section.form-summary")
          .screenshot(
              new com.microsoft.playwright.Locator.ScreenshotOptions()
                  .setPath(Sites.screenshots().resolve("correction-summary-390.png")));
      Download file = page.waitForDownload(() -> page.locator("#c-download").click());
      assertThat(file.suggestedFilename()).isEqualTo(UNIT + ".review.json");
      review = Files.readAllBytes(file.path());
    }
    assertThat(errors).as("script errors").isEmpty();
    String json = new String(review, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"reviewer\": {\n    \"name\": \"Nguyễn Văn Kiểm\"")
        .contains("\"was\"")
        .contains("\"was\": {\n        \"inputs\": {\n          \"a\": 20,");
    // The basis is the correction's evidence, not part of its reason: a title, or a link.
    JsonNode written = new ObjectMapper().readTree(json);
    JsonNode c13 = correction(written, "1.3");
    assertThat(c13.get("reason").asText()).isEqualTo("Đánh giá lại theo biên bản kiểm tra.");
    assertThat(c13.get("evidence").toString())
        .isEqualTo("[{\"kind\":\"document\",\"title\":\"Biên bản số 12/BB-ĐKT\"}]");
    assertThat(correction(written, "2.9").get("evidence").toString())
        .isEqualTo("[{\"kind\":\"link\",\"url\":\"https://example.vn/kiem-tra/bb-12.pdf\"}]");
    assertThat(correction(written, "3.5").has("evidence")).isFalse();

    Path repo = tmp.resolve("repo");
    for (String dir : List.of("criteria", "units", "schemas", "submissions", "policy")) {
      HostileInput.copyTree(Sites.repositoryRoot().resolve(dir), repo.resolve(dir));
    }
    Files.write(repo.resolve(FILE), review);
    PipelineResult result =
        Pipeline.builder()
            .repositoryRoot(repo)
            .templates(Sites.repositoryRoot().resolve("site-templates"))
            .build()
            .publish(tmp.resolve("site"));
    assertThat(result.leftOut()).as("files left out for their errors").doesNotContainKey(FILE);
    assertThat(
            result.diagnostics().all().stream()
                .filter(d -> FILE.equals(d.file()) || d.severity() == Severity.ERROR)
                .map(Object::toString))
        .as("diagnostics of the review file, and errors")
        .isEmpty();
    UnitScore score =
        result.scores().stream()
            .filter(
                s ->
                    s.unitId().equals(UNIT)
                        && s.frameworkId().equals(FW)
                        && s.periodId().equals("2023"))
            .findFirst()
            .orElseThrow();
    assertThat(score.criteria().stream().filter(c -> c.criterionId().equals("1.3")))
        .singleElement()
        .satisfies(c -> assertThat(c.points()).isEqualByComparingTo(new BigDecimal("1.5")));
    assertThat(shownTotal)
        .isEqualTo(score.total().stripTrailingZeros().toPlainString().replace('.', ','));
    Ranking all =
        result.rankings().stream()
            .filter(
                r ->
                    r.frameworkId().equals(FW)
                        && r.periodId().equals("2023")
                        && r.partitionUnitId() == null)
            .findFirst()
            .orElseThrow();
    RankEntry entry =
        all.entries().stream().filter(e -> e.unitId().equals(UNIT)).findFirst().orElseThrow();
    assertThat(shownRank).isEqualTo(entry.rank() + "/" + all.entries().size());
    // The scorecard shows the evidence at its criterion, the link as a link.
    String card = Files.readString(tmp.resolve("site/units/" + UNIT + "/" + FW + "-2023.html"));
    assertThat(card)
        .contains("Căn cứ điều chỉnh của đoàn kiểm tra:")
        .contains("Văn bản: Biên bản số 12/BB-ĐKT")
        .contains("<a href=\"https://example.vn/kiem-tra/bb-12.pdf\" rel=\"nofollow noopener\">");
  }

  private static JsonNode correction(JsonNode review, String criterion) {
    for (JsonNode c : review.get("corrections")) {
      if (c.get("criterion").asText().equals(criterion)) {
        return c;
      }
    }
    throw new AssertionError("no correction of " + criterion);
  }

  private static void correct(Page page, String criterion, String reason) {
    Locator box = page.locator("fieldset[data-criterion='" + criterion + "']");
    box.locator("[data-correct]").check();
    box.locator("[data-reason]").fill(reason);
  }
}
