package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendti.insight.Insights;
import org.opendti.insight.Opportunity;
import org.opendti.insight.UnitOpportunities;
import org.opendti.load.Dataset;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Value;

/**
 * A framework's text that has no English is shown in Vietnamese on English pages, and marked {@code
 * lang="vi"} there (WCAG 3.1.2, language of parts), so a screen reader reads it in Vietnamese:
 * criterion names, input labels and choice options on the scorecard and the criteria page. What
 * units and reviewers write is Vietnamese and marked so too ({@code
 * PublishedSiteTest.whatUnitsAndReviewersWroteIsMarkedVietnameseOnEnglishScorecards}).
 */
class LanguageOfPartsTest {

  static RenderedSite site;

  @BeforeAll
  static void render() {
    Framework fw = SiteFixture.framework();
    // What-if rows on 1.1 (no English name below), 1.2 (English) and 2.1 (an option without
    // English) for xa-a1's 2024 scorecard.
    List<Opportunity> rows =
        List.of(
            whatIf("1.1", Map.of("a", SiteFixture.num("900"))),
            whatIf("1.2", Map.of()),
            whatIf("2.1", Map.of("muc", new Value.Text("chu-tich"))));
    SiteInput plain =
        SiteFixture.withInsights(
            new Insights(
                List.of(new UnitOpportunities("xa-a1", fw.id(), "2024", rows)), List.of()));
    Framework vietnameseOnly = fw.restrictedTo(c -> true, LanguageOfPartsTest::withoutEnglish);
    site =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .build()
            .render(withCorrectedInputs(SiteFixture.withFramework(plain, vietnameseOnly)));
  }

  /**
   * {@code in} with xa-a1's 2024 review also correcting 1.1's input a and 2.1's option, which have
   * no English below.
   */
  private static SiteInput withCorrectedInputs(SiteInput in) {
    Dataset d = in.dataset();
    List<Review> reviews =
        d.reviews().stream()
            .map(
                r -> {
                  if (!r.unit().equals("xa-a1") || !r.period().equals("2024")) {
                    return r;
                  }
                  List<Review.Correction> corrections = new ArrayList<>(r.corrections());
                  corrections.add(
                      new Review.Correction(
                          "1.1", Map.of("a", SiteFixture.num("950")), null, null, "Sửa số liệu"));
                  corrections.add(
                      new Review.Correction(
                          "2.1", Map.of("muc", new Value.Text("chu-tich")), null, null, "Sửa"));
                  return r.withCorrections(corrections);
                })
            .toList();
    return new SiteInput(
        new Dataset(d.registry(), d.frameworks(), d.submissions(), reviews),
        in.diagnostics(),
        in.scores(),
        in.rankings(),
        in.provenance(),
        in.insights());
  }

  private static Opportunity whatIf(String criterion, Map<String, Value> inputs) {
    return SiteFixture.opportunity(
        criterion,
        inputs.isEmpty() ? Opportunity.Basis.ASSESSED_BY_REVIEWERS : Opportunity.Basis.REPORTED,
        inputs,
        null,
        BigDecimal.ONE);
  }

  /** 1.1 without its English name and input a's English label; 2.1's "chu-tich" without English. */
  private static Criterion withoutEnglish(Criterion c) {
    if (c.id().equals("1.1")) {
      List<InputDef> inputs =
          c.inputs().stream()
              .map(
                  i ->
                      i.id().equals("a")
                          ? new InputDef(
                              i.id(),
                              i.label(),
                              null,
                              i.kind(),
                              i.unit(),
                              i.unitEn(),
                              i.unitEnOne())
                          : i)
              .toList();
      return copy(c, null, c.method(), inputs);
    }
    if (c.id().equals("2.1") && c.method() instanceof Method.Choice m) {
      List<Method.Option> options =
          m.options().stream()
              .map(
                  o ->
                      o.id().equals("chu-tich")
                          ? new Method.Option(o.id(), o.label(), null, o.fraction(), o.points())
                          : o)
              .toList();
      return copy(c, c.nameEn(), new Method.Choice(m.input(), options), c.inputs());
    }
    return c;
  }

