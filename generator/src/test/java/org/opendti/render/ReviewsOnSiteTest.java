package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.load.Dataset;
import org.opendti.model.Evidence;
import org.opendti.model.Review;
import org.opendti.model.Value;

/**
 * Issue 15 on the scorecard: a correction whose answer the unit changed is marked; objections are
 * shown at their criterion (or with the review when about the whole result) with their outcome;
 * corrected criteria and the whole result link to the host's prefilled objection form.
 */
class ReviewsOnSiteTest {

  static final String REPO = "https://github.com/opendti/dti-mau";
  static RenderedSite site;

  @BeforeAll
  static void render(@TempDir Path schemas) throws IOException {
    Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    SiteInput plain = SiteFixture.input();
    Dataset d = plain.dataset();
    Review old = d.reviews().get(0);
    Review.Correction c = old.corrections().get(0);
    Review review =
        new Review(
            old.file(),
            old.unit(),
            old.framework(),
            old.period(),
            old.reviewer(),
            old.date(),
            List.of(
                new Review.Correction(
                    c.criterion(),
                    c.inputs(),
                    c.points(),
                    c.notApplicable(),
                    c.reason(),
                    // The unit answered 6 when reviewed; its submission now says 5.
                    new Review.Was(
                        Map.of("value", new Value.Num(new java.math.BigDecimal("6"))), false),
                    List.of(
                        new Evidence(
                            "report",
                            "12/BB-ĐKT",
                            LocalDate.of(2025, 1, 9),
                            "Đoàn kiểm tra",
                            "Biên bản kiểm tra " + SiteFixture.HOSTILE,
                            "https://example.vn/bb-12.pdf"),
                        new Evidence(
                            "document", null, null, null, "Công văn", "javascript:alert(1)")))),
            List.of(
                new Review.Objection("#41", "1.3", LocalDate.of(2025, 1, 20), null, null, null),
                new Review.Objection(
                    "CV 12/UBND " + SiteFixture.HOSTILE,
                    null,
                    LocalDate.of(2025, 1, 15),
                    Review.Decision.PARTLY_UPHELD,
                    "Đã xác minh lại " + SiteFixture.HOSTILE,
                    LocalDate.of(2025, 2, 3))));
    SiteInput input =
        new SiteInput(
            new Dataset(d.registry(), d.frameworks(), d.submissions(), List.of(review)),
            plain.diagnostics(),
            plain.scores(),
            plain.rankings());
    site =
        SiteRenderer.builder()
            .templates(SiteRendererTest.TEMPLATES)
            .schemas(schemas)
            .repositoryUrl(REPO)
            .build()
            .render(input);
  }

  static Document html(String path) {
    return Jsoup.parse(site.text(path), "");
  }

  @Test
  void aStaleCorrectionIsMarkedAtItsCriterionAndWithTheReview() {
    Document vi = html("units/xa-a1/xa-mau-2024.html");
    Element stale = vi.selectFirst("#c-1\\.3 + tr.detail p.stale");
    assertThat(stale.text())
        .isEqualTo(
            "Cần xem lại Đơn vị đã sửa câu trả lời sau khi thẩm định (khi thẩm định: value = 6;"
                + " nay: value = 5). Điểm vẫn tính theo điều chỉnh cho đến khi đoàn kiểm tra xác"
                + " nhận hoặc bỏ điều chỉnh.");
    assertThat(vi.select("#c-1\\.1 + tr.detail p.stale")).isEmpty();
    assertThat(vi.select("p.stale")).hasSize(2);
    Document en = html("en/units/xa-a1/xa-mau-2024.html");
    assertThat(en.selectFirst("#c-1\\.3 + tr.detail p.stale").text())
        .contains("(when reviewed: value = 6; now: value = 5)");
  }

