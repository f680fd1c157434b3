package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Measurement;

/**
 * How each criterion is measured, on the site (issue #18): the kind and reason in the catalogue,
 * and each scorecard's points by kind.
 */
class MeasurementOnSiteTest {

  static RenderedSite site;

  @BeforeAll
  static void render(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    SiteInput plain = SiteFixture.input();
    Framework fw = plain.dataset().frameworks().get(0);
    Framework measured = fw.restrictedTo(c -> true, c -> c.id().equals("1.1") ? portal(c) : c);
    measured =
        new Framework(
            measured.id(),
            measured.title(),
            measured.titleEn(),
            measured.description(),
            measured.descriptionEn(),
            measured.source(),
            measured.level(),
            measured.periods(),
            measured.totalPoints(),
            measured.pillars(),
            measured.profileFields(),
            measured.aggregation(),
            measured.rankingGroups(),
            new Measurement(Measurement.Kind.DOCUMENT_VERIFIED, "Có căn cứ tính điểm."),
            measured.appliesTo());
    SiteInput input = SiteFixture.withFramework(plain, measured);
    site =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .schemas(schemas)
            .build()
            .render(input);
  }

  private static Criterion portal(Criterion c) {
    return SiteFixture.changed(
        c,
        c.nameEn(),
        c.method(),
        c.inputs(),
        new Measurement(
            Measurement.Kind.THIRD_PARTY, "Số liệu của Hệ thống " + SiteFixture.HOSTILE));
  }

  static Document html(String path) {
    return Jsoup.parse(site.text(path), "");
  }

  @Test
  void theScorecardShowsTheUnitsPointsByKindOfMeasurement() {
    // xa-b1 in 2024: 1.1 gives 8 of 30 criterion points (third party, max 10), the rest 22 (max
    // 20 + the bonus item 2)
    Element table = html("units/xa-b1/xa-mau-2024.html").selectFirst("table.measured");
    assertThat(table.select("tbody tr").eachText())
        .containsExactly(
            "Đối chiếu tài liệu kiểm chứng 22 22 73,3%",
            "Bên thứ ba đo (hệ thống, cơ quan khác) 8 10 26,7%");
    Element en = html("en/units/xa-b1/xa-mau-2024.html").selectFirst("table.measured");
    assertThat(en.select("tbody th").eachText())
        .containsExactly(
            "Verified against a document", "Measured by a third party (a system, another agency)");
    assertThat(en.select("tbody td").eachText()).contains("73.3%", "26.7%");
  }

  @Test
  void theCatalogueShowsEachCriterionsKindAndReason() {
    Document doc = html("criteria/xa-mau.html");
    assertThat(doc.select("#c-1\\.1 dd.measurement-thirdParty").text())
        .startsWith("Bên thứ ba đo")
        .contains("Số liệu của Hệ thống <script>");
    assertThat(doc.select("#c-1\\.1 dd.measurement-thirdParty script")).isEmpty();
    assertThat(doc.select("#c-1\\.2 dd.measurement-documentVerified").text())
        .contains("Có căn cứ tính điểm.");
  }

  @Test
  void withoutAnyStatementTheScorecardSaysNotStated() {
    RenderedSite plain =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .build()
            .render(SiteFixture.input());
    Element table =
        Jsoup.parse(plain.text("units/xa-b1/xa-mau-2024.html"), "").selectFirst("table.measured");
    assertThat(table.select("tbody tr").eachText()).containsExactly("Chưa ghi cách đo 30 32 100%");
  }
}
