package org.opendti.diagnostic;

import java.util.List;

/**
 * A validation report as a Markdown job summary (GitHub's {@code $GITHUB_STEP_SUMMARY}): counts,
 * then a table of every diagnostic. Cell text is escaped so that submission content cannot break
 * the table or inject HTML into the summary.
 */
public final class MarkdownSummary {

  private MarkdownSummary() {}

  public static String of(Diagnostics report) {
    StringBuilder s = new StringBuilder("## opendti validation\n\n");
    s.append(report.count(Severity.ERROR))
        .append(" error(s), ")
        .append(report.count(Severity.WARNING))
        .append(" warning(s), ")
        .append(report.count(Severity.INFO))
        .append(" note(s).\n\n");
    List<Diagnostic> diagnostics = report.all();
    if (diagnostics.isEmpty()) {
      return s.append("No problems found.\n").toString();
    }
    s.append("| | File | Line:col | Check | Where | Message |\n");
    s.append("|---|---|---|---|---|---|\n");
    for (Diagnostic d : diagnostics) {
      s.append("| ")
          .append(icon(d.severity()))
          .append(" | ")
          .append(cell(d.file()))
          .append(" | ")
          .append(d.line() > 0 ? d.line() + ":" + d.column() : "")
          .append(" | ")
          .append(cell(d.code()))
          .append(" | ")
          .append(cell(d.pointer()))
          .append(" | ")
          .append(cell(d.message()));
      if (d.hint() != null && !d.hint().isBlank()) {
        s.append("<br>Hint: ").append(cell(d.hint()));
      }
      s.append(" |\n");
    }
    return s.toString();
  }

  private static String icon(Severity severity) {
    return switch (severity) {
      case ERROR -> "❌ error";
      case WARNING -> "⚠️ warning";
      case INFO -> "ℹ️ note";
    };
  }

  /** Escapes Markdown and HTML so a cell is shown literally. */
  public static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        case '|', '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '~' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
