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

  /**
   * A warning every unit of a national repository gets: the summary stays under GitHub's 1 MiB, the
   * errors first whatever their files, and says how many rows the log has beyond it.
   */
  @Test
  void aLongReportKeepsItsErrorsAndCountsTheRest() {
    List<Diagnostic> all = new java.util.ArrayList<>();
    for (int u = 0; u < 10_000; u++) {
      all.add(
          Diagnostic.of(
              Severity.WARNING,
              Code.UNKNOWN_CRITERION,
              "submissions/x/2023/a-" + u + ".json",
              3,
              5,
              "/answers/9",
              "f",
              "Xã Mẫu " + u));
    }
    all.add(
        Diagnostic.of(
            Severity.ERROR,
            Code.UNKNOWN_CRITERION,
            "submissions/z/2023/z.json",
            1,
            1,
            "",
            "f",
            "9"));
    Diagnostics report = new Diagnostics(all);
    String md = MarkdownSummary.of(report, Lang.VI);
    assertThat(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(1024 * 1024);
    List<String> rows =
        md.lines().filter(l -> l.startsWith("| ❌") || l.startsWith("| ⚠️")).toList();
    assertThat(rows.get(0)).startsWith("| ❌ lỗi | submissions/z/2023/z.json |");
    assertThat(rows.size()).isBetween(100, 10_000);
    assertThat(md)
        .contains("1 lỗi, 10000 cảnh báo".replace("10000", Lang.VI.integer(10_000)))
        .endsWith(
            "… và "
                + Lang.VI.integer(10_001 - rows.size())
                + " vấn đề khác không hiện ở đây vì tóm tắt có giới hạn độ dài; nhật ký (log) của"
                + " lần chạy liệt kê đủ.\n");
    // A short report keeps the file order.
    assertThat(
            MarkdownSummary.of(new Diagnostics(all.subList(9_998, 10_001)), Lang.VI)
                .lines()
                .filter(l -> l.startsWith("| ❌") || l.startsWith("| ⚠️"))
                .map(l -> l.substring(0, 3)))
        .containsExactly("| ⚠", "| ⚠", "| ❌");
  }
}
