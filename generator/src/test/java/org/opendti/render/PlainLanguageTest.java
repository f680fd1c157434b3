package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Encoding notes in the public's words (issue #16). */
class PlainLanguageTest {

  private static final Map<String, String> T =
      Map.of(
          "seed.004", "Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai",
          "seed.001", "công văn giao tiêu chí của UBND huyện Nam Đông (2018)",
          "term.notApplicableAllowed.true", "được phép ghi “không phát sinh”",
          "term.variant.relativeToBest", "cách tính “so với đơn vị cao nhất”",
          "term.appliesTo", "phạm vi áp dụng là “{0}”",
          "form.ev.plan", "Kế hoạch",
          "form.ev.report", "Báo cáo");

  @Test
  void seedsBecomeTheirDocumentsAndFieldsTheCataloguesWords() {
    assertThat(
            PlainLanguage.markdown(
                T,
                UNITS,
                "Theo `004_…` và seed `004_362616729f5630a5.txt`, mọi tiêu chí có"
                    + " `notApplicableAllowed: true`; `cohort` với `variant: relativeToBest`."))
        .isEqualTo(
            "Theo Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai và Quyết định 209/QĐ-UBND của"
                + " UBND tỉnh Gia Lai, mọi tiêu chí có được phép ghi “không phát sinh”; `cohort`"
                + " với cách tính “so với đơn vị cao nhất”.");
  }

  private static final UnaryOperator<String> UNITS =
      id -> Map.of("gia-lai", "Tỉnh Gia Lai", "van-lam", "Huyện Văn Lâm").getOrDefault(id, id);

  /**
   * A field whose value is a unit takes one term for the field and the unit's name from the
   * registry: a new framework with {@code appliesTo} needs no new catalogue line.
   */
  @Test
  void aTerritoryIsNamedByTheRegistryNotByOneTermPerUnit() {
    assertThat(PlainLanguage.markdown(T, UNITS, "Địa bàn: `appliesTo: \"van-lam\"`, nên chỉ xã."))
        .isEqualTo("Địa bàn: phạm vi áp dụng là “Huyện Văn Lâm”, nên chỉ xã.");
    assertThat(PlainLanguage.markdown(T, UNITS, "- `appliesTo: \"gia-lai\"` theo Điều 1."))
        .isEqualTo("- Phạm vi áp dụng là “Tỉnh Gia Lai” theo Điều 1.");
    // without the field's term the code span stays, for the site's plain-language test to name
    assertThat(PlainLanguage.markdown(Map.of(), UNITS, "`appliesTo: \"gia-lai\"`"))
        .isEqualTo("`appliesTo: \"gia-lai\"`");
  }

  @Test
  void idsNumbersAndVariablesStayAsTheyAre() {
    assertThat(PlainLanguage.markdown(T, UNITS, "Mục `II.1, II.2, II.5`, `1.III.14`, `a`, `2018`."))
        .isEqualTo("Mục II.1, II.2, II.5, 1.III.14, a, 2018.");
  }

  @Test
  void findingsNameTheirSeedAsItsDocument() {
    assertThat(PlainLanguage.seeds(T, "văn bản gốc ghi nhầm mốc (004_… ghi \"< 0 bài\")"))
        .isEqualTo(
            "văn bản gốc ghi nhầm mốc (Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai ghi \"< 0"
                + " bài\")");
    assertThat(PlainLanguage.markdown(T, UNITS, null)).isNull();
  }

  /**
   * A document or term that starts a sentence starts with a capital ("Đơn vị tự báo cáo. Công văn
   * giao…", where the site read "… báo cáo. công văn giao…"); inside a sentence it is left as the
   * catalogue writes it.
   */
  @Test
  void wordsThatStartASentenceStartWithACapital() {
    assertThat(PlainLanguage.markdown(T, UNITS, "`001_…`: UBND huyện giao từng tiêu chí."))
        .isEqualTo(
            "Công văn giao tiêu chí của UBND huyện Nam Đông (2018): UBND huyện giao từng"
                + " tiêu chí.");
    assertThat(
            PlainLanguage.markdown(
                T,
                UNITS,
                "Mục đầu. `001_…` ghi rõ.\n- `001_…` ghi.\n  * `notApplicableAllowed: true`."))
        .isEqualTo(
            "Mục đầu. Công văn giao tiêu chí của UBND huyện Nam Đông (2018) ghi rõ.\n- Công văn"
                + " giao tiêu chí của UBND huyện Nam Đông (2018) ghi.\n  * Được phép ghi"
                + " “không phát sinh”.");
    assertThat(PlainLanguage.markdown(T, UNITS, "Theo `001_…`, (`001_…`) và 1.5 `001_…`."))
        .isEqualTo(
            "Theo công văn giao tiêu chí của UBND huyện Nam Đông (2018), (công văn giao tiêu chí"
                + " của UBND huyện Nam Đông (2018)) và 1.5 công văn giao tiêu chí của UBND huyện"
                + " Nam Đông (2018).");
  }

  @Test
  void evidenceKindsInWords() {
    assertThat(PlainLanguage.evidenceKinds(T, List.of("plan", "report")))
        .isEqualTo("(kế hoạch, báo cáo)");
    assertThat(PlainLanguage.evidenceKinds(T, List.of())).isEmpty();
  }
}
