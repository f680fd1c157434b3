package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
   * Ngã Năm ({@code 002_…}) left criterion 15 unanswered (8 points) and item 12 at 75.7% of 6. Item
   * 12 comes from a figure the unit reports (+1.46, 4.54 → 6), so it leads; criterion 15's points
   * are given directly ({@code assessed}), so its +8 (total 98.52) is listed apart as such.
   */
  @Test
  void scorecardShowsWhereTheNextPointsAre() throws IOException {
    Document vi = page("units/nga-nam/nga-nam-2024-2023.html");
    Element table = vi.selectFirst("section[aria-labelledby=improvements] table.improvements");

    assertThat(vi.selectFirst("#improvements").text()).isEqualTo("Cơ hội cải thiện");
    assertThat(table).isNotNull();
    Element first = table.selectFirst("tbody tr");
    assertThat(first.child(0).text()).startsWith("12 ");
    assertThat(first.child(2).text()).isEqualTo("4,54 → 6");
    Element assessed =
        vi.selectFirst("section[aria-labelledby=improvements] table.improvements.assessed");
    assertThat(assessed).isNotNull();
    Element fifteen = assessed.selectFirst("tbody tr");
    assertThat(fifteen.child(0).text()).startsWith("15 ");
    // One scorer for every criterion scored directly: said once above the table, not per row.
    assertThat(vi.select("section[aria-labelledby=improvements] p.scored-by").text())
        .startsWith("Ai chấm: ");
    assertThat(assessed.select("thead th").eachText()).doesNotContain("Ai chấm");
    assertThat(fifteen.child(2).text()).isEqualTo("98,52");
    assertThat(fifteen.child(3).text()).isEqualTo("+8");
    // No rank column: Ngã Năm is alone in its table (theWhatIfRowsSayNoRankInATableOfOne).
    List<String> heads = table.select("thead th").eachText();
    assertThat(heads).hasSize(5);
    assertThat(first.children()).hasSize(heads.size());
    assertThat(page("en/units/nga-nam/nga-nam-2024-2023.html").selectFirst("#improvements").text())
        .isEqualTo("Where the next points are");
  }

  /**
   * The national model framework nests groups two deep ({@code xa-chinh-quyen-so-000}): its
   * criteria page opens with contents nested as its sections are, one entry per section, each a
   * link to the section's heading, and each section ends with a link back.
   */
  @Test
  void theCriteriaPageOpensWithContentsNestedAsItsSections() throws IOException {
    Document vi = page("criteria/xa-chinh-quyen-so-000.html");
    Elements sections = vi.select("main section.section");
    Elements entries = vi.select("nav.contents li > a");
    assertThat(sections).hasSizeGreaterThan(10);
    assertThat(entries).hasSameSizeAs(sections);
    for (int i = 0; i < sections.size(); i++) {
      Element section = sections.get(i);
      Element entry = entries.get(i);
      Element heading = section.selectFirst("h2, h3");
      assertThat(entry.attr("href")).isEqualTo("#" + heading.id());
      assertThat(entry.text()).isEqualTo(heading.text().replace(" Lĩnh vực ưu tiên", ""));
      int depth = Integer.parseInt(section.className().replaceAll(".*depth-(\\d+).*", "$1"));
      assertThat(entry.parents().stream().filter(p -> p.nameIs("ol")))
          .as("lists around %s", entry.text())
          .hasSize(depth + 1);
      assertThat(section.select(".to-contents a").attr("href")).isEqualTo("#contents-h");
    }
    assertThat(vi.select("nav.contents .contents-meta").first().text())
        .matches("[0-9.,]+ điểm( · [0-9]+ tiêu chí)?");
    assertThat(page("en/criteria/xa-chinh-quyen-so-000.html").selectFirst("#contents-h").text())
        .isEqualTo("Contents");
  }

  /**
   * A search for a province or a district leads to the rankings on its territory, and a unit with
   * no scorecard yet to the forms it can submit with: Gia Lai (before 2025) to its three
   * frameworks' tables of 2024, sample district Mẫu An to its part of the by-district tables, Xã
   * Lạc Đạo (no submission in this repository) to the Lạc Đạo and national model forms.
   */
  @Test
  void searchLeadsFromAProvinceToItsRankingsAndFromAUnitWithoutScorecardToItsForms()
      throws IOException {
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> units =
        new java.util.HashMap<>();
    try (var shards = Files.list(out.resolve("public/search"))) {
      for (Path shard : shards.filter(p -> !p.endsWith("index.json")).toList()) {
        for (var entry :
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(shard.toFile())) {
          if (entry.has("u")) {
            units.put(entry.get("u").asText(), entry);
          }
        }
      }
    }
    List<String> province = new java.util.ArrayList<>();
    units
        .get("gia-lai")
        .get("r")
        .forEach(r -> province.add(r.get(2).asText() + " " + r.get(4).asText()));
    assertThat(province)
        .containsExactlyInAnyOrder(
            "Bộ chỉ số đánh giá mức độ chuyển đổi số (DTI) cấp huyện tỉnh Gia Lai 2024",
            "Bộ chỉ số đánh giá mức độ chuyển đổi số (DTI) cấp sở tỉnh Gia Lai 2024",
            "Bộ chỉ số đánh giá mức độ chuyển đổi số (DTI) cấp xã tỉnh Gia Lai 2024");
    for (String id : List.of("gia-lai", "mau-huyen-1")) {
      for (var r : units.get(id).get("r")) {
        assertThat(out.resolve("public").resolve(r.get(5).asText())).as(id).exists();
      }
    }
    assertThat(units.get("mau-huyen-1").get("r").get(0).get(5).asText())
        .endsWith("by-district-mau-huyen-1.html");
    assertThat(units.get("lac-dao").has("s") && units.get("lac-dao").get("s").isEmpty()).isTrue();
    List<String> forms = new java.util.ArrayList<>();
    units.get("lac-dao").get("f").forEach(f -> forms.add(f.get(2).asText()));
    assertThat(forms)
        .containsExactlyInAnyOrder("forms/lac-dao-2024.html", "forms/xa-chinh-quyen-so-000.html");
    forms.forEach(f -> assertThat(out.resolve("public").resolve(f)).exists());
    // A unit with scorecards needs no form link in its result.
    assertThat(units.get("nga-nam").has("f")).isFalse();
  }

  /**
   * Points a department gave directly ({@code assessed}: sample Sở Nội vụ, 1.3, 5,37 of 10) are
   * said once with a label, then counted; no formula repeats the number.
   */
  @Test
  void pointsGivenDirectlyAreSaidOnceWithALabel() throws IOException {
    Element row = page("units/mau-so-1/gia-lai-2023-so-2024.html").getElementById("c-1.3");
    assertThat(row.child(1).text()).isEqualTo("Điểm đơn vị chấm: 5,37");
    assertThat(row.select("code")).isEmpty();
    assertThat(row.child(row.childrenSize() - 1).text()).isEqualTo("5,37 / 10");
    Element en = page("en/units/mau-so-1/gia-lai-2023-so-2024.html").getElementById("c-1.3");
    assertThat(en.child(1).text()).isEqualTo("Points the unit gave: 5.37");
  }

  /**
   * The footer's "Dữ liệu mở" opens a page a reader can use, not the raw data package: every
   * published period of every framework with its three files (each saved under a name that says
   * which it is), what the spreadsheet's columns mean, and the files for the whole site.
   */
  @Test
  void theOpenDataPageListsEveryPeriodsFilesAndSaysWhatTheColumnsMean() throws IOException {
    for (String lang : List.of("", "en/")) {
      Document home = page(lang + "index.html");
      String footer = home.select("footer a[href$=open-data.html]").attr("href");
      assertThat(out.resolve("public").resolve(lang).resolve(footer).normalize())
          .isEqualTo(out.resolve("public").resolve(lang + "open-data.html").normalize());
      Document od = page(lang + "open-data.html");
      List<String> saved = od.select(".od-periods a").eachAttr("download");
      // Gia Lai: 2023 and 2024 for districts and communes, 2023 to 2025 for departments when
      // 2025 has scores; Lạc Đạo 2024; Ngã Năm 2023; the national model where it has scores.
      assertThat(saved)
          .contains(
              "gia-lai-2023-xa-2024-scores.xlsx",
              "gia-lai-2023-xa-2024-scores.csv",
              "gia-lai-2023-xa-2024-scores.json",
              "gia-lai-2023-xa-2024-insights.json",
              "nga-nam-2024-2023-scores.xlsx",
              "nga-nam-2024-2023-scores.csv",
              "lac-dao-2024-2024-insights.json")
          .doesNotHaveDuplicates()
          .hasSize(4 * od.select(".od-periods li").size());
      // The workbook first: it is the file a reader with Excel wants (ScoresWorkbook).
      assertThat(od.select(".od-periods li").first().select("a").eachAttr("download").get(0))
          .endsWith("-scores.xlsx");
      for (String href : od.select(".od-periods a, .od-whole a").eachAttr("href")) {
        assertThat(out.resolve("public").resolve(lang).resolve(href).normalize()).as(href).exists();
      }
      assertThat(od.select(".od-whole a").eachAttr("download"))
          .containsExactly("units.json", "datapackage.json");
      assertThat(od.select(".od-columns li").eachText())
          .anyMatch(t -> t.startsWith("total: "))
          .anyMatch(t -> t.startsWith("sample: "));
    }
  }

  /**
   * Ngã Năm is the only unit of its 2023 table ("Toàn tỉnh", the group its framework names): rank 1
   * / 1 says so, rather than reading as first of a province. On the home page, a framework whose
   * top tables show "≈" or "(2–5)" says what they mean, as a ranking page does.
   */
  @Test
  void aRankAloneIsSaidAndTheHomePageExplainsItsRankMarks() throws IOException {
    assertThat(page("units/nga-nam/nga-nam-2024-2023.html").select("ul.ranks li").eachText())
        .containsExactly("Toàn tỉnh: Hạng 1 / 1 (đơn vị duy nhất trong bảng kỳ này)");
    assertThat(page("en/units/nga-nam/nga-nam-2024-2023.html").select("ul.ranks li").text())
        .endsWith("(the only unit in this period's table)");
    for (Element card : page("index.html").select("section.framework")) {
      boolean marks = !card.select("table.top .level-marker, table.top .rank-interval").isEmpty();
      assertThat(card.select("p.rank-legend"))
          .as(card.selectFirst("h2, h3").text())
          .hasSize(marks ? 1 : 0);
      if (marks) {
        assertThat(card.selectFirst("p.rank-legend a").attr("href")).endsWith("#rank-intervals");
      }
    }
    assertThat(page("index.html").select("section.framework p.rank-legend")).isNotEmpty();
  }

  /**
   * Every period's scores are {@code scores.xlsx} and {@code scores.csv} on the site: a ranking's
   * open-data links save them under names that say which framework and period they are, so two
   * saved files never become "scores (1).csv".
   */
  @Test
  void openDataIsSavedUnderANameThatSaysWhichPeriodItIs() throws IOException {
    Document ranking = page("rankings/gia-lai-2023-xa/2024/all.html");
    assertThat(ranking.select("h2#open-data + ul a").eachAttr("download"))
        .containsExactly(
            "gia-lai-2023-xa-2024-scores.xlsx",
            "gia-lai-2023-xa-2024-scores.csv",
            "gia-lai-2023-xa-2024-scores.json",
            "datapackage.json");
    Document compare = page("compare.html");
    assertThat(compare.select("#compare-data-title ~ ul a").eachAttr("download"))
        .contains("gia-lai-2023-xa-2023-scores.json", "nga-nam-2024-2023-scores.json")
        .doesNotHaveDuplicates();
  }

  /**
   * A criterion whose figure the team corrected (sample commune Mẫu Khánh 2, 3.1: 141 adults with a
   * smartphone, 133 after the review) reads in order: both figures, the formula worked from the
   * team's and said to be, the points computed from the unit's, the points after the review.
   */
  @Test
  void aCorrectedFigureIsShownBesideTheUnitsAndTheFormulaSaysWhichItUses() throws IOException {
    Element row = page("units/mau-huyen-6-xa-3/gia-lai-2023-xa-2024.html").getElementById("c-3.1");
    List<String> cells = row.select("td").eachText();
    assertThat(cells.get(0))
        .isEqualTo(
            "Số người trưởng thành có điện thoại thông minh: 141 người → 133 người đã điều chỉnh"
                + " Tổng dân số trưởng thành: 367 người");
    assertThat(cells.get(1)).isEqualTo("Theo số liệu sau thẩm định: 133 / 367 × 15 ≈ 5,44");
    assertThat(cells.subList(cells.size() - 3, cells.size()))
        .containsExactly("5,76", "5,44", "5,44 / 15");
    // A figure not corrected shows once.
    Element other =
        page("units/mau-huyen-6-xa-3/gia-lai-2023-xa-2024.html").getElementById("c-3.2");
    assertThat(other.text()).doesNotContain("→", "đã điều chỉnh", "sau thẩm định");
    Element en =
        page("en/units/mau-huyen-6-xa-3/gia-lai-2023-xa-2024.html").getElementById("c-3.1");
    assertThat(en.select("td").get(1).text())
        .isEqualTo("With the reviewed figures: 133 / 367 × 15 ≈ 5.44");
  }

  /**
   * What the review changed and what is still disputed is said in the summary, each criterion a
   * link to its row: on a phone the rows are screens further down.
   */
  @Test
  void theSummarySaysWhatTheReviewChangedAndWhatIsStillDisputed() throws IOException {
    Element vi = standing("");
    assertThat(vi.select("li").eachText())
        .containsExactly(
            "Đoàn kiểm tra đã điều chỉnh tiêu chí 3.1, 4.4.",
            "Kiến nghị đang chờ giải quyết: tiêu chí 3.1.");
    assertThat(vi.select("a").eachAttr("href")).containsExactly("#c-3.1", "#c-4.4", "#c-3.1");
    assertThat(standing("en/").select("li").eachText())
        .containsExactly(
            "Corrected by the inspection team: criteria 3.1, 4.4.",
            "Objections awaiting a decision: criteria 3.1.");
    // A unit nobody corrected or objected for says nothing of it.
    assertThat(page("units/nga-nam/nga-nam-2024-2023.html").select("ul.review-standing")).isEmpty();
  }

  /** The review's line in the summary of sample commune Mẫu Khánh 2's 2024 scorecard. */
  private static Element standing(String lang) throws IOException {
    return page(lang + "units/mau-huyen-6-xa-3/gia-lai-2023-xa-2024.html")
        .selectFirst("section.summary ul.review-standing");
  }

  /**
   * A spreadsheet opened away from the site still says which rows are sample data: the sample
   * communes' CSV has a {@code sample} column; Ngã Năm's, real, keeps its columns.
   */
  @Test
  void theScoresCsvSaysWhichRowsAreSampleData() throws IOException {
    List<String> sample =
        Files.readAllLines(out.resolve("public/data/gia-lai-2023-xa/2024/scores.csv"));
    List<String> head = List.of(sample.get(0).substring(1).split(","));
    assertThat(head.subList(0, 7))
        .containsExactly(
            "unit_id",
            "unit_name",
            "parent_id",
            "parent_name",
            "total",
            "classification",
            "sample");
    assertThat(sample.subList(1, sample.size()))
        .isNotEmpty()
        .allMatch(row -> row.split(",")[6].equals("true"));
    String real =
        Files.readAllLines(out.resolve("public/data/nga-nam-2024/2023/scores.csv")).get(0);
    assertThat(real).doesNotContain("sample");
    String pkg = Files.readString(out.resolve("public/data/datapackage.json"));
    assertThat(pkg).contains("{\"name\":\"sample\",\"type\":\"boolean\",");
  }

  /**
   * The workbench lists every framework and period with its counts, each linking to its own page
   * and CSV; its pages link back.
   */
  @Test
  void theWorkbenchLinksToAPagePerFrameworkAndPeriod() throws IOException {
    Document vi = page("reviewers.html");
    assertThat(vi.select("main section h2 a").eachAttr("href"))
        .contains("reviewers/nga-nam-2024-2023.html", "reviewers/lac-dao-2024-2024.html")
        .allSatisfy(href -> assertThat(out.resolve("public").resolve(href)).as(href).exists());
    assertThat(
            vi.selectFirst("section:has(a[href=reviewers/lac-dao-2024-2024.html]) p.meta").text())
        .contains("36 đơn vị phải nộp: 7 chưa nộp, ");
    assertThat(vi.select("table.dashboard")).as("the tables are on the pages").isEmpty();
    Document cohort = page("reviewers/nga-nam-2024-2023.html");
    assertThat(cohort.select("p.breadcrumb a").eachAttr("href"))
        .containsExactly("../index.html", "../reviewers.html");
    assertThat(page("en/reviewers.html").selectFirst("h1").text())
        .isEqualTo("For reviewers: the review workbench");
  }

  /** Ngã Năm: submitted, not reviewed, its one real anomaly written as a sentence. */
  @Test
  void theWorkbenchShowsNgaNamAwaitingReviewWithItsFlag() throws IOException {
    Document vi = page("reviewers/nga-nam-2024-2023.html");
    Elements rows = vi.select("#t-nga-nam-2024-2023 tbody tr");
    assertThat(rows).hasSize(1);
    Element row = rows.get(0);
    assertThat(row.attr("data-state")).isEqualTo("pending");
    assertThat(row.child(0).selectFirst(".state").text()).isEqualTo("Chờ thẩm định");
    assertThat(row.child(0).selectFirst("a.correct-link").text()).isEqualTo("Thẩm định");
    assertThat(row.selectFirst("th a").attr("href"))
        .isEqualTo("../units/nga-nam/nga-nam-2024-2023.html");
    assertThat(row.select("ul.flags li").eachText())
        .containsExactly(
            "Điểm tự chấm tiêu chí 12 là 6, cao hơn điểm tính theo phương pháp 4,54 (chênh 1,46).");
    Document en = page("en/reviewers/nga-nam-2024-2023.html");
    assertThat(en.select("#t-nga-nam-2024-2023 ul.flags li").eachText())
        .containsExactly(
            "Self-assessed points for criterion 12 are 6, above the 4.54 the method gives (a"
                + " difference of 1.46).");
    // No flag code or English on the Vietnamese page.
    assertThat(vi.select("#t-nga-nam-2024-2023").text()).doesNotContain("self-above-computed");
  }

  /**
   * The sample cohort shows every state: units that have not submitted (with the days past the
   * deadline, counted to the day the page names, or the days left in a period still open), units
   * awaiting review, reviewed units with the review's effect, open and decided objections.
   */
  @Test
  void theWorkbenchShowsEveryStateOnTheSampleCohort() throws IOException {
    Document vi = page("reviewers/lac-dao-2024-2024.html");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("tính đến ngày (\\d\\d/\\d\\d/\\d{4})")
            .matcher(vi.select("p.meta").first().text());
    assertThat(m.find()).isTrue();
    java.time.LocalDate asOf =
        java.time.LocalDate.parse(
            m.group(1), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    // lac-dao-2024 (deadline 25/11/2024): every sample commune active in 2024 is expected: 36 but
    // Xã Mẫu Gia, which became part of Xã Mẫu Hòa (the sample merger, units/sample-mau.json); and
    // the one real commune of Văn Lâm in the registry, Xã Lạc Đạo, the territory the framework
    // applies to (appliesTo), which has not submitted in this repository.
    Elements lacDao = vi.select("#t-lac-dao-2024-2024 tbody tr");
    assertThat(lacDao).hasSize(36);
    Elements missing = lacDao.select("tr[data-state=missing]");
    // Every seventh sample commune and the last one (CohortGenerator.missing), and Xã Lạc Đạo.
    assertThat(missing).hasSize(7);
    assertThat(missing.select("th").eachText()).contains("Xã Lạc Đạo");
    long late =
        java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2024, 11, 25), asOf);
    assertThat(missing)
        .allSatisfy(
            r -> {
              assertThat(r.child(0).text()).isEqualTo("Chưa nộp");
              assertThat(r.child(2).text()).isEqualTo("Quá hạn " + late + " ngày");
              // No scorecard to link to.
              assertThat(r.select("th a")).isEmpty();
            });
    // Everyone who submitted links to a scorecard that exists.
    // and to the correction form with it chosen: to review it, or to change its review.
    for (Element r : lacDao.select("tr:not([data-state=missing])")) {
      String href = r.selectFirst("th a").attr("href");
      assertThat(out.resolve("public/reviewers").resolve(href).normalize()).as(href).exists();
      String unit = href.replaceAll("^\\.\\./units/([^/]+)/.*", "$1");
      Element correct = r.child(0).selectFirst("a.correct-link");
      assertThat(correct.attr("href"))
          .isEqualTo("../corrections/lac-dao-2024.html?unit=" + unit + "&period=2024");
      assertThat(correct.text())
          .isEqualTo(
              r.attr("data-state").equals("reviewed") ? "Sửa kết quả thẩm định" : "Thẩm định");
    }
    assertThat(missing.select("a.correct-link")).isEmpty();
    assertThat(vi.select("p.meta").eachText())
        .anySatisfy(t -> assertThat(t).contains("36 đơn vị phải nộp: 7 chưa nộp, "));

    Elements all = vi.select("table.dashboard tbody tr");
    assertThat(all.eachAttr("data-state")).contains("missing", "pending", "reviewed");
    Elements reviewed = all.select("tr[data-state=reviewed]");
    assertThat(reviewed)
        .allSatisfy(
            r -> {
              assertThat(r.child(3).text()).startsWith("Đoàn kiểm tra (mẫu) (");
              assertThat(r.child(4).text()).matches("\\d+.*");
              // Sample corrections trim a figure or points: the total goes down.
              assertThat(r.child(5).text()).startsWith("−");
            });
    assertThat(all.select("tr[data-objection]")).isNotEmpty();
    assertThat(all.select("tr[data-objection]").eachText())
        .allMatch(t -> t.matches(".*: đang chờ \\d+ ngày.*"));
    assertThat(all.eachText())
        .anyMatch(t -> t.matches(".*: (Không chấp nhận|Chấp nhận một phần) sau \\d+ ngày.*"));

    // Gia Lai departments' 2025 (deadline 25/11/2025) is still open on the day the page counts
    // to: no sample department has submitted yet, and each has days left rather than days late.
    Document open = page("reviewers/gia-lai-2023-so-2025.html");
    long left =
        java.time.temporal.ChronoUnit.DAYS.between(asOf, java.time.LocalDate.of(2025, 11, 25));
    assertThat(left).isPositive();
    Elements due = open.select("#t-gia-lai-2023-so-2025 tbody tr");
    assertThat(due).hasSize(12);
    assertThat(due)
        .allSatisfy(
            r -> {
              assertThat(r.attr("data-state")).isEqualTo("missing");
              assertThat(r.child(0).text()).isEqualTo("Chưa nộp");
              assertThat(r.child(2).text()).isEqualTo("Còn " + left + " ngày");
            });
    assertThat(
            page("en/reviewers/gia-lai-2023-so-2025.html")
                .select("#t-gia-lai-2023-so-2025 tbody tr")
                .first()
                .child(2)
                .text())
        .isEqualTo(left + " days left");
    assertThat(open.select("p.meta").eachText())
        .anySatisfy(t -> assertThat(t).contains("12 đơn vị phải nộp: 12 chưa nộp, "));
    // The correction form embeds the ranking and the cohort values, not every unit's points and
    // review (23 MB per framework and language at 10,000 units): it fetches the unit's own.
    String embedded = page("corrections/lac-dao-2024.html").getElementById("review-data").data();
    assertThat(embedded).contains("\"ranking\"").doesNotContain("\"scores\"", "\"reviews\"");
    com.fasterxml.jackson.databind.JsonNode mine =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                out.resolve("public/data/lac-dao-2024/2024/reviewing/mau-huyen-2-xa-2.json")
                    .toFile());
    assertThat(mine.path("criteria").size()).isPositive();
    assertThat(mine.path("review").path("unit").asText()).isEqualTo("mau-huyen-2-xa-2");
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("public/data/lac-dao-2024/2024/reviewing.json").toFile())
                .has("mau-huyen-2-xa-2"))
        .isTrue();
    // Nothing to correct in a period nobody has submitted to: the correction form opens on the
    // latest period with scores; the officials' form on the latest period.
    assertThat(page("corrections/gia-lai-2023-so.html").select("#c-period option[selected]"))
        .extracting(e -> e.attr("value"))
        .containsExactly("2024");

    // The same table as CSV, in the page's language, with a byte order mark for Excel.
    String csv =
        Files.readString(
            out.resolve("public/reviewers/lac-dao-2024-2024.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFĐơn vị,Tình trạng,Hạn nộp (ngày),");
    assertThat(csv.split("\r\n")).hasSize(1 + 36);
    assertThat(csv).contains(",Chưa nộp,Quá hạn " + late + " ngày,");
    assertThat(vi.select("p.meta a[download]").eachAttr("href"))
        .containsExactly("lac-dao-2024-2024.xlsx", "lac-dao-2024-2024.csv");
    // The same rows as a workbook, for a Vietnamese Excel (decimal comma): the review's effect on
    // points is a number cell there, the CSV's text as written elsewhere.
    Map<String, org.opendti.render.XlsxCells.Cell> sheet =
        org.opendti.render.XlsxCells.read(
            Files.readAllBytes(out.resolve("public/reviewers/lac-dao-2024-2024.xlsx")));
    List<org.apache.commons.csv.CSVRecord> records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .parse(new java.io.StringReader(csv.substring(1)))
            .getRecords();
    int pointCells = 0;
    for (int r = 0; r < records.size(); r++) {
      for (int c = 0; c < records.get(r).size(); c++) {
        String text = records.get(r).get(c);
        org.opendti.render.XlsxCells.Cell cell = sheet.get(org.opendti.render.XlsxCells.ref(r, c));
        if (text.isEmpty()) {
          assertThat(cell).isNull();
        } else if (r > 0 && c == 5) {
          assertThat(cell.type()).as(text).isEqualTo("n");
          pointCells++;
        } else {
          assertThat(cell.text()).isEqualTo(text);
        }
      }
    }
    assertThat(pointCells).as("reviewed units with an effect on points").isPositive();
    assertThat(
            Files.readString(
                out.resolve("public/en/reviewers/lac-dao-2024-2024.csv"), StandardCharsets.UTF_8))
        .startsWith("\uFEFFUnit,State,Deadline (days),")
        .contains(",Not submitted," + late + " days late,");
  }

  @Test
  void insightsAreOpenData() throws IOException {
    String json = Files.readString(out.resolve("public/data/nga-nam-2024/2023/insights.json"));

    assertThat(json).contains("\"criterion\":\"15\"", "\"gain\":8.00", "self-above-computed");
    // The opportunities the scorecard shows, and how many the what-if found.
    assertThat(json).contains("\"opportunitiesFound\":");
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

  /**
   * A ranking with many other tables (the sample province's six districts and the whole province)
   * folds their list, so that on a phone the ranking follows the heading (a short list stays open:
   * {@code SiteRendererTest}).
   */
  @Test
  void longListsOfOtherRankingTablesAreFolded() throws IOException {
    for (String path :
        List.of(
            "rankings/gia-lai-2023-xa/2023/all.html",
            "en/rankings/gia-lai-2023-xa/2023/by-district-mau-huyen-2.html")) {
      Element nav = page(path).selectFirst("nav.tables");
      Element details = nav.selectFirst("details");
      assertThat(details).as(path).isNotNull();
      assertThat(details.hasAttr("open")).as(path).isFalse();
      assertThat(details.selectFirst("summary").text()).as(path).endsWith("(6)");
      assertThat(details.select("li")).as(path).hasSize(7);
      assertThat(details.select("li > strong[aria-current=page]")).as(path).hasSize(1);
    }
  }

  /**
   * What a framework writes in Vietnamese only (the notes on encoding the source, the criteria's
   * descriptions) is marked {@code lang="vi"} on English pages and names its documents in
   * Vietnamese: a Vietnamese sentence with an English document name in it read as neither.
   */
  @Test
  void vietnameseFrameworkTextOnEnglishPagesIsMarkedAndSaidInVietnamese() throws IOException {
    Document en = page("en/criteria/gia-lai-2023-xa.html");
    Element note = en.selectFirst(".source-note > [lang=vi]");
    assertThat(note.text())
        .startsWith("Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai (Phụ lục 4) chỉ ghi tên");
    assertThat(en.selectFirst(".source-note > h2").text())
        .isEqualTo("Notes on encoding the source");
    Elements descriptions = en.select("article.criterion .description");
    assertThat(descriptions).isNotEmpty().allMatch(d -> d.attr("lang").equals("vi"));
    assertThat(en.selectFirst("#c-1\\.1 .description").text())
        .contains("như tiêu chí 1.1 của phụ lục Kế hoạch của UBND xã Lạc Đạo (tháng 4/2024)");
    assertThat(en.select(".measurement .reason"))
        .isNotEmpty()
        .allMatch(r -> r.attr("lang").equals("vi"));
    assertThat(en.select("[lang=vi]").text())
        .doesNotContain("the appendix to", "People's Committee's Decision");
    // On the Vietnamese page nothing needs marking, and nothing is wrapped for it.
    Document vi = page("criteria/gia-lai-2023-xa.html");
    assertThat(vi.select("main [lang]")).isEmpty();
    assertThat(vi.selectFirst(".source-note > p").text())
        .startsWith("Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai (Phụ lục 4) chỉ ghi tên");
  }

  /**
   * What a unit or the inspection team wrote (a document's issuer and title, notes, a reviewer's
   * reason, why a criterion does not apply, an objection's decision, the people's names, titles and
   * offices) is Vietnamese, and is marked {@code lang="vi"} on the English scorecard (WCAG 3.1.2)
   * and left unmarked on the Vietnamese one.
   */
  @Test
  void whatUnitsAndReviewersWroteIsMarkedVietnameseOnEnglishScorecards() throws IOException {
    Document en = page("en/units/mau-so-8/gia-lai-2023-so-2023.html");
    assertThat(en.select("ul.evidence li > [lang=vi], ul.evidence li > a > [lang=vi]").eachText())
        .contains("Sở Nông nghiệp và Môi trường", "Báo cáo mẫu về tiêu chí 1.1");
    assertThat(en.select(".notes > div[lang=vi]"))
        .isNotEmpty()
        .allMatch(n -> n.text().startsWith("Số liệu tổng hợp từ báo cáo"));
    assertThat(en.select("p.review > [lang=vi]").eachText())
        .contains("Tài liệu kiểm chứng chưa đầy đủ, điều chỉnh điểm.");
    assertThat(en.select("ul.objections li [lang=vi]").eachText())
        .containsExactly(
            "CV 2/UBND-mẫu", "Đoàn kiểm tra đã xác minh lại tài liệu kiểm chứng (dữ liệu mẫu).");
    assertThat(en.select("section[aria-labelledby=people] dd > [lang=vi]").eachText())
        .hasSize(3)
        .contains("Đoàn kiểm tra (mẫu), Trưởng đoàn, Sở Khoa học và Công nghệ");
    // Only their words: the interface text around them stays English.
    assertThat(en.select("tr.detail [lang=vi], section[aria-labelledby=people] [lang=vi]").text())
        .doesNotContain("Evidence", "Notes", "Reviewer", "Report no.", "received", "Rejected");

    assertThat(page("en/units/mau-so-4/gia-lai-2023-so-2023.html").select("p.na > [lang=vi]"))
        .isNotEmpty()
        .allMatch(
            r -> r.text().equals("Đơn vị không phát sinh nội dung này trong kỳ (dữ liệu mẫu)."));

    Document vi = page("units/mau-so-8/gia-lai-2023-so-2023.html");
    assertThat(vi.select("tr.detail [lang], section[aria-labelledby=people] [lang]")).isEmpty();
    assertThat(vi.select("ul.objections li").text())
        .contains("Đoàn kiểm tra đã xác minh lại tài liệu kiểm chứng (dữ liệu mẫu).");

    // The reviewers' workbench names the team and the objection as they were written, marked.
    Document workbench = page("en/reviewers/gia-lai-2023-so-2023.html");
    assertThat(workbench.select("tbody td > [lang=vi]").eachText())
        .contains("Đoàn kiểm tra (mẫu)", "CV 2/UBND-mẫu")
        .doesNotContain("Criterion 2.7", "Rejected");
    assertThat(workbench.select("tbody td:has(> [lang=vi])").eachText())
        .contains("Đoàn kiểm tra (mẫu) (15/12/2023)")
        .anyMatch(t -> t.startsWith("CV 2/UBND-mẫu (Criterion 2.7): Rejected after 20 days"));
    assertThat(page("reviewers/gia-lai-2023-so-2023.html").select("tbody [lang]")).isEmpty();
  }

  /** An open objection's row links to where the team records its decision. */
  @Test
  void theWorkbenchLinksAnOpenObjectionToTheCorrectionForm() throws IOException {
    Document vi = page("reviewers/gia-lai-2023-so-2024.html");
    assertThat(vi.select("tbody td a[href*=corrections]:not(.correct-link)"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.text()).isEqualTo("Ghi kết quả giải quyết");
              assertThat(a.attr("href"))
                  .isEqualTo(
                      "../corrections/gia-lai-2023-so.html?unit=mau-so-6&period=2024#c-objections");
            });
    // A decided objection needs no answer.
    assertThat(
            page("reviewers/gia-lai-2023-so-2023.html")
                .select("tbody td a[href*=corrections]:not(.correct-link)"))
        .isEmpty();
  }

  /**
   * A page of a period names the period as such: the Lạc Đạo framework's English title ends in its
   * own year, which the period's id used to repeat ("… Lạc Đạo 2024 2024"; "… 2024 — 2024" on the
   * compare page).
   */
  @Test
  void pageTitlesNameThePeriod() throws IOException {
    assertThat(page("en/overview/lac-dao-2024/2024.html").title())
        .isEqualTo(
            "Overview — Digital transformation index and scoring of the commune People's"
                + " Committee, Lạc Đạo 2024 · Period 2024 — Open DTI");
    assertThat(page("units/nga-nam/nga-nam-2024-2023.html").title())
        .isEqualTo(
            "Thị xã Ngã Năm — Tiêu chí đánh giá, thang điểm thi đua chuyển đổi số của thị xã Ngã"
                + " Năm · Kỳ 2023 — Chỉ số chuyển đổi số mở");
    assertThat(page("rankings/gia-lai-2023-xa/2023/all.html").title()).contains(" · Kỳ 2023 — ");
    // The digit tests' sections on the workbench, and the compare page's choice of framework and
    // period, say it the same way.
    assertThat(page("reviewers.html").select("h3[id^=integrity-]").eachText())
        .isNotEmpty()
        .allMatch(h -> h.matches(".* · Kỳ \\d{4}"));
    assertThat(page("en/compare.html").select("option[value=lac-dao-2024/2024]").text())
        .endsWith("Lạc Đạo 2024 · Period 2024");
  }

  /** A maximum of one point is "1 point" in English, beside the name and in the method's words. */
  @Test
  void aMaximumOfOnePointIsSingular() throws IOException {
    Document en = page("en/criteria/nam-dong-2018.html");
    assertThat(en.select("#c-1\\.I\\.1 .pts").text()).isEqualTo("1 point");
    assertThat(en.select(".pts").eachText()).noneMatch(t -> t.matches("1 points"));
    // The method in words says it too: "Yes: 1 point (the maximum)", "at most 1", never "1 points".
    assertThat(en.select("#c-1\\.I\\.2 .criterion-facts dd").first().text())
        .isEqualTo("Yes: 1 point (the maximum); no: 0 points.");
    assertThat(en.select(".criterion-facts dd").eachText())
        .noneMatch(t -> t.matches("(?s).*\\b1 points.*"));
    assertThat(page("criteria/nam-dong-2018.html").select("#c-1\\.I\\.1 .pts").text())
        .isEqualTo("1 điểm");
  }

  /**
   * A legal act's name, issuer and article are the registry's Vietnamese: on an English scorecard
   * they are marked so (WCAG 3.1.2), the words around them are English; on a Vietnamese one nothing
   * is marked.
   */
  @Test
  void aChangesLegalBasisIsMarkedVietnameseOnEnglishScorecards() throws IOException {
    Element en =
        page("en/units/nga-nam/nga-nam-2024-2023.html").select("ul.unit-changes .basis").first();
    assertThat(en.text())
        .isEqualTo("Legal basis: Nghị quyết 203/2025/QH15 of Quốc hội, Điều 2, dated 16/06/2025.");
    assertThat(en.select("[lang=vi]").eachText())
        .containsExactly("Nghị quyết 203/2025/QH15", "Quốc hội", "Điều 2");
    Element vi =
        page("units/nga-nam/nga-nam-2024-2023.html").select("ul.unit-changes .basis").first();
    assertThat(vi.text())
        .isEqualTo("Căn cứ: Nghị quyết 203/2025/QH15 của Quốc hội, Điều 2, ngày 16/06/2025.");
    assertThat(vi.select("[lang]")).isEmpty();
  }

  /**
   * No two regions of a page have one name (axe: landmark-unique), on every page of this
   * repository's site: a screen reader lists regions by name, and two of one name cannot be told
   * apart (the what-if table's scroll region was named by its section's heading).
   */
  @Test
  void noTwoRegionsOfAPageShareAName() throws IOException {
    List<String> problems = new java.util.ArrayList<>();
    List<Path> pages;
    Path site = out.resolve("public").toRealPath();
    try (var files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    for (Path f : pages) {
      Document d = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8));
      java.util.Map<String, Integer> names = new java.util.TreeMap<>();
      for (Element r : d.select("section[aria-labelledby], section[aria-label], [role=region]")) {
        String name =
            r.hasAttr("aria-label")
                ? r.attr("aria-label")
                : java.util.Arrays.stream(r.attr("aria-labelledby").split("\\s+"))
                    .map(id -> d.getElementById(id))
                    .map(e -> e == null ? "" : e.text())
                    .reduce("", (a, b) -> (a + " " + b).strip());
        names.merge(name, 1, Integer::sum);
      }
      names.forEach(
          (name, n) -> {
            if (n > 1) {
              problems.add(site.relativize(f) + ": " + n + " × \"" + name + "\"");
            }
          });
    }
    assertThat(pages).hasSizeGreaterThan(100);
    assertThat(problems).isEmpty();
  }

  /**
   * A group ranked within each district is one heading and a list of its tables on the home page,
   * folded past four (the sample province's six districts); only whole-cohort tables show their top
   * three. At 10,000 units the commune framework's card had 100 district tables before the
   * province's own.
   */
  @Test
  void homeListsTheTablesWithinEachDistrictInsteadOfTheirTopThree() throws IOException {
    for (String path : List.of("index.html", "en/index.html")) {
      Document home = page(path);
      Element card =
          home.select("section.framework").stream()
              .filter(c -> c.selectFirst("a[href$=criteria/gia-lai-2023-xa.html]") != null)
              .findFirst()
              .orElseThrow();
      boolean en = path.startsWith("en/");
      assertThat(card.select("table.top")).hasSize(1);
      Element reference = card.select("h3 + table.top, h4 + table.top").first();
      assertThat(reference.previousElementSibling().text())
          .isEqualTo(
              en ? "All communes of the province (for reference)" : "Các xã toàn tỉnh (tham khảo)");
      Element folded = card.selectFirst("details.group-tables");
      assertThat(folded.previousElementSibling().text())
          .isEqualTo(en ? "Communes within each district" : "Các xã trong từng huyện");
      // The framework ranks communes within each district (004_… Điều 6 khoản 2 điểm c); its
      // province-wide table is for reference only, so it comes after the official tables.
      assertThat(card.children().indexOf(folded)).isLessThan(card.children().indexOf(reference));
      assertThat(folded.selectFirst("summary").text())
          .isEqualTo(en ? "See the 6 ranking tables" : "Xem 6 bảng xếp hạng");
      Elements links = folded.select("ul.group-tables > li > a");
      assertThat(links.eachText()).hasSize(6).allMatch(t -> t.startsWith("Huyện Mẫu "));
      for (Element a : links) {
        Path target = out.resolve("public").resolve(path).getParent().resolve(a.attr("href"));
        assertThat(target.normalize()).as(a.attr("href")).isRegularFile();
        assertThat(a.attr("href")).contains("rankings/gia-lai-2023-xa/2024/by-district-");
        assertThat(page(out.resolve("public").relativize(target.normalize()).toString()).title())
            .contains(a.text());
      }
    }
  }

  /**
   * A table the framework has for reference only ({@code reference: true}: Gia Lai's province-wide
   * table of communes, whose official ranking is within each district, 004_… Điều 6 khoản 2 điểm c)
   * says so wherever it is named, and its page names the official ranking.
   */
  @Test
  void aReferenceTableIsSaidToBeOneWhereverItIsNamed() throws IOException {
    Document vi = page("rankings/gia-lai-2023-xa/2024/all.html");
    assertThat(vi.selectFirst("h1").text()).isEqualTo("Xếp hạng: Các xã toàn tỉnh (tham khảo)");
    assertThat(vi.selectFirst("p.reference-note").text())
        .isEqualTo(
            "Bảng này chỉ để tham khảo, không phải bảng xếp hạng chính thức theo văn bản nguồn"
                + " của bộ tiêu chí. Xếp hạng chính thức: Các xã trong từng huyện (trong danh"
                + " sách các bảng xếp hạng khác ngay dưới đây).");
    Document en = page("en/rankings/gia-lai-2023-xa/2024/all.html");
    assertThat(en.selectFirst("p.reference-note").text())
        .startsWith("This table is for reference only")
        .contains("The official ranking: Communes within each district");
    // An official table has no such note, nor a name with it.
    Document district = page("rankings/gia-lai-2023-xa/2024/by-district-mau-huyen-1.html");
    assertThat(district.select("p.reference-note")).isEmpty();
    assertThat(district.selectFirst("h1").text()).doesNotContain("tham khảo");
    // The scorecard's ranks, the overview and the methodology name it as the ranking page does.
    String unit = "mau-huyen-1-xa-1";
    Document card = page("units/" + unit + "/gia-lai-2023-xa-2024.html");
    assertThat(card.select("a[href*=rankings/gia-lai-2023-xa/2024/all]").eachText())
        .isNotEmpty()
        .allMatch(t -> t.equals("Các xã toàn tỉnh (tham khảo)"));
    assertThat(page("overview/gia-lai-2023-xa/2024.html").select("a[href$=all.html]").eachText())
        .contains("Các xã toàn tỉnh (tham khảo)");
    assertThat(page("criteria/gia-lai-2023-xa-methodology.html").text())
        .contains("Các xã toàn tỉnh (tham khảo)");
    // So does a search for the province, which leads to its tables (the entry's key "r").
    StringBuilder search = new StringBuilder();
    try (var shards = Files.list(out.resolve("public/search"))) {
      for (Path shard : shards.sorted().toList()) {
        search.append(Files.readString(shard, StandardCharsets.UTF_8));
      }
    }
    assertThat(search.toString())
        .contains(
            "\"Các xã toàn tỉnh (tham khảo)\",\"All communes of the province (for reference)\"")
        .doesNotContain("\"Các xã toàn tỉnh\",");
  }

  /**
   * Ngã Năm is alone in its table: its what-if rows say no rank ("1 → 1" whatever it gains), while
   * a sample commune's, ranked among others, still do.
   */
  @Test
  void theWhatIfRowsSayNoRankInATableOfOne() throws IOException {
    Document alone = page("units/nga-nam/nga-nam-2024-2023.html");
    assertThat(alone.select("table.improvements")).isNotEmpty();
    assertThat(alone.select("table.improvements thead th").eachText())
        .noneMatch(t -> t.startsWith("Thứ hạng"));
    Element table = alone.selectFirst("table.improvements");
    assertThat(table.select("tbody tr").first().children()).hasSameSizeAs(table.select("thead th"));
    // The ranking groups are said once, in the column headers; a row gives the ranks.
    Element ranked =
        page("units/mau-huyen-1-xa-1/gia-lai-2023-xa-2024.html").selectFirst("table.improvements");
    List<String> heads = ranked.select("thead th").eachText();
    assertThat(heads.subList(5, heads.size()))
        .isNotEmpty()
        .allMatch(h -> h.startsWith("Thứ hạng ("));
    Element first = ranked.selectFirst("tbody tr");
    assertThat(first.children()).hasSize(heads.size());
    assertThat(first.child(5).text()).matches("[0-9.–]+ → [0-9.–]+");
  }

  /** A table of one unit on the home page is not called its "top three". */
  @Test
  void theHomePageSaysWhenATableHasOneUnit() throws IOException {
    for (String path : List.of("index.html", "en/index.html")) {
      Element card =
          page(path).select("section.framework").stream()
              .filter(c -> c.selectFirst("a[href$=criteria/nga-nam-2024.html]") != null)
              .findFirst()
              .orElseThrow();
      assertThat(card.select("table.top caption").eachText())
          .containsExactly(
              path.startsWith("en/") ? "The only unit in the table" : "Đơn vị duy nhất trong bảng");
    }
    Element samples =
        page("index.html").select("section.framework").stream()
            .filter(c -> c.selectFirst("a[href$=criteria/gia-lai-2023-xa.html]") != null)
            .findFirst()
            .orElseThrow();
    assertThat(samples.select("table.top caption").eachText()).containsOnly("Ba đơn vị dẫn đầu");
  }

  /**
   * An official finds every framework's form at the top of the home page, folded into one line: the
   * Lạc Đạo form was far down, after every framework's tables.
   */
  @Test
  void theHomePageListsEveryFormAtTheTop() throws IOException {
    for (String path : List.of("index.html", "en/index.html")) {
      boolean en = path.startsWith("en/");
      Document home = page(path);
      Element forms = home.selectFirst("details#forms");
      assertThat(forms).isNotNull();
      // Before any framework's card.
      assertThat(forms.elementSiblingIndex())
          .isLessThan(home.selectFirst("section.framework").elementSiblingIndex());
      assertThat(forms.selectFirst("summary").text())
          .isEqualTo(
              en
                  ? "Self-assessment forms for unit officials (7 frameworks)"
                  : "Biểu mẫu tự đánh giá cho cán bộ đơn vị (7 bộ tiêu chí)");
      Elements links = forms.select("li > a");
      assertThat(links).hasSize(7);
      assertThat(links.eachAttr("href")).contains("forms/lac-dao-2024.html");
      for (Element a : links) {
        Path target = out.resolve("public").resolve(path).getParent().resolve(a.attr("href"));
        assertThat(target.normalize()).as(a.attr("href")).isRegularFile();
        assertThat(page(out.resolve("public").relativize(target.normalize()).toString()).title())
            .contains(a.text());
      }
    }
  }
}
