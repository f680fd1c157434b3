package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Severity;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.ArrivalTimes;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;
import org.opendti.validate.Validator;

/**
 * The submission form ({@code forms/nga-nam-2024.html}) in Chromium, filled in with the values of
 * the real submission of thị xã Ngã Năm for 2023 (seed {@code 002_…}): bad values are flagged next
 * to their field, the points shown are the Java scorer's, and the downloaded file loads, validates
 * and scores exactly as shown.
 */
class FormBrowserTest {

  private static final String FRAMEWORK = "nga-nam-2024";
  private static final String SUBMISSION = "submissions/nga-nam-2024/2023/nga-nam.json";

  /** "9,98 / 10" or "9.98 / 10 (…)": the points before the slash. */
  private static final Pattern SHOWN = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)\\s*/");

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
  void realSubmissionFilledInDownloadsAsTheSameScores() throws IOException {
    Path root = Sites.repositoryRoot();
    JsonNode real = new ObjectMapper().readTree(root.resolve(SUBMISSION).toFile());
    List<String> errors = new ArrayList<>();
    try (BrowserContext context =
        web.browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(1200, 900)
                    .setAcceptDownloads(true))) {
      Page page = Browsers.watched(context, errors);
      page.navigate(web.url("forms/" + FRAMEWORK + ".html"));
      assertThat(page.locator("#dti-form").getAttribute("data-framework")).isEqualTo(FRAMEWORK);

      fillIdentity(page, real);
      JsonNode answers = real.get("answers");
      answers.fields().forEachRemaining(a -> fillAnswer(page, a.getKey(), a.getValue()));

      // Bad values are flagged next to their field, then cleared once fixed.
      rejects(page, "4", "p", "120", answers.get("4").get("inputs").get("p").asText());
      rejects(
          page,
          "6",
          "late-monthly",
          "7.5",
          answers.get("6").get("inputs").get("late-monthly").asText());

      assertThat(page.locator("[aria-invalid='true']").count()).as("fields flagged").isZero();
      Map<String, BigDecimal> shown = shownPoints(page);
      BigDecimal shownTotal = number(page.locator("#f-total").textContent());
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("form-filled.png"))
              .setFullPage(true));

      Download download = page.waitForDownload(() -> page.locator("#f-download").click());
      assertThat(download.suggestedFilename()).isEqualTo("nga-nam.json");
      byte[] json = Files.readAllBytes(download.path());
      // Download shows every message, required or not: still none.
      assertThat(page.locator("[aria-invalid='true']").count()).as("fields flagged").isZero();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("form-downloaded.png"))
              .setFullPage(false));

      RepositoryLoader loader = RepositoryLoader.create();
      LoadResult repository = loader.load(root);
      LoadResult loaded = loader.loadFile(SUBMISSION, json, repository.dataset());
      assertThat(loaded.diagnostics().all()).as("load diagnostics").isEmpty();
      Diagnostics report = new Validator().validate(loaded.dataset(), loaded.sources());
      // Warnings are allowed (criterion 15 is unanswered in the real file too), errors are not.
      assertThat(report.forFile(SUBMISSION))
          .as("validation of the downloaded file")
          .filteredOn(d -> d.severity() == Severity.ERROR)
          .isEmpty();
      assertThat(report.hasErrors()).as(report.all().toString()).isFalse();

      UnitScore downloaded = scoreOf(loaded, "nga-nam");
      UnitScore original = scoreOf(repository, "nga-nam");
      assertThat(downloaded.criteria()).hasSameSizeAs(original.criteria());
      for (CriterionScore c : downloaded.criteria()) {
        String id = c.criterionId();
        if (c.status() == CriterionScore.Status.SCORED) {
          assertThat(shown.get(id)).as("points shown for %s", id).isEqualByComparingTo(c.points());
        } else {
          assertThat(shown).as("criterion %s shows no points", id).doesNotContainKey(id);
        }
        CriterionScore o = original.criterion(id).orElseThrow();
        assertThat(c.status()).as("status of %s", id).isEqualTo(o.status());
        if (o.computed() != null) {
          assertThat(c.points())
              .as("criterion %s as the real submission computes it", id)
              .isEqualByComparingTo(o.computed().setScale(2, RoundingMode.HALF_UP));
        }
      }
      assertThat(shownTotal).as("total shown").isEqualByComparingTo(downloaded.total());
      // The seed's own figures (002_…): 99.8 % → 9.98, 75.7 % of an 80 % target → 4.54 (of 5)…
      assertThat(shown.get("8")).isEqualByComparingTo("9.98");
      assertThat(shown.get("12")).isEqualByComparingTo("4.54");
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * A blank form, the unit's submission on main or an opened file replaces what the official typed:
   * the message offers it back until they type again, and a date the date field cannot hold is
   * said, not dropped.
   */
  @Test
  void replacedWorkComesBackAndRefusedDatesAreSaid() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = Browsers.watched(context, errors);
      page.navigate(web.url("forms/" + FRAMEWORK + ".html"));
      page.locator("#f-period").selectOption("2023");
      pickUnit(page, "ngã năm", "nga-nam");
      Locator p8 = page.locator("fieldset[data-criterion='8'] [data-input='p']");
      // A share written as a fraction is asked about, not refused.
      Locator said = page.locator("[id=\"" + p8.getAttribute("aria-describedby") + "\"]");
      p8.fill("0,95");
      assertThat(said.textContent())
          .isEqualTo("Bạn ghi 0,95, tức là 0,95%. Nếu là tỷ lệ 95%, hãy ghi 95.");
      assertThat(said.getAttribute("class")).contains("warn");
      assertThat(p8.getAttribute("aria-invalid")).isNull();
      p8.fill("0,95%");
      assertThat(said.textContent()).isEmpty();
      p8.fill("99,5");
      page.locator("#f-preparer-name").fill("Nguyễn Thị Lan");
      page.locator("#f-start-blank").click();
      assertThat(p8.inputValue()).isEmpty();
      Locator message = page.locator("#f-start-msg");
      Locator back = message.locator("[data-undo]");
      assertThat(back.textContent()).isEqualTo("Lấy lại nội dung trước đó");
      back.click();
      assertThat(p8.inputValue()).isEqualTo("99,5");
      assertThat(page.locator("#f-preparer-name").inputValue()).isEqualTo("Nguyễn Thị Lan");
      assertThat(message.textContent()).isEqualTo("Đã lấy lại nội dung trước khi thay.");

      // A file replaces it: offered back too, and its impossible date named, not dropped.
      page.locator("#f-open")
          .setInputFiles(
              new com.microsoft.playwright.options.FilePayload(
                  "nga-nam.json",
                  "application/json",
                  ("{\"framework\":\"nga-nam-2024\",\"unit\":\"nga-nam\",\"period\":\"2023\","
                          + "\"answers\":{\"1\":{\"inputs\":{\"date\":\"2023-02-31\"},"
                          + "\"evidence\":[{\"kind\":\"report\",\"date\":\"17/10/2023\"}]}}}")
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      page.waitForCondition(() -> message.textContent().contains("nga-nam.json"));
      assertThat(message.locator("li").allTextContents())
          .containsExactly(
              "Tiêu chí 1: “2023-02-31” không phải một ngày có thật nên ô ngày để trống; hãy"
                  + " nhập lại ngày.",
              "Tiêu chí 1: “17/10/2023” không phải một ngày có thật nên ô ngày để trống; hãy"
                  + " nhập lại ngày.");
      assertThat(p8.inputValue()).isEmpty();
      assertThat(back.count()).as("offered back after the file").isEqualTo(1);
      // Typing again makes the form the official's: the way back would undo that too.
      page.locator("#f-preparer-name").fill("Trần Văn Bình");
      assertThat(back.count()).as("offered back after typing").isZero();
      // Nothing typed, nothing to offer back.
      page.locator("#f-start-blank").click();
      page.locator("#f-start-blank").click();
      assertThat(back.count()).as("offered back after clearing a blank form").isZero();
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * On a phone the Sở form runs to tens of thousands of pixels: its contents say how much of each
   * section is filled in and where the errors are, show a priority sector's section only once it is
   * chosen, and take the official there and back.
   */
  @Test
  void theContentsSayWhatEachSectionStillNeedsAndGoThere() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = Browsers.watched(context, errors);
      page.navigate(web.url("forms/gia-lai-2023-so.html"));
      Locator contents = page.locator("nav.contents");
      Locator first = contents.locator("[data-progress='s-0']");
      Locator tourism = contents.locator("[data-sector-entry='du-lich']");
      assertThat(first.textContent()).isEqualTo("4 tiêu chí");
      assertThat(tourism.isVisible()).as("a sector not chosen").isFalse();

      page.locator("#f-period").selectOption("2023");
      pickUnit(page, "sở nội vụ", "mau-so-1");
      page.locator("#f-start-blank").click();
      page.locator("[id='c-1.2-a']").fill("3");
      page.locator("[id='c-1.2-b']").fill("4");
      // More meetings chaired than held: refused, and counted against section 4.
      page.locator("[id='c-4.3-a']").fill("9");
      page.locator("[id='c-4.3-b']").fill("2");
      assertThat(first.textContent()).isEqualTo("đã điền 1/4 tiêu chí");
      assertThat(first.getAttribute("class")).doesNotContain("has-errors");
      Locator fourth = contents.locator("[data-progress='s-3']");
      assertThat(fourth.textContent()).isEqualTo("đã điền 1/3 tiêu chí · 1 lỗi");
      assertThat(fourth.getAttribute("class")).contains("has-errors");

      page.locator("#f-sector").selectOption("du-lich");
      page.waitForCondition(tourism::isVisible);
      assertThat(contents.locator("[data-sector-entry]:visible").count()).isEqualTo(1);

      // There and back: the entry scrolls to its section, the section's last link to the contents.
      contents.locator("a[href='#s-3']").click();
      page.waitForCondition(() -> inView(page, "#s-3"));
      page.locator("section[aria-labelledby='s-3'] .to-contents a").click();
      page.waitForCondition(() -> inView(page, "#f-contents-h"));
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  /**
   * Ngã Năm's 2023 deadline (25/11/2023) has passed: the form says so under the period, and what it
   * means. Picking another unit with figures typed keeps them, and says so; each unit's figures are
   * kept in a draft of its own, which picking that unit again brings back.
   */
  @Test
  void aPastDeadlineAndAChangeOfUnitAreSaid() {
    List<String> errors = new ArrayList<>();
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = Browsers.watched(context, errors);
      page.navigate(web.url("forms/" + FRAMEWORK + ".html"));
      Locator past = page.locator("#f-period-msg");
      assertThat(past.textContent())
          .startsWith("Hạn nộp của kỳ này (ngày 25/11/2023) đã qua. Thời điểm nộp được tính là");
      assertThat(past.getAttribute("class")).contains("warn");
      pickUnit(page, "ngã năm", "nga-nam");
      page.locator("fieldset[data-criterion='8'] [data-input='p']").fill("99,5");
      pickUnit(page, "mẫu an", "mau-huyen-1");
      assertThat(page.locator("#f-start-msg").textContent())
          .startsWith("Đã đổi đơn vị từ Thị xã Ngã Năm sang Huyện Mẫu An; các số liệu đã nhập");
      Locator p8 = page.locator("fieldset[data-criterion='8'] [data-input='p']");
      assertThat(p8.inputValue()).isEqualTo("99,5");
      // Each unit keeps its own draft in this browser: Mẫu An's figure typed, Ngã Năm picked again
      // brings Ngã Năm's back, and Mẫu An's comes back in turn.
      Locator draft = page.locator("#f-draft-status");
      p8.fill("12");
      page.waitForCondition(() -> draft.textContent().startsWith("Đã lưu bản nháp"));
      pickUnit(page, "ngã năm", "nga-nam");
      assertThat(p8.inputValue()).isEqualTo("99,5");
      assertThat(draft.textContent())
          .startsWith("Đã mở bản nháp của Thị xã Ngã Năm lưu lúc ")
          .endsWith(
              "Số liệu đã nhập cho Huyện Mẫu An vẫn được giữ trong bản nháp của Huyện Mẫu An"
                  + " trên máy này.");
      pickUnit(page, "mẫu an", "mau-huyen-1");
      assertThat(p8.inputValue()).isEqualTo("12");
      // The form reopens with the latest.
      page.reload();
      page.waitForCondition(() -> draft.textContent().startsWith("Đã khôi phục bản nháp"));
      assertThat(page.locator("#f-unit-msg").textContent()).contains("mau-huyen-1");
      assertThat(p8.inputValue()).isEqualTo("12");
      assertThat(errors).as("console or page errors").isEmpty();
    }
  }

  private static boolean inView(Page page, String selector) {
    return (Boolean)
        page.evaluate(
            "s => { const r = document.querySelector(s).getBoundingClientRect();"
                + " return r.top > -1 && r.bottom <= innerHeight; }",
            selector);
  }

  /** A blank form printed to fill in on paper has every criterion's fields, built on demand. */
  @Test
  void printingTheUntouchedFormPrintsEveryField() {
    try (BrowserContext context = web.browser().newContext()) {
      Page page = context.newPage();
      // Before anything can build them (no frame drawn yet, so no criterion has come near the
      // screen): what the browser sends before printing (Ctrl+P, the menu, window.print()).
      page.addInitScript(
          "document.addEventListener('DOMContentLoaded', () => {"
              + " const left = () => document.querySelectorAll('#dti-form template[data-fields]').length;"
              + " const before = left(); window.dispatchEvent(new Event('beforeprint'));"
              + " window.__printed = [before, left()]; });");
      page.navigate(web.url("forms/" + FRAMEWORK + ".html"));
      List<?> printed = (List<?>) page.evaluate("() => window.__printed");
      assertThat(((Number) printed.get(0)).intValue())
          .as("fields waiting to be built")
          .isPositive();
      assertThat(((Number) printed.get(1)).intValue()).as("fields left unbuilt on paper").isZero();
      assertThat(page.locator("fieldset[data-criterion] .form-field[data-field]").count())
          .isGreaterThanOrEqualTo(page.locator("fieldset[data-criterion]").count());
    }
  }

  @Test
  void withoutJavaScriptTheFormSaysWhatItNeeds() {
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(web.url("forms/" + FRAMEWORK + ".html"));
      Locator notice = page.locator("p.notice");
      assertThat(notice.isVisible()).as("no-script notice").isTrue();
      assertThat(notice.textContent()).contains("JavaScript");
      assertThat(page.locator("#f-download").isVisible()).as("download button").isFalse();
      // The list of what to fill in is still there.
      assertThat(page.locator("fieldset[data-criterion]").count()).isPositive();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Sites.screenshots().resolve("form-nojs.png"))
              .setFullPage(false));
    }
  }

  private static void fillIdentity(Page page, JsonNode real) {
    page.locator("#f-period").selectOption(real.get("period").asText());
    pickUnit(page, "ngã năm", "nga-nam");
    Locator phone = page.locator("#f-preparer-phone");
    phone.fill("0299");
    // A number being typed is not yet wrong; once the field is left, it is said.
    assertThat(phone.getAttribute("aria-invalid")).isNull();
    for (String who : List.of("preparer", "approver")) {
      real.get(who)
          .fields()
          .forEachRemaining(
              f -> page.locator("#f-" + who + "-" + f.getKey()).fill(f.getValue().asText()));
    }
    // The seed gives no phone ("(không ghi)"): the form asks for a number that can be dialled.
    assertThat(real.at("/preparer/phone").asText()).isEqualTo("(không ghi)");
    assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.locator("#f-preparer-phone-msg").textContent())
        .startsWith("Số điện thoại cần 8–15 chữ số");
    phone.fill("0299 3 000 000");
    page.locator("#f-preparer-email").focus();
    assertThat(phone.getAttribute("aria-invalid")).isNull();
  }

  private static void fillAnswer(Page page, String id, JsonNode answer) {
    Locator box = page.locator("fieldset[data-criterion='" + id + "']");
    JsonNode na = answer.get("notApplicable");
    if (na != null && !na.isNull()) {
      box.locator("[data-na]").check();
      box.locator("[data-na-reason]").fill(na.asText());
    } else {
      answer.get("inputs").fields().forEachRemaining(i -> fillInput(box, i.getKey(), i.getValue()));
      JsonNode self = answer.get("selfScore");
      if (self != null && !self.isNull()) {
        box.locator("[data-self]").fill(self.asText());
      }
    }
    for (JsonNode e : answer.path("evidence")) {
      box.locator(".ev-add").click();
      Locator row = box.locator(".ev-row").last();
      row.locator("[data-ev=kind]").selectOption(e.get("kind").asText());
      for (String f : List.of("number", "date", "issuer", "title", "url")) {
        if (e.hasNonNull(f)) {
          row.locator("[data-ev=" + f + "]").fill(e.get(f).asText());
        }
      }
    }
    if (answer.hasNonNull("notes")) {
      box.locator("[data-notes]").fill(answer.get("notes").asText());
    }
  }

  /**
   * Types {@code query} into the unit picker and picks the unit {@code id} from the list, which
   * opens as wide as the box it belongs to.
   */
  static void pickUnit(Page page, String query, String id) {
    Locator input = page.locator("#f-unit");
    input.fill("");
    input.pressSequentially(query);
    Locator option = page.locator("#f-unit-list [data-unit='" + id + "']");
    assertThat(option.isVisible()).as("%s lists %s", query, id).isTrue();
    assertThat(page.locator("#f-unit-list").boundingBox().width)
        .as("the list opens as wide as its box")
        .isCloseTo(input.boundingBox().width, offset(1.0));
    option.click();
    assertThat(page.locator("#f-unit-msg").textContent()).contains(id);
  }

  /** Fills one input by its control: yes/no radios, a select of options, or a text box. */
  private static void fillInput(Locator box, String input, JsonNode value) {
    Locator field = box.locator(".form-field[data-field='" + input + "']");
    Locator radios = field.locator("input[type=radio]");
    if (radios.count() > 0) {
      field.locator("input[type=radio][value='" + value.asBoolean() + "']").check();
    } else if (field.locator("select").count() > 0) {
      field.locator("select").selectOption(value.asText());
    } else {
      field.locator("[data-input]").fill(value.asText());
    }
  }

  /** Typing {@code bad} flags the field with a message; typing {@code good} clears both. */
  private static void rejects(Page page, String criterion, String input, String bad, String good) {
    Locator control =
        page.locator("fieldset[data-criterion='" + criterion + "'] [data-input='" + input + "']");
    Locator message = page.locator("#" + control.getAttribute("aria-describedby"));
    control.fill(bad);
    assertThat(control.getAttribute("aria-invalid")).as("%s in %s", bad, input).isEqualTo("true");
    assertThat(message.textContent()).as("message for %s in %s", bad, input).isNotBlank();
    assertThat(message.isVisible()).isTrue();
    // A refused figure is kept in its field but never scored, as the validator never scores it.
    assertThat(
            page.locator("fieldset[data-criterion='" + criterion + "'] [data-points]")
                .textContent())
        .as("points of %s while %s is refused", criterion, bad)
        .doesNotContainPattern(SHOWN)
        .contains("sửa ô báo lỗi");
    control.fill(good);
    assertThat(control.getAttribute("aria-invalid")).isNull();
    assertThat(message.textContent()).isEmpty();
  }

  /** Criterion id → points shown, for criteria that show points (not missing or pending). */
  private static Map<String, BigDecimal> shownPoints(Page page) {
    Map<String, BigDecimal> out = new TreeMap<>();
    Locator boxes = page.locator("fieldset[data-criterion]");
    for (int i = 0; i < boxes.count(); i++) {
      Locator box = boxes.nth(i);
      Matcher m = SHOWN.matcher(box.locator("[data-points]").textContent());
      if (m.find()) {
        out.put(box.getAttribute("data-criterion"), number(m.group(1)));
      }
    }
    return out;
  }

  /** A number as the Vietnamese page writes it (decimal comma). */
  private static BigDecimal number(String shown) {
    return new BigDecimal(shown.trim().replace(',', '.'));
  }

  private static UnitScore scoreOf(LoadResult loaded, String unit) {
    return new Scorer()
        .score(loaded.dataset(), ArrivalTimes.none()).stream()
            .filter(
                s ->
                    s.unitId().equals(unit)
                        && s.frameworkId().equals(FRAMEWORK)
                        && s.periodId().equals("2023"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no score for " + unit));
  }
}
