package org.opendti.diagnostic;

import java.util.List;

/**
 * A validation report as a Markdown job summary (GitHub's {@code $GITHUB_STEP_SUMMARY}): counts,
 * then a table of every diagnostic. Cell text is escaped so that submission content cannot break
 * the table or inject HTML into the summary.
 */
public final class MarkdownSummary {

  private MarkdownSummary() {}

  /** The report in {@code lang}. */
  public static String of(Diagnostics report, Lang lang) {
    StringBuilder s = new StringBuilder(say(lang, "summary.title")).append("\n\n");
    s.append(
            say(
                lang,
                "summary.counts",
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO)))
        .append("\n\n");
    List<Diagnostic> diagnostics = report.all();
    if (diagnostics.isEmpty()) {
      return s.append(say(lang, "summary.none")).append('\n').toString();
    }
    s.append(say(lang, "summary.header")).append('\n');
    s.append("|---|---|---|---|---|---|\n");
    for (Diagnostic d : diagnostics) {
      s.append("| ")
          .append(icon(d.severity()))
          .append(' ')
          .append(d.severity().word(lang))
          .append(" | ")
          .append(cell(d.file()))
          .append(" | ")
          .append(d.line() > 0 ? d.line() + ":" + d.column() : "")
          .append(" | ")
          .append(cell(d.code().id()))
          .append(" | ")
          .append(cell(d.pointer()))
          .append(" | ")
          .append(cell(d.message(lang)));
      String hint = d.hint(lang);
      if (hint != null) {
        s.append("<br>").append(cell(say(lang, "annotation.hint", hint)));
      }
      s.append(" |\n");
    }
    return s.toString();
  }

  private static String say(Lang lang, String key, Object... args) {
    return Text.of(key, args).in(lang);
  }

  private static String icon(Severity severity) {
    return switch (severity) {
      case ERROR -> "❌";
      case WARNING -> "⚠️";
      case INFO -> "ℹ️";
    };
  }

  /**
   * Escapes Markdown and HTML so a cell is shown literally. A zero-width space follows every
   * {@code @}, so a value such as {@code @org/team} echoed from a pull request is not a mention and
   * the bot's comment pings nobody (issue #13).
   */
  public static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        case '@' -> out.append("@\u200B");
        case '|', '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '~' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
