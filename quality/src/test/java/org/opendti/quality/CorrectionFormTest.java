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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.Severity;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
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
    try (BrowserContext context = context(390, 844)) {
      Page page = Browsers.watched(context, errors);
      page.navigate(web.url(Sites.firstPage(Sites.site(), "units/" + UNIT + "/", ".html")));
      Locator link = page.locator("p.correct a");
      assertThat(link.textContent()).isEqualTo("Điều chỉnh (Đoàn kiểm tra)");
      link.click();
      page.waitForURL("**/corrections/" + FW + ".html?unit=" + UNIT + "&period=2023");
      assertThat(page.locator("#c-unit").inputValue()).isEqualTo(UNIT);
      page.waitForCondition(() -> !page.locator("#c-current").textContent().isEmpty());
      String before = page.locator("#c-current").textContent();
      assertThat(page.locator("fieldset[data-criterion='1.2'] [data-was]").textContent())
          .contains(": 20 cuộc họp", ": 35 cuộc họp");
      assertThat(before).endsWith("3/6");

      // No error on opening the page; the missing name is said once the reviewer leaves the field.
      Locator nameMsg = page.locator("#c-reviewer-name-msg");
      assertThat(nameMsg.textContent()).isEmpty();
      page.locator("#c-reviewer-name").focus();
      page.locator("#c-reviewer-name").blur();
      assertThat(nameMsg.textContent()).isEqualTo("Cần ghi họ tên người thẩm định.");
      page.locator("#c-reviewer-name").fill("Nguyễn Văn Kiểm");
      assertThat(nameMsg.textContent()).isEmpty();
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

    PipelineResult result = publishWith(tmp, review);
    UnitScore score = score(result, UNIT);
    assertThat(score.criteria().stream().filter(c -> c.criterionId().equals("1.3")))
        .singleElement()
        .satisfies(c -> assertThat(c.points()).isEqualByComparingTo(new BigDecimal("1.5")));
    assertThat(shownTotal).isEqualTo(local(score.total()));
    Ranking all = ranking(result);
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

  /**
   * Criterion 8.4 is scored against the cohort (x / x_best × max, {@code 003_…} 8.4): raising the
   * unit's figure above the cohort's highest gives it the maximum and lowers every other district's
   * points. The form shows the unit's new points, total and rank and the other districts' new
   * totals; a "not applicable" ruling (2.5) leaves a criterion out and rescales the total. The
   * published site gives exactly these.
   */
  @Test
  void cohortCriterionAndNotApplicableRulingPublishWhatTheFormShowed(@TempDir Path tmp)
      throws Exception {
    List<String> errors = new ArrayList<>();
    String shownPoints;
    String shownTotal;
    String shownRank;
    String shownOthers;
    java.util.Map<String, BigDecimal> before = new java.util.TreeMap<>();
    byte[] review;
    try (BrowserContext context = context(1366, 900)) {
      Page page = Browsers.watched(context, errors);
      open(page, UNIT);
      // The published totals before the review, as the page has them: unit → total.
      Object ranked =
          page.evaluate(
              "Object.fromEntries(JSON.parse(document.getElementById('review-data').textContent)"
                  + ".periods['2023'].ranking)");
      ((java.util.Map<?, ?>) ranked)
          .forEach((k, v) -> before.put(k.toString(), new BigDecimal(v.toString())));
      page.locator("#c-reviewer-name").fill("Nguyễn Văn Kiểm");
      // 8.4: the unit spent 592 million; the team found 1 250,5 million, above the highest (708).
      correct(page, "8.4", "Số liệu chi theo báo cáo quyết toán.");
      Locator box = page.locator("fieldset[data-criterion='8.4']");
      assertThat(box.locator("[data-new]").textContent()).isEqualTo("—");
      box.locator(".form-field[data-field='a'] input").fill("1250,5");
      shownPoints = box.locator("[data-new]").textContent();
      assertThat(shownPoints).as("the new highest gets the maximum").isEqualTo("20");
      // The other units' points are fetched (reviewing.json) when x_best moves; meanwhile the
      // page says so.
      page.waitForCondition(
          () -> page.locator("#c-others").textContent().contains("Huyện Mẫu"),
          new Page.WaitForConditionOptions().setTimeout(15_000));
      shownOthers = page.locator("#c-others").textContent();

      // 2.5: confirmed not applicable; figures or points alongside the ruling are refused.
      correct(page, "2.5", "Huyện không có hệ thống này (biên bản kiểm tra).");
      Locator na = page.locator("fieldset[data-criterion='2.5']");
      na.locator("[data-cna]").selectOption("true");
      na.locator("[data-cpoints]").fill("1");
      assertThat(na.locator("[data-cna] ~ .field-msg").textContent()).contains("không phát sinh");
      assertThat(page.locator("#c-errors").textContent()).isNotEqualTo("Không có lỗi.");
      na.locator("[data-cpoints]").fill("");
      assertThat(na.locator("[data-new]").textContent()).isEqualTo("0");
      assertThat(page.locator("#c-errors").textContent()).isEqualTo("Không có lỗi.");
      shownTotal = page.locator("#c-total").textContent();
      shownRank = page.locator("#c-rank").textContent();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("correction-cohort-1366.png"))
              .setFullPage(false));
      box.screenshot(
          new Locator.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("correction-cohort-box-1366.png")));
      page.locator("section.form-summary")
          .screenshot(
              new Locator.ScreenshotOptions()
                  .setPath(Sites.screenshots().resolve("correction-cohort-summary-1366.png")));
      Download file = page.waitForDownload(() -> page.locator("#c-download").click());
      review = Files.readAllBytes(file.path());
    }
    assertThat(errors).as("script errors").isEmpty();
    JsonNode written = new ObjectMapper().readTree(review);
    assertThat(correction(written, "2.5").get("notApplicable").asBoolean()).isTrue();
    assertThat(correction(written, "2.5").has("points")).isFalse();
    assertThat(correction(written, "8.4").get("inputs").toString()).isEqualTo("{\"a\":1250.5}");

    PipelineResult result = publishWith(tmp, review);
    UnitScore score = score(result, UNIT);
    assertThat(score.criteria().stream().filter(c -> c.criterionId().equals("8.4")))
        .singleElement()
        .satisfies(c -> assertThat(local(c.points())).isEqualTo(shownPoints));
    assertThat(score.criteria().stream().filter(c -> c.criterionId().equals("2.5")))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE));
    assertThat(shownTotal).isEqualTo(local(score.total()));
    Ranking all = ranking(result);
    RankEntry entry =
        all.entries().stream().filter(e -> e.unitId().equals(UNIT)).findFirst().orElseThrow();
    assertThat(shownRank).isEqualTo(entry.rank() + "/" + all.entries().size());
    // Every other district whose 8.4 points fell is listed with the total it now has.
    int others = 0;
    for (RankEntry e : all.entries()) {
      if (e.unitId().equals(UNIT) || before.get(e.unitId()).compareTo(e.total()) == 0) {
        continue;
      }
      assertThat(shownOthers).contains("(" + local(e.total()) + ")");
      others++;
    }
    assertThat(others).as("districts whose points fell").isGreaterThan(0);
  }

  /**
   * A district claimed criterion 3.2 not applicable (left out, its total rescaled); the team
   * rejects the claim: the form shows 0 points and the total without the rescaling, writes {@code
   * "notApplicable": false} with the claim as {@code was}, and publishing gives that total.
   */
  @Test
  void rejectedNotApplicableClaimPublishesWhatTheFormShowed(@TempDir Path tmp) throws Exception {
    String unit = "mau-huyen-4";
    String file = "submissions/" + FW + "/2023/" + unit + ".review.json";
    List<String> errors = new ArrayList<>();
    String shownTotal;
    String before;
    byte[] review;
    try (BrowserContext context = context(390, 844)) {
      Page page = Browsers.watched(context, errors);
      open(page, unit);
      before = page.locator("#c-total").textContent();
      page.locator("#c-reviewer-name").fill("Nguyễn Văn Kiểm");
      Locator box = page.locator("fieldset[data-criterion='3.2']");
      assertThat(box.locator("[data-was]").textContent()).contains("không phát sinh");
      correct(page, "3.2", "Huyện có hệ thống này theo biên bản kiểm tra.");
      box.locator("[data-cna]").selectOption("false");
      assertThat(box.locator("[data-new]").textContent()).isEqualTo("0");
      assertThat(page.locator("#c-errors").textContent()).isEqualTo("Không có lỗi.");
      shownTotal = page.locator("#c-total").textContent();
      box.screenshot(
          new Locator.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("correction-na-390.png")));
      review = download(page);
    }
    assertThat(errors).as("script errors").isEmpty();
    JsonNode c32 = correction(new ObjectMapper().readTree(review), "3.2");
    assertThat(c32.get("notApplicable").asBoolean(true)).isFalse();
    assertThat(c32.get("was").toString()).isEqualTo("{\"notApplicable\":true}");
    PipelineResult result = publishWith(tmp, file, review);
    UnitScore score = score(result, unit);
    assertThat(score.criteria().stream().filter(c -> c.criterionId().equals("3.2")))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(CriterionScore.Status.MISSING));
    assertThat(shownTotal).isEqualTo(local(score.total())).isNotEqualTo(before);
  }

  /**
   * What the unit declared, written as its scorecard writes it: a date as dd/mm/yyyy (not
   * 2023-10-17) and a percentage with its sign, in both languages.
   */
  @Test
  void declaredValuesAreWrittenAsOnTheScorecard() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context = context(390, 844)) {
      Page page = Browsers.watched(context, errors);
      for (String prefix : List.of("", "en/")) {
        page.navigate(
            web.url(Sites.firstPage(Sites.site(), prefix + "corrections/nga-nam-2024", ".html"))
                + "?unit=nga-nam&period=2023");
        page.waitForCondition(() -> !page.locator("#c-current").textContent().isEmpty());
        String declared = prefix.isEmpty() ? "Đơn vị kê khai" : "The unit's answer";
        assertThat(page.locator("fieldset[data-criterion='1'] [data-was]").textContent())
            .as(prefix)
            .startsWith(declared + ": 17/10/2023;");
        assertThat(page.locator("fieldset[data-criterion='4'] [data-was]").textContent())
            .as(prefix)
            .startsWith(declared + ": 100%;");
      }
    }
    assertThat(errors).as("script errors").isEmpty();
  }

  /**
   * Issue #15 item 4 without hand-written JSON: the reviewer decides the objection the review on
   * main records (rejected, with a reason and a date), records a new one, and, for a unit without a
   * review, records an objection alone. The form says what is missing or wrong, in Vietnamese; the
   * files validate, and the scorecards and the workbench show what the reviewer recorded.
   */
  @Test
  void objectionsAreDecidedAndRecordedWithoutWritingJson(@TempDir Path tmp) throws Exception {
    String fw = "gia-lai-2023-so";
    List<String> errors = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (BrowserContext context = context(390, 844)) {
      context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
      // The host's pages are not reached from here: the test stops at the link.
      context.route(Sites.REPOSITORY_URL + "/**", com.microsoft.playwright.Route::abort);
      Page page = Browsers.watched(context, errors);
      openSo(page, "mau-so-6");
      Locator first = page.locator("#c-objection-list fieldset").nth(0);
      assertThat(first.locator("legend").textContent()).isEqualTo("Kiến nghị 1");
      assertThat(first.locator("[data-o=ref]").inputValue()).isEqualTo("CV 1/UBND-mẫu");
      assertThat(first.locator("[data-o=criterion]").inputValue()).isEqualTo("1.3");
      assertThat(first.locator("[data-on-main]").isVisible()).isTrue();
      assertThat(first.locator("[data-remove]").count()).as("on main: not removable").isZero();
      assertThat(page.locator("#c-objections-none").isVisible()).isFalse();

      // Upheld about a criterion the review leaves as it is (2.1): the decision alone changes no
      // points, so the form offers to correct it. About 1.3, which the review already corrects,
      // there is nothing to offer.
      first.locator("[data-o=criterion]").selectOption("2.1");
      first.locator("[data-o=decision]").selectOption("upheld");
      assertThat(first.locator("[data-upheld]").textContent())
          .startsWith(
              "Kiến nghị được chấp nhận: điểm chỉ thay đổi khi tiêu chí 2.1 được điều chỉnh");
      first.locator("[data-correct-now]").click();
      assertThat(page.locator("fieldset[data-criterion='2.1'] [data-correct]").isChecked())
          .isTrue();
      assertThat(first.locator("[data-upheld]").isVisible()).isFalse();
      page.locator("fieldset[data-criterion='2.1'] [data-correct]").uncheck();
      first.locator("[data-o=criterion]").selectOption("1.3");
      assertThat(first.locator("[data-upheld]").isVisible()).isFalse();

      // Decided: the reason and the date are asked for; a date before receipt is refused.
      first.locator("[data-o=decision]").selectOption("rejected");
      assertThat(first.locator("[data-msg=reason]").textContent())
          .isEqualTo("Cần ghi lý do của kết quả giải quyết.");
      first.locator("[data-o=reason]").fill("Đoàn đã xác minh lại biên bản kiểm tra.");
      first.locator("[data-o=decided]").fill("2024-12-01");
      assertThat(first.locator("[data-msg=decided]").textContent())
          .isEqualTo("Ngày giải quyết không được trước ngày nhận (25/12/2024).");
      first.locator("[data-o=decided]").fill("2025-01-10");
      assertThat(first.locator("[data-msg=decided]").textContent()).isEmpty();

      // A new objection: its reference once, and the date it was received.
      page.locator("#c-objection-add").click();
      Locator second = page.locator("#c-objection-list fieldset").nth(1);
      assertThat(second.locator("legend").textContent()).isEqualTo("Kiến nghị 2");
      assertThat(page.evaluate("document.activeElement.getAttribute('data-o')")).isEqualTo("ref");
      assertThat(second.locator("[data-msg=ref]").textContent())
          .isEqualTo("Cần ghi số hiệu kiến nghị.");
      second.locator("[data-o=ref]").fill("CV 1/UBND-mẫu");
      assertThat(second.locator("[data-msg=ref]").textContent())
          .startsWith("Số hiệu này đã có ở một kiến nghị khác");
      second.locator("[data-o=ref]").fill("#41");
      assertThat(second.locator("[data-msg=received]").textContent())
          .isEqualTo("Cần ghi ngày nhận kiến nghị.");
      assertThat(page.locator("#c-errors").textContent())
          .isEqualTo("Còn 1 lỗi cần sửa trước khi gửi.");
      second.locator("[data-o=received]").fill("2025-01-20");
      assertThat(page.locator("#c-errors").textContent()).isEqualTo("Không có lỗi.");
      // A third, added by mistake, is removed again.
      page.locator("#c-objection-add").click();
      page.locator("#c-objection-list fieldset").nth(2).locator("[data-remove]").click();
      assertThat(page.locator("#c-objection-list fieldset").count()).isEqualTo(2);
      assertThat(page.locator("#c-errors").textContent()).isEqualTo("Không có lỗi.");
      Object wide =
          page.evaluate(
              "document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) wide).intValue()).as("sideways scroll at 390 px").isLessThanOrEqualTo(0);
      page.locator("section.objections")
          .screenshot(
              new Locator.ScreenshotOptions()
                  .setPath(Sites.screenshots().resolve("correction-objections-390.png")));
      // The unit's review is on main: the send button copies the file and opens its edit page.
      assertThat(page.locator("#c-send").textContent()).isEqualTo("Sao chép và mở trang sửa tệp");
      assertThat(page.locator("#c-send").getAttribute("href"))
          .isEqualTo(Sites.REPOSITORY_URL + "/edit/main/" + reviewFile(fw, "mau-so-6"));
      page.locator("#c-send").click();
      page.waitForCondition(() -> !page.locator("#c-send-msg").textContent().isEmpty());
      assertThat(page.locator("#c-send-msg").textContent()).isEqualTo("Đã sao chép nội dung tệp.");
      assertThat(page.evaluate("navigator.clipboard.readText()"))
          .isEqualTo(page.locator("#c-preview").textContent());
      files.put(reviewFile(fw, "mau-so-6"), download(page));

      // A unit without a review: an objection alone is a review file ("corrections": []).
      openSo(page, "mau-so-5");
      assertThat(page.locator("#c-objections-none").textContent())
          .isEqualTo("Kết quả thẩm định của đơn vị chưa ghi kiến nghị nào.");
      assertThat(page.locator("#c-errors").textContent())
          .isEqualTo("Chưa có điều chỉnh hay kiến nghị nào.");
      page.locator("#c-reviewer-name").fill("Nguyễn Văn Kiểm");
      page.locator("#c-objection-add").click();
      Locator only = page.locator("#c-objection-list fieldset").nth(0);
      only.locator("[data-o=ref]").fill("#42");
      only.locator("[data-o=received]").fill("2025-01-21");
      assertThat(page.locator("#c-errors").textContent()).isEqualTo("Không có lỗi.");
      // A new file: its name and content go in the link while it fits; a long one is copied.
      assertThat(page.locator("#c-send").getAttribute("href")).contains("&value=");
      only.locator("[data-o=decision]").selectOption("partly-upheld");
      only.locator("[data-o=reason]").fill("Đoàn kiểm tra xem xét lại toàn bộ hồ sơ. ".repeat(100));
      only.locator("[data-o=decided]").fill("2025-02-03");
      assertThat(page.locator("#c-send").textContent()).isEqualTo("Sao chép và mở trang tạo tệp");
      assertThat(page.locator("#c-send").getAttribute("href"))
          .isEqualTo(
              Sites.REPOSITORY_URL
                  + "/new/main?filename="
                  + reviewFile(fw, "mau-so-5").replace("/", "%2F"));
      files.put(reviewFile(fw, "mau-so-5"), download(page));
    }
    assertThat(errors).as("script errors").isEmpty();
    JsonNode six = new ObjectMapper().readTree(files.get(reviewFile(fw, "mau-so-6")));
    assertThat(six.get("objections").toString())
        .isEqualTo(
            "[{\"reference\":\"CV 1/UBND-mẫu\",\"criterion\":\"1.3\",\"received\":\"2024-12-25\","
                + "\"decision\":\"rejected\",\"reason\":\"Đoàn đã xác minh lại biên bản kiểm tra.\","
                + "\"decided\":\"2025-01-10\"},"
                + "{\"reference\":\"#41\",\"received\":\"2025-01-20\"}]");
    assertThat(six.get("corrections")).hasSize(2);
    JsonNode five = new ObjectMapper().readTree(files.get(reviewFile(fw, "mau-so-5")));
    assertThat(five.get("corrections")).isEmpty();
    assertThat(five.get("objections").toString())
        .startsWith(
            "[{\"reference\":\"#42\",\"received\":\"2025-01-21\",\"decision\":\"partly-upheld\"");

    publishWith(tmp, files);
    assertThat(texts(tmp.resolve("site/units/mau-so-6/" + fw + "-2024.html"), "ul.objections li"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("CV 1/UBND-mẫu")
                    .contains("Không chấp nhận", "Đoàn đã xác minh lại biên bản kiểm tra."))
        .anySatisfy(t -> assertThat(t).startsWith("#41").contains("Đang chờ giải quyết"));
    // The workbench lists them in each unit's row: decided ones with the days they took, the open
    // one waiting.
    assertThat(texts(tmp.resolve("site/reviewers/" + fw + "-2024.html"), "tbody td"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("CV 1/UBND-mẫu (Tiêu chí 1.3): Không chấp nhận sau 16 ngày; ")
                    .contains("; #41 (cả kết quả): đang chờ"))
        .anySatisfy(
            t -> assertThat(t).isEqualTo("#42 (cả kết quả): Chấp nhận một phần sau 13 ngày"));
  }

  /** The text of each element {@code selector} finds in the published page {@code file}. */
  private static List<String> texts(Path file, String selector) throws java.io.IOException {
    return Jsoup.parse(file.toFile(), "UTF-8").select(selector).eachText();
  }

  private static String reviewFile(String fw, String unit) {
    return "submissions/" + fw + "/2024/" + unit + ".review.json";
  }

  /** The Gia Lai departments' correction form for {@code unit} in 2024, its data in. */
  private static void openSo(Page page, String unit) {
    page.navigate(
        web.url(Sites.firstPage(Sites.site(), "corrections/gia-lai-2023-so", ".html"))
            + "?unit="
            + unit
            + "&period=2024");
    page.waitForCondition(() -> !page.locator("#c-current").textContent().isEmpty());
  }

  private static byte[] download(Page page) throws java.io.IOException {
    Download d = page.waitForDownload(() -> page.locator("#c-download").click());
    return Files.readAllBytes(d.path());
  }

  /**
   * What a reviewer entered is kept as a draft per unit and period: a change of unit, a reload or a
   * closed page loses nothing and asks nothing, and the draft comes back with its unit until it is
   * dropped. The address (so a reload, a bookmark and the other language) names the unit shown.
   */
  @Test
  void workNotYetSavedIsKeptAsADraftAndTheAddressFollowsTheUnit() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context = context(390, 844)) {
      Page page = Browsers.watched(context, errors);
      List<String> asked = new ArrayList<>();
      page.onDialog(
          d -> {
            asked.add(d.type() + ": " + d.message());
            d.dismiss();
          });
      open(page, UNIT);
      // Nothing entered: another unit opens without a question, and the address follows.
      page.locator("#c-unit").selectOption("mau-huyen-5");
      page.waitForCondition(() -> page.url().endsWith("?unit=mau-huyen-5&period=2023"));
      Locator english = page.locator(".site-header a[hreflang]");
      english.focus();
      assertThat(english.getAttribute("href"))
          .endsWith("en/corrections/" + FW + ".html?unit=mau-huyen-5&period=2023");

      Locator status = page.locator("#c-draft-status");
      Locator reason = page.locator("fieldset[data-criterion='1.1'] [data-reason]");
      correct(page, "1.1", "Quyết định phân công chưa ban hành.");
      page.waitForCondition(() -> status.textContent().startsWith("Đã lưu bản nháp"));
      page.locator("#c-unit").selectOption("mau-huyen-6");
      page.waitForCondition(() -> page.url().endsWith("?unit=mau-huyen-6&period=2023"));
      assertThat(status.textContent())
          .isEqualTo(
              "Những gì vừa nhập cho Huyện Mẫu Lộc được giữ làm bản nháp trên máy này; chọn lại"
                  + " đơn vị đó để làm tiếp.");
      assertThat(reason.isVisible()).isFalse();

      // Back to the unit: its draft is open again, and after a reload too.
      page.locator("#c-unit").selectOption("mau-huyen-5");
      page.waitForCondition(() -> status.textContent().startsWith("Đã mở lại bản nháp"));
      assertThat(reason.inputValue()).isEqualTo("Quyết định phân công chưa ban hành.");
      page.reload();
      page.waitForCondition(() -> status.textContent().startsWith("Đã mở lại bản nháp"));
      assertThat(reason.inputValue()).isEqualTo("Quyết định phân công chưa ban hành.");
      assertThat(page.locator("#c-errors").textContent()).startsWith("Còn ");

      // Dropped: the unit as main has it, and a reload brings nothing back.
      page.locator("#c-draft-clear").click();
      page.waitForCondition(
          () ->
              status
                  .textContent()
                  .equals("Đã bỏ bản nháp; biểu mẫu hiện theo kết quả đang có trong kho dữ liệu."));
      assertThat(reason.isVisible()).isFalse();
      page.reload();
      page.waitForCondition(() -> !page.locator("#c-current").textContent().isEmpty());
      assertThat(status.textContent()).isEmpty();
      assertThat(page.locator("fieldset[data-criterion='1.1'] [data-correct]").isChecked())
          .isFalse();
      assertThat(asked).as("questions asked").isEmpty();
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * Where this device cannot keep a draft (private mode, full storage), a change of unit or a
   * closed page asks first, and "no" keeps the unit, its address and what was entered.
   */
  @Test
  void withoutADraftWorkNotYetSavedIsAskedAbout() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context = context(390, 844)) {
      context.addInitScript(
          "Storage.prototype.setItem = function () { throw new Error('QuotaExceededError'); };");
      Page page = Browsers.watched(context, errors);
      List<String> asked = new ArrayList<>();
      boolean[] accept = {false};
      page.onDialog(
          d -> {
            asked.add(d.type() + ": " + d.message());
            if (accept[0]) {
              d.accept();
            } else {
              d.dismiss();
            }
          });
      open(page, "mau-huyen-5");
      correct(page, "1.1", "Quyết định phân công chưa ban hành.");
      page.waitForCondition(
          () -> page.locator("#c-draft-status").textContent().startsWith("Trình duyệt không cho"));
      page.locator("#c-unit").selectOption("mau-huyen-6");
      assertThat(asked)
          .containsExactly(
              "confirm: Những gì vừa nhập cho Huyện Mẫu Lộc chưa được tải xuống hoặc gửi đi và"
                  + " sẽ mất khi chuyển sang đơn vị hoặc kỳ khác. Vẫn chuyển?");
      // Kept: the unit, its address and what was entered.
      assertThat(page.locator("#c-unit").inputValue()).isEqualTo("mau-huyen-5");
      assertThat(page.url()).endsWith("?unit=mau-huyen-5&period=2023");
      assertThat(page.locator("fieldset[data-criterion='1.1'] [data-reason]").inputValue())
          .isEqualTo("Quyết định phân công chưa ban hành.");

      // Closing the page asks too; and the reviewer who says yes gets the other unit.
      page.close(new Page.CloseOptions().setRunBeforeUnload(true));
      page.waitForCondition(() -> asked.size() == 2);
      assertThat(asked.get(1)).startsWith("beforeunload");
      assertThat(page.isClosed()).isFalse();
      accept[0] = true;
      page.locator("#c-unit").selectOption("mau-huyen-6");
      page.waitForCondition(() -> page.url().endsWith("?unit=mau-huyen-6&period=2023"));
      assertThat(asked).hasSize(3);
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * The review's date: one before its period began is refused as the check refuses it (a year typed
   * wrong); one after today is asked about.
   */
  @Test
  void aReviewDateBeforeThePeriodIsRefusedAndOneAfterTodayAskedAbout() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context = context(390, 844)) {
      Page page = Browsers.watched(context, errors);
      open(page, UNIT);
      correct(page, "1.1", "Quyết định phân công chưa ban hành.");
      Locator date = page.locator("#c-date");
      Locator said = page.locator("#c-date-msg");
      date.fill("2021-11-20");
      assertThat(said.textContent())
          .isEqualTo(
              "Ngày thẩm định ở trước ngày bắt đầu của kỳ đánh giá (15/11/2022); hệ thống kiểm"
                  + " tra sẽ từ chối tệp này. Hãy kiểm tra lại năm.");
      assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(page.locator("#c-error-list a").allTextContents())
          .anyMatch(t -> t.startsWith("Ngày thẩm định: Ngày thẩm định ở trước"));
      String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
      date.fill(tomorrow);
      assertThat(said.textContent()).startsWith("Ngày thẩm định ở sau hôm nay (");
      assertThat(said.getAttribute("class")).contains("warn");
      assertThat(date.getAttribute("aria-invalid")).isEqualTo("false");
      date.fill("2023-12-01");
      assertThat(said.textContent()).isEmpty();

      // The unit's scorecard is a link away, and leaving for it keeps the work as a draft.
      page.locator("#c-scorecard").click();
      page.waitForURL("**/units/" + UNIT + "/" + FW + "-2023.html");
      assertThat(page.locator("h1").textContent()).contains("Huyện Mẫu");
      page.goBack();
      page.waitForCondition(
          () -> page.locator("#c-draft-status").textContent().startsWith("Đã mở lại bản nháp"));
      assertThat(date.inputValue()).isEqualTo("2023-12-01");
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * The summary lists every problem it counts, each a link to its field, the reviewer's missing
   * name included before the field was visited; and it says what a file with problems meets.
   */
  @Test
  void theSummaryListsEveryProblemItCountsAndSaysWhatAFileWithProblemsMeets() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context = context(390, 844)) {
      Page page = Browsers.watched(context, errors);
      open(page, UNIT);
      page.locator("fieldset[data-criterion='1.1'] [data-correct]").check();
      Locator list = page.locator("#c-error-list a");
      assertThat(page.locator("#c-errors").textContent())
          .isEqualTo("Còn 3 lỗi cần sửa trước khi gửi.");
      assertThat(list.allTextContents())
          .containsExactly(
              "1.1 — Hoặc điểm đã sửa (Điểm tối đa: 15): Cần nhập số liệu hoặc điểm đã sửa.",
              "1.1 — Lý do: Cần ghi lý do điều chỉnh.",
              "Họ và tên: Cần ghi họ tên người thẩm định.");
      assertThat(page.locator("#c-save-note").textContent())
          .startsWith("Bạn vẫn tải được tệp để lưu lại, nhưng kiểm tra tự động (CI) sẽ từ chối");
      list.nth(1).click();
      assertThat(
              (Boolean)
                  page.evaluate(
                      "() => document.activeElement.matches(\"fieldset[data-criterion='1.1']"
                          + " [data-reason]\")"))
          .isTrue();
      page.keyboard().type("Quyết định phân công chưa ban hành.");
      page.locator("fieldset[data-criterion='1.1'] select[data-input]")
          .selectOption("chua-phan-cong");
      page.locator("#c-reviewer-name").fill("Nguyễn Văn Kiểm");
      assertThat(list.count()).isZero();
      assertThat(page.locator("#c-save-note").textContent())
          .isEqualTo("Tệp không còn lỗi, sẵn sàng để gửi.");
      // An address written short is said to be kept as a title nobody can open; a title or a
      // full address is not.
      Locator evidence = page.locator("fieldset[data-criterion='1.1'] [data-cevidence]");
      Locator said = page.locator("[id=\"" + evidence.getAttribute("aria-describedby") + "\"]");
      evidence.fill("www.gialai.gov.vn/van-ban/123");
      assertThat(said.textContent()).startsWith("Trông như một liên kết nhưng không phải địa chỉ");
      for (String fine : List.of("Biên bản số 12/BB-ĐKT", "https://gialai.gov.vn/van-ban/123")) {
        evidence.fill(fine);
        assertThat(said.textContent()).as(fine).isEmpty();
      }
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /** Offline, or a file gone: the reviewer is told, in the page's language, not left waiting. */
  @Test
  void aUnitWhosePointsCannotBeFetchedIsSaidSo() {
    try (BrowserContext context = context(390, 844)) {
      Page page = context.newPage();
      page.route("**/reviewing/**", com.microsoft.playwright.Route::abort);
      open(page, UNIT);
      assertThat(page.locator("#c-current").textContent())
          .startsWith("Không tải được bài nộp hoặc điểm của đơn vị");
    }
  }

  /** A browser context of that viewport accepting downloads; phone-like (touch) below 800 px. */
  private static BrowserContext context(int width, int height) {
    boolean phone = width < 800;
    return web.browser()
        .newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setIsMobile(phone)
                .setHasTouch(phone)
                .setAcceptDownloads(true));
  }

  /** The correction form of {@link #FW} for {@code unit} in 2023, once the unit's data are in. */
  private static void open(Page page, String unit) {
    page.navigate(
        web.url(Sites.firstPage(Sites.site(), "corrections/" + FW, ".html"))
            + "?unit="
            + unit
            + "&period=2023");
    page.waitForCondition(() -> !page.locator("#c-current").textContent().isEmpty());
  }

  private static String local(BigDecimal points) {
    return points.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static PipelineResult publishWith(Path tmp, byte[] review) throws Exception {
    return publishWith(tmp, FILE, review);
  }

  private static PipelineResult publishWith(Path tmp, String file, byte[] review) throws Exception {
    return publishWith(tmp, Map.of(file, review));
  }

  /** A copy of the repository with each review at its file, published without an error. */
  private static PipelineResult publishWith(Path tmp, Map<String, byte[]> reviews)
      throws Exception {
    Path repo = tmp.resolve("repo");
    for (String dir : List.of("criteria", "units", "schemas", "submissions", "policy")) {
      HostileInput.copyTree(Sites.repositoryRoot().resolve(dir), repo.resolve(dir));
    }
    for (Map.Entry<String, byte[]> r : reviews.entrySet()) {
      Files.write(repo.resolve(r.getKey()), r.getValue());
    }
    PipelineResult result =
        Pipeline.builder()
            .repositoryRoot(repo)
            .templates(Sites.repositoryRoot().resolve("site-templates"))
            .build()
            .publish(tmp.resolve("site"));
    assertThat(result.leftOut().keySet())
        .as("files left out for their errors")
        .doesNotContainAnyElementsOf(reviews.keySet());
    assertThat(
            result.diagnostics().all().stream()
                .filter(d -> reviews.containsKey(d.file()) || d.severity() == Severity.ERROR)
                .map(Object::toString))
        .as("diagnostics of the review file, and errors")
        .isEmpty();
    return result;
  }

  private static UnitScore score(PipelineResult result, String unit) {
    return result.scores().stream()
        .filter(
            s ->
                s.unitId().equals(unit)
                    && s.frameworkId().equals(FW)
                    && s.periodId().equals("2023"))
        .findFirst()
        .orElseThrow();
  }

  private static Ranking ranking(PipelineResult result) {
    return result.rankings().stream()
        .filter(
            r ->
                r.frameworkId().equals(FW)
                    && r.periodId().equals("2023")
                    && r.partitionUnitId() == null)
        .findFirst()
        .orElseThrow();
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
