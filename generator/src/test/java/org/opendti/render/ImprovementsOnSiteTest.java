package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opendti.insight.Insights;
import org.opendti.insight.Opportunity;
import org.opendti.insight.UnitOpportunities;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Value;

/**
 * What-if a unit can act on (issue #16): the scorecard lists what the unit reports first, and the
 * points given directly apart, with who gives them; even when the latter gain more.
 */
class ImprovementsOnSiteTest {

  private static Opportunity o(String criterion, Opportunity.Basis basis, String gain) {
    return SiteFixture.opportunity(
        criterion,
        basis,
        basis.reported() ? Map.of("a", new Value.Num(BigDecimal.TEN)) : Map.of(),
        null,
        new BigDecimal(gain));
  }

  private record Scorecards(Document vi, Document en) {}

  /**
   * xa-b1's scorecards of the fixture's last period, in both languages, with these what-if rows.
   */
  private static Scorecards scorecards(List<Opportunity> list) {
    Framework fw = SiteFixture.input().dataset().frameworks().get(0);
    Period period = fw.periods().get(fw.periods().size() - 1);
    UnitOpportunities report = new UnitOpportunities("xa-b1", fw.id(), period.id(), list);
    SiteInput input = SiteFixture.withInsights(new Insights(List.of(report), List.of()));
    RenderedSite site =
        SiteRenderer.builder().templates(SiteRendererTest.TEMPLATES).build().render(input);
    String path = "units/xa-b1/xa-mau-" + period.id() + ".html";
    return new Scorecards(
        Jsoup.parse(site.text(path), ""), Jsoup.parse(site.text("en/" + path), ""));
  }

  @Test
  void reportedCriteriaComeFirstAndPointsGivenDirectlyAreListedApart() {
    List<Opportunity> list =
        new ArrayList<>(
            List.of(
                o("1.3", Opportunity.Basis.ASSESSED_BY_UNIT, "4"),
                o("2.1", Opportunity.Basis.ASSESSED_BY_REVIEWERS, "3"),
                o("1.1", Opportunity.Basis.REPORTED, "1")));
    list.sort(Opportunity.ACTIONABLE_FIRST);
    assertThat(list).extracting(Opportunity::criterionId).containsExactly("1.1", "1.3", "2.1");
    Scorecards pages = scorecards(list);
    Document vi = pages.vi();
    assertThat(vi.select("table.improvements:not(.assessed) tbody tr td:eq(0)").eachText())
        .singleElement()
        .asString()
        .startsWith("1.1 ");
    assertThat(vi.select("table.improvements.assessed tbody tr").eachText())
        .hasSize(2)
        .satisfiesExactly(
            r ->
                assertThat(r).startsWith("1.3 ").contains("Đơn vị tự chấm, Đoàn kiểm tra xác minh"),
            r -> assertThat(r).startsWith("2.1 "));
    assertThat(vi.select("#improvements-assessed").text())
        .isEqualTo("Điểm chấm trực tiếp, không tính từ số liệu");
    // the reported table comes before the other in the page
    assertThat(vi.select("table.improvements").first().hasClass("assessed")).isFalse();

    Document en = pages.en();
    assertThat(en.select("table.improvements.assessed tbody tr").first().text())
        .contains("The unit scores itself; verifier: The inspection team");
  }

  @Test
  void theVerifyingOfficeIsNamedInVietnameseAndMarkedSoOnEnglishPages() {
    // 1.1's verifying office is "Văn phòng UBND" (frameworks name offices in Vietnamese only); 2.1
    // has none, so the inspection team scores it.
    Scorecards two =
        scorecards(
            List.of(
                o("1.1", Opportunity.Basis.ASSESSED_BY_UNIT, "2"),
                o("2.1", Opportunity.Basis.ASSESSED_BY_REVIEWERS, "1")));
    assertThat(two.en().select("table.improvements.assessed tbody td:eq(1)").eachText())
        .containsExactly("The unit scores itself; verifier: Văn phòng UBND", "The inspection team");
    assertThat(two.en().select("table.improvements.assessed span[lang=vi]").eachText())
        .containsExactly("Văn phòng UBND");
    assertThat(two.vi().select("table.improvements.assessed tbody td:eq(1)").eachText())
        .containsExactly("Đơn vị tự chấm, Văn phòng UBND xác minh", "Đoàn kiểm tra");
    assertThat(two.vi().select("main [lang]")).isEmpty();

    // One scorer for every row: said once, above the table, marked the same way.
    Scorecards one = scorecards(List.of(o("1.1", Opportunity.Basis.ASSESSED_BY_UNIT, "2")));
    assertThat(one.en().select("p.scored-by").text())
        .isEqualTo("Scored by: The unit scores itself; verifier: Văn phòng UBND");
    assertThat(one.en().select("p.scored-by span[lang=vi]").text()).isEqualTo("Văn phòng UBND");
    assertThat(one.vi().select("p.scored-by").text())
        .isEqualTo("Ai chấm: Đơn vị tự chấm, Văn phòng UBND xác minh");
  }

  private static Opportunity reaching(String criterion, String input, Value value, String label) {
    return SiteFixture.opportunity(
        criterion, Opportunity.Basis.REPORTED, Map.of(input, value), label, BigDecimal.ONE);
  }

  @Test
  void whatAUnitReachesIsSaidOnceInThePagesLanguage() {
    // The step's label is the framework's Vietnamese name of the option or band reached.
    List<Opportunity> list =
        List.of(
            reaching("2.1", "muc", new Value.Text("chu-tich"), "Chủ tịch"),
            reaching("2.2", "n", new Value.Num(new BigDecimal("12")), "Từ 12 bài trở lên"),
            reaching("1.1", "b", new Value.Num(BigDecimal.ONE), null));
    Scorecards pages = scorecards(list);
    Document vi = pages.vi();
    // A number is followed by its input's unit, as in the criteria table's inputs cell.
    assertThat(vi.select("table.improvements tbody tr td:eq(1)").eachText())
        .containsExactly(
            "Mức = Chủ tịch", "Số bài = 12 bài; Từ 12 bài trở lên", "Tổng số hồ sơ = 1 hồ sơ");
    // In English the option is named by its English label, once; a band's Vietnamese name is not
    // said (frameworks name bands in Vietnamese only): the value reached says it. A unit without
    // an English form is shown as written; one with an English singular uses it after 1.
    Document en = pages.en();
    assertThat(en.select("table.improvements tbody tr td:eq(1)").eachText())
        .containsExactly("Level = Chair", "Articles = 12 bài", "All dossiers = 1 dossier");
  }
}