  private static Criterion copy(Criterion c, String nameEn, Method method, List<InputDef> inputs) {
    return SiteFixture.changed(c, nameEn, method, inputs, c.measurement());
  }

  private static Document html(String path) {
    return Jsoup.parse(site.text(path), "");
  }

  @Test
  void englishScorecardsMarkWhatHasNoEnglish() {
    Document en = html("en/units/xa-a1/xa-mau-2024.html");
    assertThat(en.select("#c-1\\.1 th a").attr("lang")).isEqualTo("vi");
    assertThat(en.select("#c-1\\.1 th a").text()).isEqualTo("1.1 Tỷ lệ hồ sơ xử lý đúng hạn");
    assertThat(en.select("#c-1\\.1 td [lang=vi]").eachText()).containsExactly("Số hồ sơ đúng hạn");
    assertThat(en.select("#c-1\\.1 td li").eachText())
        .anyMatch(t -> t.startsWith("All dossiers: "));
    assertThat(en.select("#c-2\\.1 td b[lang=vi]").text()).isEqualTo("Chủ tịch");
    // The what-if rows name the criterion the same way.
    assertThat(en.select("table.improvements tbody td[lang=vi]").eachText())
        .containsExactly("1.1 Tỷ lệ hồ sơ xử lý đúng hạn");
    assertThat(en.select("table.improvements tbody td:eq(0)").eachText())
        .contains("1.2 Has a steering committee");
    // What to reach: an input label or option without English is marked, the rest is not.
    assertThat(en.select("table.improvements tbody td span[lang=vi]").eachText())
        .containsExactly("Số hồ sơ đúng hạn", "Chủ tịch");
    assertThat(en.select("table.improvements tbody td:eq(1)").eachText())
        .contains("Số hồ sơ đúng hạn = 900 hồ sơ", "Level = Chủ tịch");
    // A reviewer's corrected inputs are marked as the unit's are; the reviewer's reason, written
    // in Vietnamese, is marked too.
    assertThat(en.select("#c-1\\.1 + tr.detail p.review [lang=vi]").eachText())
        .containsExactly("Sửa số liệu", "Số hồ sơ đúng hạn");
    assertThat(en.select("#c-2\\.1 + tr.detail p.review").text()).contains("Level = Chủ tịch");
    assertThat(en.select("#c-2\\.1 + tr.detail p.review [lang=vi]").eachText())
        .containsExactly("Sửa", "Chủ tịch");
    // What has English is said in English, unmarked.
    assertThat(en.select("#c-1\\.2 [lang]")).isEmpty();
    assertThat(en.select("#c-1\\.2 th a").text()).isEqualTo("1.2 Has a steering committee");
  }

  @Test
  void englishCriteriaPagesMarkWhatHasNoEnglish() {
    Document en = html("en/criteria/xa-mau.html");
    assertThat(en.select("#c-1\\.1 > :first-child [lang=vi]").text())
        .isEqualTo("Tỷ lệ hồ sơ xử lý đúng hạn");
    assertThat(en.select("#c-1\\.1 li [lang=vi]").eachText()).containsExactly("Số hồ sơ đúng hạn");
    // The offices and the data source: frameworks give them in Vietnamese only.
    assertThat(en.select("#c-1\\.1 dd[lang=vi]").eachText())
        .contains("Hệ thống thông tin giải quyết TTHC tỉnh", "Văn phòng UBND");
    assertThat(en.select("#c-1\\.2 > :first-child [lang]")).isEmpty();
    // The method in words names the label and the option in Vietnamese, marked; the rest is
    // English.
    assertThat(en.select("#c-1\\.1 dt:contains(Method) + dd").text())
        .startsWith("Ratio r = (Số hồ sơ đúng hạn) / (All dossiers).");
    assertThat(en.select("#c-1\\.1 dt:contains(Method) + dd [lang=vi]").eachText())
        .containsExactly("Số hồ sơ đúng hạn");
    assertThat(en.select("#c-2\\.1 dt:contains(Method) + dd [lang=vi]").eachText())
        .containsExactly("Chủ tịch");
    assertThat(en.select("#c-1\\.2 dt:contains(Method) + dd [lang]")).isEmpty();
    // The source document is named as it is issued, in Vietnamese; its date in English.
    assertThat(en.select("p.meta [lang=vi]").eachText())
        .containsExactly("UBND tỉnh Mẫu, 01/QĐ-UBND");
    assertThat(en.select("p.meta").text()).contains("UBND tỉnh Mẫu, 01/QĐ-UBND (05/05/2023)");
  }

