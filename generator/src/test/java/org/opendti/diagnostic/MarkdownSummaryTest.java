package org.opendti.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

  @Test
  void emptyReportSaysSoInEitherLanguage() {
    assertThat(MarkdownSummary.of(new Diagnostics(List.of()), Lang.VI))
        .contains("0 lỗi, 0 cảnh báo, 0 lưu ý")
        .contains("Không có vấn đề nào.");
    assertThat(MarkdownSummary.of(new Diagnostics(List.of()), Lang.EN))
        .contains("Errors: 0, warnings: 0, notes: 0.")
        .contains("No problems found.");
  }

  @Test
  void tableEscapesCellsWrittenByUnits() {
    Diagnostic d =
        Diagnostic.of(
            Severity.ERROR,
            Code.UNKNOWN_CRITERION,
            "submissions/x/2023/a.json",
            3,
            5,
            "/answers/9|9",
            "f",
            "<img src=x onerror=alert(1)> | [link](javascript:alert(1))");

    String md = MarkdownSummary.of(new Diagnostics(List.of(d)), Lang.VI);

    assertThat(md).contains("1 lỗi");
    assertThat(md).contains("| 3:5 |");
    assertThat(md).contains("| ❌ lỗi |").contains("<br>Gợi ý: ");
    assertThat(md).doesNotContain("<img").doesNotContain("](javascript");
    assertThat(md).contains("&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\[link\\]");
    assertThat(md.lines().filter(l -> l.startsWith("| ❌")).count()).isEqualTo(1);
  }
}
