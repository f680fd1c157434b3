package org.opendti.diagnostic;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found in an input file, located for a human: {@code file:line:column}, the JSON
 * pointer of the offending value, its {@link Code} and the values it names. Its message and hint
 * are written from the {@link Catalogue} in the language of the reader, Vietnamese first.
 *
 * <p>Example, {@link #format(Lang) format(Lang.VI)}: {@code submissions/xa/2023/a.json:12:18: lỗi
 * [ratio-above-one] /answers/3.1/inputs/a: Tiêu chí 3.1 “…”: tử số a = 25 lớn hơn mẫu số b = 20
 * (gợi ý: …)}; in English {@code … error [ratio-above-one] … criterion 3.1 “…”: the numerator a =
 * 25 is above the denominator b = 20 (hint: …)}.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of(Severity.ERROR, Code.EMPTY_FILE, "units/x.json", 1, 1, "");
 * d.message(Lang.VI); // "Tệp rỗng"
 * }</pre>
 *
 * @param code the kind of problem; its {@link Code#id() id} is the stable kebab-case code shown
 * @param file repository-relative path with forward slashes
 * @param line 1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 * @param pointer RFC 6901 JSON pointer, "" for the whole document
 * @param args the values the message and hint name, as {@link Text#args()}
 */
public record Diagnostic(
    Severity severity,
    Code code,
    String file,
    int line,
    int column,
    String pointer,
    List<Object> args) {

  /** File, then position, then severity: the order a reader fixes things in. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(d -> d.code().id())
          .thenComparing(Diagnostic::pointer)
          .thenComparing(d -> d.args().toString());

  public Diagnostic {
    args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  public static Diagnostic of(
      Severity severity,
      Code code,
      String file,
      int line,
      int column,
      String pointer,
      Object... args) {
    return new Diagnostic(severity, code, file, line, column, pointer, Arrays.asList(args));
  }

  /** What is wrong, in {@code lang}. */
  public String message(Lang lang) {
    return Catalogue.format(lang, code.messageKey(), args);
  }

  /**
   * {@link #message} cut where its language changes: a framework's name without English is a
   * Vietnamese piece of an English message ({@link Catalogue#pieces}).
   */
  public List<Catalogue.Piece> messagePieces(Lang lang) {
    return Catalogue.pieces(lang, code.messageKey(), args);
  }

  /** How to fix it, in {@code lang}; null when the code has no hint or it is blank here. */
  public String hint(Lang lang) {
    if (!Catalogue.has(code.hintKey())) {
      return null;
    }
    String hint = Catalogue.format(lang, code.hintKey(), args);
    return hint.isBlank() ? null : hint;
  }

  /** {@code file:line:column: severity [code] pointer: message (hint: …)}, in {@code lang}. */
  public String format(Lang lang) {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ").append(severity.word(lang));
    s.append(" [").append(code.id()).append("] ");
    if (!pointer.isEmpty()) {
      s.append(pointer).append(": ");
    }
    s.append(message(lang));
    String hint = hint(lang);
    if (hint != null) {
      s.append(" (").append(Text.of("diagnostic.hint").in(lang)).append(": ");
      s.append(hint).append(')');
    }
    return s.toString();
  }
}