  @Test
  void englishFormsMarkWhatHasNoEnglish() {
    Document en = html("en/forms/xa-mau.html");
    assertThat(en.select("#c-1\\.1 legend > [lang=vi]").eachText())
        .containsExactly("Tỷ lệ hồ sơ xử lý đúng hạn");
    assertThat(en.select("#c-1\\.1 p.method [lang=vi]").eachText())
        .containsExactly("Số hồ sơ đúng hạn");
    assertThat(en.select("#c-1\\.2 legend [lang], #c-1\\.2 p.method [lang]")).isEmpty();
    // The fields the form's script lays out: an input label and an option without English.
    assertThat(en.select("label[for=c-1.1-a] > [lang=vi]").eachText())
        .containsExactly("Số hồ sơ đúng hạn");
    assertThat(en.select("label[for=c-1.1-b] [lang]")).isEmpty();
    assertThat(en.select("select[data-input=muc] option[lang=vi]").eachText())
        .containsExactly("Chủ tịch");
    // The seeds' word for "not applicable" is given beside the English, marked.
    assertThat(en.select("[data-na]").first().parent().select("[lang=vi]").text())
        .isEqualTo("không phát sinh");
    assertThat(html("forms/xa-mau.html").select("main [lang]")).isEmpty();
  }

  /** The reviewers' correction form names its criteria as the officials' form does. */
  @Test
  void englishCorrectionFormsMarkWhatHasNoEnglish() {
    Document en = html("en/corrections/xa-mau.html");
    assertThat(en.select("#c-1\\.1 legend > [lang=vi]").eachText())
        .containsExactly("Tỷ lệ hồ sơ xử lý đúng hạn");
    assertThat(en.select("#c-1\\.2 legend [lang]")).isEmpty();
    assertThat(html("corrections/xa-mau.html").select("main legend [lang]")).isEmpty();
  }

  /** A priority sector the framework names only in Vietnamese is marked in the form's choice. */
  @Test
  void englishFormsMarkASectorWithoutEnglish() {
    RenderedSite sectors =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .build()
            .render(SiteFixture.withPrioritySector(null));
    Document en = Jsoup.parse(sectors.text("en/forms/xa-mau.html"), "");
    assertThat(en.select("option[value=nong-nghiep]").attr("lang")).isEqualTo("vi");
    assertThat(en.select("option[value=nong-nghiep]").text()).isEqualTo("Nông nghiệp");
    Document vi = Jsoup.parse(sectors.text("forms/xa-mau.html"), "");
    assertThat(vi.select("option[value=nong-nghiep]").hasAttr("lang")).isFalse();
  }

  @Test
  void theComparePageTellsItsScriptWhichNamesHaveNoEnglish() throws Exception {
    JsonNode en = compareData("en/compare.html");
    JsonNode criteria = en.get("cohorts").get("xa-mau/2024").get("pillars").get(0).get("criteria");
    assertThat(criteria.get(0).get("name").asText()).isEqualTo("1.1 Tỷ lệ hồ sơ xử lý đúng hạn");
    assertThat(criteria.get(0).get("lang").asText()).isEqualTo("vi");
    assertThat(criteria.get(1).get("name").asText()).isEqualTo("1.2 Has a steering committee");
    assertThat(criteria.get(1).has("lang")).isFalse();
    // The Vietnamese page says every name in its own language: nothing to mark.
    assertThat(compareData("compare.html").toString()).doesNotContain("\"lang\"");
  }

  private static JsonNode compareData(String path) throws Exception {
    return new ObjectMapper().readTree(html(path).selectFirst("script#compare-data").data());
  }

  @Test
  void vietnamesePagesMarkNothing() {
    assertThat(html("units/xa-a1/xa-mau-2024.html").select("main [lang]")).isEmpty();
    assertThat(html("criteria/xa-mau.html").select("main [lang]")).isEmpty();
  }
}
