package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encoding notes in the public's words (issue #16). */
class PlainLanguageTest {

  private static final Map<String, String> T =
      Map.of(
          "seed.004", "Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai",
          "term.notApplicableAllowed.true", "được phép ghi “không phát sinh”",
          "term.variant.relativeToBest", "cách tính “so với đơn vị cao nhất”",
          "form.ev.plan", "Kế hoạch",
          "form.ev.report", "Báo cáo");

  @Test
  void seedsBecomeTheirDocumentsAndFieldsTheCataloguesWords() {
    assertThat(
            PlainLanguage.markdown(
                T,
                "Theo `004_…` và seed `004_362616729f5630a5.txt`, mọi tiêu chí có"
                    + " `notApplicableAllowed: true`; `cohort` với `variant: relativeToBest`."))
        .isEqualTo(
            "Theo Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai và Quyết định 209/QĐ-UBND của"
                + " UBND tỉnh Gia Lai, mọi tiêu chí có được phép ghi “không phát sinh”; `cohort`"
                + " với cách tính “so với đơn vị cao nhất”.");
  }

  @Test
  void idsNumbersAndVariablesStayAsTheyAre() {
    assertThat(PlainLanguage.markdown(T, "Mục `II.1, II.2, II.5`, `1.III.14`, `a`, `2018`."))
        .isEqualTo("Mục II.1, II.2, II.5, 1.III.14, a, 2018.");
  }

  @Test
  void findingsNameTheirSeedAsItsDocument() {
    assertThat(PlainLanguage.seeds(T, "văn bản gốc ghi nhầm mốc (004_… ghi \"< 0 bài\")"))
        .isEqualTo(
            "văn bản gốc ghi nhầm mốc (Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai ghi \"< 0"
                + " bài\")");
    assertThat(PlainLanguage.markdown(T, null)).isNull();
  }

  @Test
  void evidenceKindsInWords() {
    assertThat(PlainLanguage.evidenceKinds(T, List.of("plan", "report")))
        .isEqualTo("(kế hoạch, báo cáo)");
    assertThat(PlainLanguage.evidenceKinds(T, List.of())).isEmpty();
  }
}
