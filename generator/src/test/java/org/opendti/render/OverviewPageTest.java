package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Group;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/** Issue #16 item 5: the overview of a framework and period, and per district. */
class OverviewPageTest extends RenderedFixtureTest {

  private static List<UnitScore> real2024() {
    return input.scores().stream()
        .filter(s -> s.periodId().equals("2024"))
        .filter(s -> !input.dataset().registry().unit(s.unitId()).orElseThrow().sample())
        .toList();
  }

  @Test
  void onePagePerPeriodAndLanguageLinkedFromHomeAndRankings() {
    assertThat(site.files().keySet())
        .contains(
            "overview/xa-mau/2023.html",
            "overview/xa-mau/2024.html",
            "en/overview/xa-mau/2023.html",
            "en/overview/xa-mau/2024.html");
    // From the framework's real card and its sample card.
    assertThat(html("index.html").select("a[href=overview/xa-mau/2024.html]")).hasSize(2);
    assertThat(html("rankings/xa-mau/2024/all.html").select("a[href$=overview/xa-mau/2024.html]"))
        .hasSize(1);
  }

  @Test
  void submittedAgainstExpectedWholeAndPerDistrict() {
    Document doc = html("overview/xa-mau/2024.html");
    // Real communes active in 2024 in the province: Ánh Dương, the hostile one, Cũ, Bình Minh;
    // three submitted. The sample commune is counted in its own part.
    assertThat(doc.selectFirst("#real-all").parent().selectFirst("p.submitted").text())
        .isEqualTo("Đã gửi / dự kiến: 3 / 4 (75%)");
    // Each district a line that opens to its numbers (details), after the whole cohort's table.
    Element a = doc.selectFirst("details#real-huyen-a");
    assertThat(a.selectFirst("summary").text())
        .startsWith("Huyện Đông: đã gửi 2 / 2 · tổng điểm trung bình ");
    assertThat(a.selectFirst("p.submitted").text()).startsWith("Đã gửi / dự kiến: 2 / 2 (100%)");
    assertThat(a.select("table.overview-stats tbody tr"))
        .hasSize(1 + SiteFixture.framework().pillars().size());
    assertThat(a.selectFirst("summary").text())
        .endsWith(a.selectFirst("table.overview-stats tbody tr td").text());
    assertThat(doc.selectFirst("details#real-huyen-b p.submitted").text())
        .startsWith("Đã gửi / dự kiến: 1 / 2 (50%)");
    assertThat(doc.selectFirst("#real-areas").text()).isEqualTo("Cấp huyện");
    assertThat(doc.select("#real-areas ~ details.area")).hasSize(2);
    assertThat(doc.selectFirst("#sample-all").parent().selectFirst("p.submitted").text())
        .isEqualTo("Đã gửi / dự kiến: 1 / 1 (100%)");
    // Real first; the sample part is headed as such and the page carries the banner.
    List<Element> parts = doc.select("main > section.overview");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).hasClass("samples")).isFalse();
    assertThat(parts.get(1).hasClass("samples")).isTrue();
    assertThat(parts.get(0).text()).doesNotContain("Xã Mẫu Mới");
    assertThat(doc.select(".sample-banner")).hasSize(1);
    // A district links to its own ranking.
    assertThat(doc.selectFirst("#real-huyen-a").select("p.submitted a").attr("href"))
        .isEqualTo("../../rankings/xa-mau/2024/by-district-huyen-a.html");
  }

  @Test
  void averagesAndLeadersOfEachPillar() {
    List<UnitScore> real = real2024();
    Document doc = html("overview/xa-mau/2024.html");
    Element table = doc.selectFirst("#real-all").parent().selectFirst("table.overview-stats");
    List<Element> rows = table.select("tbody tr");
    var fw = SiteFixture.framework();
    assertThat(rows).hasSize(1 + fw.pillars().size());
    BigDecimal totalAvg =
        real.stream()
            .map(UnitScore::total)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(real.size()), 2, RoundingMode.HALF_UP);
    assertThat(rows.get(0).select("td").get(0).text()).isEqualTo(Lang.VI.points(totalAvg));
    UnitScore top = real.stream().max(Comparator.comparing(UnitScore::total)).orElseThrow();
    assertThat(rows.get(0).select("td").get(2).text())
        .isEqualTo(
            input.dataset().registry().unit(top.unitId()).orElseThrow().name()
                + " ("
                + Lang.VI.points(top.total())
                + ")");
    for (int i = 0; i < fw.pillars().size(); i++) {
      Group p = fw.pillars().get(i);
      List<BigDecimal> points =
          real.stream()
              .map(
                  s ->
                      s.pillars().stream()
                          .filter(x -> x.pillarId().equals(p.id()))
                          .findFirst()
                          .map(PillarScore::points)
                          .orElseThrow())
              .toList();
      BigDecimal avg =
          points.stream()
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(points.size()), 2, RoundingMode.HALF_UP);
      Element row = rows.get(i + 1);
      assertThat(row.selectFirst("th").text()).isEqualTo(p.name());
      assertThat(row.select("td").get(0).text()).as(p.id()).isEqualTo(Lang.VI.points(avg));
      assertThat(row.select("td").get(1).text()).isEqualTo(Lang.VI.points(p.basePoints()));
      BigDecimal best = points.stream().max(Comparator.naturalOrder()).orElseThrow();
      assertThat(row.select("td").get(2).text()).endsWith("(" + Lang.VI.points(best) + ")");
      assertThat(row.select("td").get(2).select("a")).isNotEmpty();
    }
    // English page: English words, English numbers.
    Document en = html("en/overview/xa-mau/2024.html");
    assertThat(en.selectFirst("#real-all").parent().selectFirst("p.submitted").text())
        .isEqualTo("Submitted / expected: 3 / 4 (75%)");
    assertThat(en.select("table.overview-stats tbody tr td").first().text())
        .isEqualTo(Lang.EN.points(totalAvg));
  }

  @Test
  void departmentsAndDistrictsAreNotBrokenDownByProvince() {
    // The fixture's framework is for communes; a framework one level up has parents at the top.
    Document doc = html("overview/xa-mau/2023.html");
    assertThat(doc.select("main details.area").size()).isGreaterThan(1);
    assertThat(doc.select("#real-tinh-mau")).isEmpty();
  }
}
