package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Severity;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.validate.Validator;

/**
 * Issue #14 as an official lives it, on a phone-sized Chromium: pick Ngã Năm by typing "nga nam",
 * start from its accepted 2023 submission, type "99,5" (decimal comma) into criterion 8 and see
 * 9,95 points, see the self-score of criterion 12 warned with both numbers, save as Excel and open
 * it again, see an ambiguous number listed as an error and fix it through its link, keep a draft
 * across a reload, and save a JSON file that the validator CI runs ({@link RepositoryLoader} +
 * {@link Validator}) accepts with no error.
 */
class FormJourneyTest {

  private static final String FORM = "forms/nga-nam-2024.html";
  private static final String FILE = "submissions/nga-nam-2024/2023/nga-nam.json";

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
  void officialStartsFromLastSubmissionFixesErrorsAndSavesAValidFile() throws IOException {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context =
        web.browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setIsMobile(true)
                    .setHasTouch(true)
                    .setAcceptDownloads(true))) {
      Page page = context.newPage();
      watch(page, errors);
      page.navigate(web.url(FORM));
      noSidewaysScroll(page, "fresh form");

      // Choose, don't type an id: "nga nam" finds Thị xã Ngã Năm.
      FormBrowserTest.pickUnit(page, "nga nam", "nga-nam");
      assertThat(page.locator("#f-period option:checked").textContent())
          .contains("15/11/2022", "14/11/2023", "25/11/2023");

      // Start from the unit's accepted submission of 2023 (already on main: an update).
      Locator accepted = page.locator("#f-start-accepted");
      assertThat(accepted.textContent()).contains("2023");
      accepted.click();
      page.waitForCondition(() -> page.locator("#f-start-msg").textContent().contains("2023"));
      assertThat(page.locator("#c-8-p").inputValue()).isEqualTo("99,8");
      assertThat(page.locator("#c-8-points").textContent()).startsWith("9,98");
      // The 2023 file has no phone ("(không ghi)": the seed gives none); this year's needs one.
      assertThat(page.locator("#f-preparer-phone").inputValue()).isEqualTo("(không ghi)");
      page.locator("#f-preparer-phone").fill("0299 3 000 000");

      // Numbers as Vietnamese write them.
      page.locator("#c-8-p").fill("99,5");
      assertThat(page.locator("#c-8-points").textContent()).startsWith("9,95");
      assertThat(page.locator("#c-8-p").getAttribute("aria-invalid")).isNull();
      // Criterion 12: self-score 6 against the method's 4,54, beside the field and in the list.
      assertThat(page.locator("#c-12-self-msg").textContent()).contains("6", "4,54");
      assertThat(page.locator("#f-warning-list").textContent()).contains("4,54");
      // Criterion 15 is the inspection team's: nothing to fill in, and who scores it.
      assertThat(page.locator("#c-15 input, #c-15 select").count()).isZero();
      assertThat(page.locator("#c-15 .scored-by").textContent()).contains("Đoàn kiểm tra");
      noSidewaysScroll(page, "filled form");
      page.screenshot(shot("form-journey-390.png", true));

      // Save as Excel, clear everything, open the Excel file again.
      Download xlsx = page.waitForDownload(() -> page.locator("#f-export-xlsx").click());
      assertThat(xlsx.suggestedFilename()).isEqualTo("nga-nam.xlsx");
      Path saved = Files.createTempDirectory("form-").resolve(xlsx.suggestedFilename());
      xlsx.saveAs(saved);
      int evidenceRows = page.locator("#c-1 .ev-row").count();
      page.locator("#f-start-blank").click();
      assertThat(page.locator("#c-8-p").inputValue()).isEmpty();
      assertThat(page.locator("#c-1 .ev-row").count()).isZero();
      page.locator("#f-open").setInputFiles(saved);
      page.waitForCondition(() -> !page.locator("#c-8-p").inputValue().isEmpty());
      assertThat(page.locator("#f-start-msg").textContent()).contains("nga-nam.xlsx");
      assertThat(page.locator("#c-8-p").inputValue()).isEqualTo("99,5");
      assertThat(page.locator("#c-8-points").textContent()).startsWith("9,95");
      assertThat(page.locator("#c-3-value").inputValue()).isEqualTo("dai-hoc");
      assertThat(page.locator("#c-1 .ev-row").count()).isEqualTo(evidenceRows).isPositive();
      assertThat(page.locator("#f-preparer-email").inputValue())
          .isEqualTo("khong-ghi@example.invalid");

      // An ambiguous number is an error in the list; its link leads to the field to fix.
      page.locator("#c-6-late-monthly").fill("1.234");
      Locator listed =
          page.locator("#f-error-list a", new Page.LocatorOptions().setHasText("1.234"));
      assertThat(listed.count()).isEqualTo(1);
      assertThat(listed.textContent()).contains("1234");
      listed.click();
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("c-6-late-monthly");
      page.keyboard().press("Control+A");
      page.keyboard().type("0");
      assertThat(page.locator("#f-error-list a").count()).isZero();
      assertThat(page.locator("#f-save-note").textContent()).doesNotContain("CI");

      // The draft survives a reload.
      page.waitForCondition(() -> page.locator("#f-draft-status").textContent().contains("lưu"));
      page.reload();
      assertThat(page.locator("#f-draft-status").textContent()).contains("khôi phục");
      assertThat(page.locator("#c-8-p").inputValue()).isEqualTo("99,5");
      assertThat(page.locator("#f-unit-msg").textContent()).contains("nga-nam");

      // Sending: the file exists on main, so its edit page, with the content to paste.
      String send = page.locator("#f-send").getAttribute("href");
      assertThat(send).isEqualTo(Sites.REPOSITORY_URL + "/edit/main/" + FILE);
      assertThat(page.locator("#f-send").textContent()).containsIgnoringCase("sao chép");

      // Save the file: what CI runs accepts it with no error, with 99.5 written canonically.
      Download json = page.waitForDownload(() -> page.locator("#f-download").click());
      byte[] bytes = Files.readAllBytes(json.path());
      JsonNode written = new ObjectMapper().readTree(bytes);
      assertThat(written.at("/answers/8/inputs/p").decimalValue()).isEqualByComparingTo("99.5");
      assertThat(written.at("/answers/15").isMissingNode()).isTrue();
      assertThat(ciErrors(bytes)).isEmpty();

      page.locator("#f-draft-clear").click();
      assertThat(page.evaluate("localStorage.getItem('opendti.form.nga-nam-2024')")).isNull();
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * The Excel part (scripts and sheet layout) is fetched at its first use: when that fails, as
   * offline, the form says so in Vietnamese, and a second try once it is back saves the file.
   */
  @Test
  void excelPartThatCannotLoadIsReportedAndRetried() {
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
      Page page = context.newPage();
      page.navigate(web.url(FORM));
      assertThat(page.evaluate("() => typeof window.DtiExcel")).isEqualTo("undefined");
      page.route("**/*.sheet.json", route -> route.abort());
      page.locator("#f-export-xlsx").click();
      page.waitForCondition(
          () -> page.locator("#f-export-msg").textContent().contains("Không tải được"));
      page.unroute("**/*.sheet.json");
      Download xlsx = page.waitForDownload(() -> page.locator("#f-export-xlsx").click());
      assertThat(xlsx.suggestedFilename()).isEqualTo("nga-nam-2024.xlsx");
      assertThat(page.locator("#f-export-msg").textContent()).isEmpty();
    }
  }

  /**
   * A file the form cannot read is said in the page's language, with what to do, never in the
   * browser's or the unzip library's words ("Expected ',' or '}' after property value", "zip").
   */
  @Test
  void filesTheFormCannotReadAreSaidInThePagesLanguage(@TempDir Path tmp) throws IOException {
    Path broken =
        Files.writeString(
            tmp.resolve("a.json"), "{\n  \"framework\": \"nga-nam-2024\"\n  \"unit\": 1}");
    Path latin1 = Files.write(tmp.resolve("b.json"), new byte[] {'{', '"', (byte) 0xE0, '"', '}'});
    Path array = Files.writeString(tmp.resolve("c.json"), "[]");
    Path notZip = Files.writeString(tmp.resolve("d.xlsx"), "PK not really a workbook");
    Path other = Files.writeString(tmp.resolve("e.json"), "{\"framework\": \"gia-lai-2023-xa\"}");
    Map<Path, String> vi =
        Map.of(
            broken,
            "Tệp không phải JSON hợp lệ (lỗi ở dòng 3, cột 3). Hãy mở tệp đã lưu bằng nút “Lưu bài về máy”",
            latin1,
            "Tệp không phải văn bản JSON (không đọc được như văn bản UTF-8).",
            array,
            "Tệp là JSON nhưng không phải một bài tự đánh giá",
            notZip,
            "Không đọc được tệp Excel: tệp không phải tệp Excel .xlsx hoặc đã bị hỏng.",
            other,
            "Tệp là bài cho một bộ tiêu chí khác (gia-lai-2023-xa), không phải “Tiêu chí đánh giá,"
                + " thang điểm thi đua chuyển đổi số của thị xã Ngã Năm” của biểu mẫu này.");
    Map<Path, String> en =
        Map.of(
            broken,
            "The file is not valid JSON (error at line 3, column 3). Open a file saved with “Save to"
                + " this device”",
            notZip,
            "Cannot read the Excel file: it is not an .xlsx workbook, or it is damaged.");
    List<String> errors = new ArrayList<>();
    try (BrowserContext context = web.browser().newContext()) {
      Page page = context.newPage();
      watch(page, errors);
      for (Map.Entry<String, Map<Path, String>> form :
          Map.of(FORM, vi, "en/" + FORM, en).entrySet()) {
        page.navigate(web.url(form.getKey()));
        for (Map.Entry<Path, String> file : form.getValue().entrySet()) {
          page.locator("#f-start-msg").evaluate("e => e.textContent = ''");
          page.locator("#f-open").setInputFiles(file.getKey());
          page.waitForCondition(() -> !page.locator("#f-start-msg").textContent().isEmpty());
          assertThat(page.locator("#f-start-msg").textContent())
              .as(form.getKey() + " " + file.getKey().getFileName())
              .startsWith(file.getValue())
              .doesNotContain("Expected", "position", "JSON.parse", ": zip");
        }
      }
    }
    assertThat(errors).as("console or page errors").isEmpty();
  }

  @Test
  void newFileFitsInTheLinkAndNothingScrollsSidewaysAt360() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context =
        web.browser()
            .newContext(
                new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true))) {
      Page page = context.newPage();
      watch(page, errors);
      for (String form : Sites.htmlPages(web.site())) {
        if (form.matches("(en/)?forms/.*\\.html")) {
          page.navigate(web.url(form));
          noSidewaysScroll(page, form);
        }
      }
      // Xã Lạc Đạo has no file for 2024: GitHub's new-file page with the name and the content.
      page.navigate(web.url("forms/lac-dao-2024.html"));
      FormBrowserTest.pickUnit(page, "lac dao", "lac-dao");
      page.locator("#f-preparer-name").fill("Nguyễn Văn A");
      assertThat(page.locator("#f-path").textContent())
          .isEqualTo("submissions/lac-dao-2024/2024/lac-dao.json");
      assertThat(page.locator("#f-start-accepted").isVisible()).isFalse();
      String href = page.locator("#f-send").getAttribute("href");
      assertThat(href)
          .startsWith(
              Sites.REPOSITORY_URL
                  + "/new/main?filename=submissions%2Flac-dao-2024%2F2024%2Flac-dao.json&value=")
          .contains("Nguy%E1%BB%85n")
          .hasSizeLessThanOrEqualTo(8000);
      noSidewaysScroll(page, "lac-dao form");
      page.screenshot(shot("form-360.png", false));
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  @Test
  void wideScreen() {
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
      Page page = context.newPage();
      page.navigate(web.url(FORM));
      FormBrowserTest.pickUnit(page, "nga nam", "nga-nam");
      page.locator("#f-start-accepted").click();
      page.waitForCondition(() -> page.locator("#f-start-msg").textContent().contains("2023"));
      page.locator("#c-8-p").fill("99,5");
      noSidewaysScroll(page, "1366");
      page.screenshot(shot("form-journey-1366.png", false));
    }
  }

  /** The diagnostics CI would give the file at its path, errors only. */
  private static List<String> ciErrors(byte[] json) {
    RepositoryLoader loader = RepositoryLoader.create();
    LoadResult repository = loader.load(Sites.repositoryRoot());
    LoadResult loaded = loader.loadFile(FILE, json, repository.dataset());
    Diagnostics report =
        loaded.diagnostics().plus(new Validator().validate(loaded.dataset(), loaded.sources()));
    return report.all().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .map(Object::toString)
        .toList();
  }

  private static void noSidewaysScroll(Page page, String when) {
    Object wide =
        page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) wide).intValue())
        .as("horizontal overflow (px) of %s", when)
        .isLessThanOrEqualTo(0);
  }

  /** Script errors, failed loads (with their address) and dialogs, as BrowserTest counts them. */
  private static void watch(Page page, List<String> errors) {
    page.onPageError(errors::add);
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
            errors.add(m.text());
          }
        });
    page.onResponse(
        r -> {
          // Browsers ask for /favicon.ico on their own; the site declares no icon.
          if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
            errors.add(r.status() + " " + r.url());
          }
        });
    page.onDialog(d -> errors.add("dialog: " + d.message()));
  }

  private static Page.ScreenshotOptions shot(String name, boolean full) {
    return new Page.ScreenshotOptions()
        .setPath(Sites.screenshots().resolve(name))
        .setFullPage(full);
  }
}