  @Test
  void aCorrectionsEvidenceIsShownWithItsReasonLinkedOnlyWhenSafe() {
    Document vi = html("units/xa-a1/xa-mau-2024.html");
    Element box = vi.selectFirst("#c-1\\.3 + tr.detail div.review");
    assertThat(box.ownText()).isEqualTo("Căn cứ điều chỉnh của đoàn kiểm tra:");
    // Right after the reviewer's reason.
    assertThat(box.previousElementSibling().text())
        .startsWith("Lý do điều chỉnh của đoàn kiểm tra:");
    List<Element> items = box.select("ul.evidence li");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).text())
        .isEqualTo(
            "Báo cáo số 12/BB-ĐKT ngày 09/01/2025 — Đoàn kiểm tra: Biên bản kiểm tra "
                + SiteFixture.HOSTILE);
    assertThat(items.get(0).select("a").attr("href")).isEqualTo("https://example.vn/bb-12.pdf");
    assertThat(items.get(1).text()).isEqualTo("Văn bản: Công văn");
    assertThat(items.get(1).select("a")).isEmpty();
    assertThat(box.select("script")).isEmpty();
    assertThat(site.text("units/xa-a1/xa-mau-2024.html")).doesNotContain("javascript:alert");
    // Only the corrected criterion has it.
    assertThat(vi.select("div.review")).hasSize(1);
    Document en = html("en/units/xa-a1/xa-mau-2024.html");
    assertThat(en.selectFirst("#c-1\\.3 + tr.detail div.review").ownText())
        .isEqualTo("Reviewer's evidence:");
    assertThat(en.selectFirst("#c-1\\.3 + tr.detail div.review li").text())
        .startsWith("Report no. 12/BB-ĐKT of 09/01/2025");
  }

  @Test
  void objectionsAreShownWithTheirOutcome() {
    Document vi = html("units/xa-a1/xa-mau-2024.html");
    Element open = vi.selectFirst("#c-1\\.3 + tr.detail ul.objections li");
    assertThat(open.text()).isEqualTo("#41 — nhận ngày 20/01/2025: Đang chờ giải quyết");
    assertThat(open.selectFirst("a").attr("href")).isEqualTo(REPO + "/issues/41");
    // The whole result's objection sits with the review, its hostile text as text.
    Element whole = vi.select("ul.objections").last();
    assertThat(whole.text())
        .startsWith("CV 12/UBND <script>")
        .contains("nhận ngày 15/01/2025: Chấp nhận một phần (03/02/2025) Đã xác minh lại <script>");
    assertThat(whole.select("a, script")).isEmpty();
    assertThat(html("en/units/xa-a1/xa-mau-2024.html").select("ul.objections").last().text())
        .contains("received 15/01/2025: Partly upheld (03/02/2025)");
    // The summary says which criteria were corrected and which objections are open; the whole
    // result's, decided, is not.
    assertThat(vi.select("section.summary ul.review-standing li").eachText())
        .containsExactly(
            "Đoàn kiểm tra đã điều chỉnh tiêu chí 1.3.",
            "Kiến nghị đang chờ giải quyết: tiêu chí 1.3.");
  }

  @Test
  void correctedCriteriaAndTheResultLinkToAPrefilledObjection() {
    Document vi = html("units/xa-a1/xa-mau-2024.html");
    Element criterion = vi.selectFirst("#c-1\\.3 + tr.detail p.object a");
    assertThat(criterion.text()).isEqualTo("Kiến nghị về điểm tiêu chí này");
    assertThat(criterion.attr("href"))
        .isEqualTo(
            REPO
                + "/issues/new?template=object-to-a-result.yml&unit=xa-a1&framework=xa-mau"
                + "&period=2024&criterion=1.3"
                + "&title=Ki%E1%BA%BFn%20ngh%E1%BB%8B%3A%20xa-a1%20k%E1%BB%B3%202024%201.3");
    // An uncorrected criterion without objections has no link of its own.
    assertThat(vi.select("#c-1\\.1 + tr.detail p.object")).isEmpty();
    Element result = vi.select("p.object a").last();
    assertThat(result.text()).isEqualTo("Kiến nghị về kết quả đánh giá");
    assertThat(result.attr("href")).contains("&period=2024&title=").doesNotContain("criterion=");
    // Another unit's scorecard links to its own result.
    assertThat(html("units/xa-b1/xa-mau-2024.html").select("p.object a").last().attr("href"))
        .contains("unit=xa-b1&framework=xa-mau&period=2024");
  }

  @Test
  void theIssueFormHasTheFieldsTheLinksFill() throws IOException {
    String form = Files.readString(Path.of("../.github/ISSUE_TEMPLATE/" + ObjectionLinks.TEMPLATE));
    for (String id : List.of("unit", "framework", "period", "criterion")) {
      assertThat(form).contains("id: " + id + "\n");
    }
  }
}
