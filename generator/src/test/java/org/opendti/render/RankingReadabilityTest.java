package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendti.score.UnitScore;

/** Issue #16 item 3: rankings people can read, and where a unit sits among all totals. */
class RankingReadabilityTest extends RenderedFixtureTest {

  @Test
  void aProvinceWideTableShowsEachUnitsParentAndATableWithinADistrictDoesNot() {
    Document all = html("rankings/xa-mau/2024/all.html");
    assertThat(all.select("table.ranking thead th.parent").text()).isEqualTo("Cấp huyện");
    for (Element row : all.select("table.ranking tbody tr")) {
      String unit = row.selectFirst("th a").text();
      String parent = row.selectFirst("td.parent").text();
      String expected =
          input.dataset().registry().units().stream()
              .filter(u -> u.name().equals(unit))
              .map(u -> input.dataset().registry().unit(u.parent()).orElseThrow().name())
              .findFirst()
              .orElseThrow();
      assertThat(parent).as(unit).isEqualTo(expected);
    }
    assertThat(html("en/rankings/xa-mau/2024/all.html").select("thead th.parent").text())
        .isEqualTo("District");
    Document district = html("rankings/xa-mau/2024/by-district-huyen-a.html");
    assertThat(district.select(".parent")).isEmpty();
  }

  @Test
  void pillarAndTotalHeadersShowTheirMaximum() {
    Document vi = html("rankings/xa-mau/2024/all.html");
    List<String> heads = vi.select("table.ranking thead th").eachText();
    var fw = SiteFixture.framework();
    assertThat(heads)
        .contains(
            "Tổng điểm (tối đa " + org.opendti.diagnostic.Lang.VI.points(fw.totalPoints()) + ")");
    for (var p : fw.pillars()) {
      assertThat(heads)
          .contains(
              p.name() + " (tối đa " + org.opendti.diagnostic.Lang.VI.points(p.basePoints()) + ")");
    }
    assertThat(html("en/rankings/xa-mau/2024/all.html").select("thead th").eachText())
        .anyMatch(t -> t.startsWith("Total (max "));
  }

  @Test
  void headersSayTheyAreSortableAndHowTheTableIsSorted() {
    Document doc = html("rankings/xa-mau/2024/all.html");
    List<Element> sortable = doc.select("table.ranking thead th[data-sort]");
    // rank, unit, parent, total and the two pillars
    assertThat(sortable).hasSize(6);
    assertThat(doc.select("thead th[aria-sort]").eachText()).containsExactly("Hạng");
    assertThat(doc.select("thead th[aria-sort]").attr("aria-sort")).isEqualTo("ascending");
    // What a reader on a phone looks for first comes first, after the sticky rank and unit: the
    // total and its change, then where the unit is and the pillars.
    assertThat(doc.select("table.ranking thead th").eachText().subList(0, 5))
        .containsExactly(
            "Hạng", "Đơn vị", "Tổng điểm (tối đa 30)", "Thay đổi hạng so với kỳ 2023", "Cấp huyện");
  }

  @Test
  void theFilterFoldsNamesWithTheUnitSearchsNormaliser() {
    for (String page :
        List.of("rankings/xa-mau/2024/all.html", "en/rankings/xa-mau/2024/all.html")) {
      Document doc = html(page);
      assertThat(doc.select("script[src$=assets/search.js]")).as(page).hasSize(1);
      Element input = doc.selectFirst("input#ranking-filter");
      assertThat(input.attr("aria-controls")).isEqualTo("ranking-table");
      assertThat(input.parent().is("label.filter")).isTrue();
      int rows = doc.select("table.ranking tbody tr").size();
      assertThat(doc.selectFirst("#ranking-count").attr("aria-live")).isEqualTo("polite");
      assertThat(doc.selectFirst("#ranking-count").text()).contains(Integer.toString(rows));
    }
    // site.js filters with search.js's DtiFold, the one normaliser, and has none of its own.
    String js = site.text("assets/site.js");
    assertThat(js).contains("window.DtiFold").doesNotContain("normalize('NFD')");
  }

