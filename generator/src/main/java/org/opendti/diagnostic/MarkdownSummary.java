package org.opendti.diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A validation report as a Markdown job summary (GitHub's {@code $GITHUB_STEP_SUMMARY}): counts,
 * then a table of every diagnostic. Cell text is escaped so that submission content cannot break
 * the table or inject HTML into the summary.
 *
 * <p>GitHub refuses a step's summary over 1 MiB, and a warning that every unit of a 10,000-unit
 * repository gets is 10,000 rows: past {@link #LIMIT} characters the table holds the errors first,
 * then the warnings and notes, as many as fit, and says how many more the job's log lists.
 */
public final class MarkdownSummary {

  /**
   * The longest table, in characters: at most 450,000 bytes of UTF-8, so that this summary and the
   * pull-request report's (its own limit the same) stay under 1 MiB in one step.
   */
  static final int LIMIT = 150_000;

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
    List<String> rows = diagnostics.stream().map(d -> row(d, lang)).toList();
    if (rows.stream().mapToInt(String::length).sum() <= LIMIT) {
      rows.forEach(s::append);
      return s.toString();
    }
    // Too long: the errors first, then warnings and notes, each in file order, as many as fit.
    List<Integer> order =
        IntStream.range(0, rows.size())
            .boxed()
            .sorted(Comparator.comparing(i -> diagnostics.get(i).severity()))
            .toList();
    int shown = 0;
    int length = 0;
    for (int i : order) {
      if (length + rows.get(i).length() > LIMIT) {
        break;
      }
      s.append(rows.get(i));
      length += rows.get(i).length();
      shown++;
    }
    return s.append('\n')
        .append(say(lang, "summary.more", rows.size() - shown))
        .append('\n')
        .toString();
  }

  /** One diagnostic's row of the table, with its line break. */
  private static String row(Diagnostic d, Lang lang) {
    StringBuilder s = new StringBuilder();
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
