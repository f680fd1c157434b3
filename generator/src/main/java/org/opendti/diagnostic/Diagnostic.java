package org.opendti.diagnostic;

import java.util.Comparator;

/**
 * One problem found in an input file, located for a human: {@code file:line:column}, the JSON
 * pointer of the offending value, a message and a hint on how to fix it.
 *
 * <p>Example: {@code submissions/xa/2023/a.json:12:18 error [ratio-above-one]
 * /answers/3.1/inputs/a: numerator 25 is above the denominator 20 — hint: a ratio cannot exceed
 * 100% here}.
 *
 * @param code a stable kebab-case id for the kind of problem, e.g. "duplicate-key"
 * @param file repository-relative path with forward slashes
 * @param line 1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 * @param pointer RFC 6901 JSON pointer, "" for the whole document
 * @param hint how to fix it; may be null
 */
public record Diagnostic(
    Severity severity,
    String code,
    String file,
    int line,
    int column,
    String pointer,
    String message,
    String hint) {

  /** File, then position, then severity: the order a reader fixes things in. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::pointer)
          .thenComparing(Diagnostic::message);

  /** {@code file:line:column: severity [code] pointer: message (hint)}. */
  public String format() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT));
    s.append(" [").append(code).append("] ");
    if (!pointer.isEmpty()) {
      s.append(pointer).append(": ");
    }
    s.append(message);
    if (hint != null && !hint.isBlank()) {
      s.append(" (hint: ").append(hint).append(')');
    }
    return s.toString();
  }
}
