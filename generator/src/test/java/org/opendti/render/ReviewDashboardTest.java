package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.Flag;

class ReviewDashboardTest {

  /** A cell a spreadsheet would run as a formula gets an apostrophe; nothing else changes. */
  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
    for (String hostile :
        new String[] {"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(ReviewDashboard.neutral(hostile)).isEqualTo("'" + hostile);
    }
    assertThat(ReviewDashboard.neutral("Xã Mẫu An")).isEqualTo("Xã Mẫu An");
    assertThat(ReviewDashboard.neutral("−1,47")).isEqualTo("−1,47");
    assertThat(ReviewDashboard.neutral(null)).isEmpty();
  }

  /** Flags become sentences with the page's numbers; variants follow the flag's numbers. */
  @Test
  void flagsAreSentencesInThePagesLanguage() throws Exception {
    Map<Lang, Map<String, String>> text = Messages.load(SiteRendererTest.TEMPLATES);
    Flag moved =
        new Flag(
            Flag.MOVED,
            "u",
            "fw",
            "2024",
            null,
            "Tổng điểm thay đổi …",
            Map.of(
                "current", new BigDecimal("812.5"),
                "change", new BigDecimal("120.25"),
                "limit", new BigDecimal("100"),
                "previousMin", new BigDecimal("690"),
                "previousMax", new BigDecimal("1692.25")),
            2);
    assertThat(FlagText.key(moved)).isEqualTo("flag.moved.total.range");
    PageContext vi = new PageContext(null, Lang.VI, "reviewers.html", text);
    PageContext en = new PageContext(null, Lang.EN, "en/reviewers.html", text);
    assertThat(FlagText.sentence(vi, moved))
        .isEqualTo(
            "Tổng điểm thay đổi +120,25 so với kỳ trước (690–1.692,25 → 812,5), vượt ngưỡng 100.");
    assertThat(FlagText.sentence(en, moved))
        .isEqualTo(
            "The total moved +120.25 since the previous period (690–1,692.25 → 812.5), beyond the"
                + " threshold 100.");
    Flag early =
        new Flag(
            Flag.EVIDENCE_DATE_OUTSIDE_PERIOD,
            "u",
            "fw",
            "2024",
            "3.3",
            "…",
            Map.of("daysBefore", new BigDecimal("75")),
            1);
    assertThat(FlagText.sentence(vi, early))
        .isEqualTo("Tài liệu kiểm chứng của tiêu chí 3.3 ghi ngày trước khi kỳ bắt đầu 75 ngày.");
    // Every flag code has its sentence in both languages.
    for (String code :
        new String[] {
          Flag.SELF_ABOVE_COMPUTED,
          Flag.RARE_NOT_APPLICABLE,
          Flag.MISSING_EVIDENCE,
          Flag.RATIO_OUTLIER,
          Flag.NUMERATOR_EQUALS_DENOMINATOR
        }) {
      assertThat(text.get(Lang.VI)).containsKey("flag." + code);
      assertThat(text.get(Lang.EN)).containsKey("flag." + code);
    }
  }
}
