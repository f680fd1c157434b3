package org.opendti.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

  @Test
  void emptyReportSaysSo() {
    assertThat(MarkdownSummary.of(new Diagnostics(List.of())))
        .contains("0 error(s), 0 warning(s)")
        .contains("No problems found.");
  }

  @Test
  void tableEscapesCellsWrittenByUnits() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            "unknown-criterion",
            "submissions/x/2023/a.json",
            3,
            5,
            "/answers/9|9",
            "<img src=x onerror=alert(1)> | [link](javascript:alert(1))",
            null);

    String md = MarkdownSummary.of(new Diagnostics(List.of(d)));

    assertThat(md).contains("1 error(s)");
    assertThat(md).contains("| 3:5 |");
    assertThat(md).doesNotContain("<img").doesNotContain("](javascript");
    assertThat(md).contains("&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\[link\\]");
    assertThat(md.lines().filter(l -> l.startsWith("| ❌")).count()).isEqualTo(1);
  }
}