  @Test
  void rankChangeIsSaidInWordsNotOnlyByAnArrow() {
    Document doc = html("rankings/xa-mau/2024/all.html");
    Element first = doc.selectFirst("table.ranking tbody tr");
    Element change = first.selectFirst(".change.up");
    // Xã Bình Minh was third of three in 2023, behind Xã Cũ and Xã Ánh Dương, and is first in
    // 2024. Xã Cũ left the table: Bình Minh passed one unit, Ánh Dương, not two.
    assertThat(change.selectFirst("[aria-hidden=true]").text()).isEqualTo("▲ +1");
    assertThat(change.selectFirst(".visually-hidden").text())
        .isEqualTo("tăng 1 bậc so với các đơn vị có trong bảng của cả hai kỳ, kỳ 2023 hạng 3");
    assertThat(doc.select("table.ranking tbody tr .change [aria-hidden=true]").eachText())
        .containsExactly("▲ +1", "▼ −1");
    assertThat(doc.select("table.ranking tbody tr .change.new")).hasSize(2);
    assertThat(doc.selectFirst("#ranking-moves").text())
        .isEqualTo(
            "Cột thay đổi hạng chỉ so sánh 2 đơn vị có trong bảng của cả kỳ 2023 và kỳ 2024:"
                + " không đơn vị nào được tính là lên hay xuống hạng chỉ vì đơn vị khác rời khỏi"
                + " hoặc mới vào bảng. Có 1 đơn vị trong bảng kỳ 2023 không có trong bảng này: Xã"
                + " Cũ.");
    Document en = html("en/rankings/xa-mau/2024/all.html");
    assertThat(en.selectFirst("table.ranking tbody tr .change .visually-hidden").text())
        .isEqualTo("up 1 among the units in both periods’ tables (was 3 in 2023)");
    assertThat(en.selectFirst("#ranking-moves").text())
        .endsWith("In the 2023 table but not in this one (1): Xã Cũ.");
    // The first period has nothing to compare with: no note.
    assertThat(html("rankings/xa-mau/2023/all.html").select("#ranking-moves")).isEmpty();
    // A unit that was not in the previous table: "new", said as such.
    assertThat(doc.select(".change.new .visually-hidden").eachText())
        .allMatch(t -> t.equals(": mới, không có trong bảng kỳ trước"));
  }

  @Test
  void aScorecardShowsWhereItsTotalSitsAmongItsCohort() {
    List<UnitScore> real =
        input.scores().stream()
            .filter(s -> s.periodId().equals("2024") && !s.sample())
            .filter(s -> !input.dataset().registry().unit(s.unitId()).orElseThrow().sample())
            .toList();
    assertThat(real).hasSizeGreaterThanOrEqualTo(TotalsChart.MIN_UNITS);
    UnitScore a1 = real.stream().filter(s -> s.unitId().equals("xa-a1")).findFirst().orElseThrow();
    long below = real.stream().filter(s -> s.total().compareTo(a1.total()) < 0).count();
    Document doc = html("units/xa-a1/xa-mau-2024.html");
    Element section = doc.selectFirst("section[aria-labelledby=distribution]");
    assertThat(section).isNotNull();
    assertThat(section.selectFirst(".distribution-summary").text())
        .startsWith(
            "Tổng điểm "
                + org.opendti.diagnostic.Lang.VI.points(a1.total())
                + " cao hơn "
                + below
                + " trong "
                + (real.size() - 1)
                + " đơn vị còn lại");
    // One table counts every unit once and draws each count as a bar, the fullest range full.
    assertThat(section.selectFirst("table.distribution caption").text())
        .contains("Số đơn vị theo khoảng");
    assertThat(section.select("svg")).isEmpty();
    List<Element> rows = section.select("table.distribution tbody tr");
    assertThat(rows).hasSize(TotalsChart.BINS);
    assertThat(section.select("table.distribution tbody tr.here")).hasSize(1);
    assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.selectFirst("td").text())).sum())
        .isEqualTo(real.size());
    int most = 0;
    for (Element r : rows) {
      Element bar = r.selectFirst("td meter[aria-hidden=true]");
      assertThat(bar.attr("value")).isEqualTo(r.selectFirst("td").text());
      most = Math.max(most, Integer.parseInt(bar.attr("value")));
    }
    for (Element r : rows) {
      assertThat(r.selectFirst("meter").attr("max")).isEqualTo(Integer.toString(most));
    }
    assertThat(section.select("table.distribution tr.here th").text()).endsWith("(đơn vị này)");
    // The sample commune is the only sample unit of its period: no distribution to draw, and the
    // real units are never its cohort.
    assertThat(html("units/xa-b2/xa-mau-2024.html").select("section[aria-labelledby=distribution]"))
        .isEmpty();
  }

  @Test
  void histogramBinsTheMaximumInTheLastRangeAndCountsStrictlyLower() {
    BigDecimal width = new BigDecimal("10");
    assertThat(TotalsChart.bin(new BigDecimal("100"), width)).isEqualTo(TotalsChart.BINS - 1);
    assertThat(TotalsChart.bin(new BigDecimal("9.99"), width)).isZero();
    assertThat(TotalsChart.bin(new BigDecimal("10"), width)).isEqualTo(1);
    assertThat(TotalsChart.bin(new BigDecimal("-3"), width)).isZero();
    BigDecimal[] sorted = {
      new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("5")
    };
    assertThat(TotalsChart.lowerCount(sorted, new BigDecimal("2"))).isEqualTo(1);
    assertThat(TotalsChart.lowerCount(sorted, new BigDecimal("6"))).isEqualTo(4);
    assertThat(TotalsChart.median(sorted)).isEqualByComparingTo("2");
  }
}
