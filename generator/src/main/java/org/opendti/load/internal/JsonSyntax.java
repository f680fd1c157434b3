package org.opendti.load.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.opendti.diagnostic.Code;
import org.opendti.load.SourceLocation;

/** Turns a Jackson parse failure into one diagnostic with a stable code and a useful hint. */
final class JsonSyntax {

  private JsonSyntax() {}

  /**
   * Where the first number longer than the reader's limit starts, outside strings; -1 if none. The
   * reader stops at the end of such a number (or of the file), so its own location is not where the
   * number is.
   */
  static int longNumber(String text) {
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        String number = numberAt(text, i);
        if (number.length() > StrictJsonReader.MAX_NUMBER_LENGTH) {
          return i;
        }
        i += number.length() - 1;
      }
    }
    return -1;
  }

  private static String numberAt(String text, int start) {
    int end = start;
    while (end < text.length() && "0123456789+-.eE".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return text.substring(start, end);
  }

  static void report(
      String file,
      String text,
      LineMap lines,
      JsonProcessingException e,
      int offset,
      DiagnosticSink sink) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      if (original.contains("nesting depth")) {
        sink.error(Code.JSON_TOO_DEEP, file, lines.at(offset), "", StrictJsonReader.MAX_DEPTH);
      } else {
        int start = longNumber(text);
        if (start >= 0) {
          sink.error(
              Code.NUMBER_OUT_OF_RANGE,
              file,
              lines.at(start),
              "",
              StrictJsonReader.abbreviate(numberAt(text, start)),
              StrictJsonReader.MAX_DIGITS);
        } else {
          sink.error(
              Code.VALUE_TOO_LONG,
              file,
              lines.at(offset),
              "",
              original,
              StrictJsonReader.MAX_DIGITS);
        }
      }
      return;
    }
    int at = errorChar(text, offset);
    if (at >= text.length() || original.contains("end-of-input")) {
      sink.error(Code.JSON_TRUNCATED, file, lines.at(text.length()), "");
      return;
    }
    char c = text.charAt(at);
    SourceLocation where = lines.at(at);
    if (c == '/' || c == '#') {
      sink.error(Code.JSON_COMMENT, file, where, "");
    } else if (c == '\'') {
      sink.error(Code.JSON_SINGLE_QUOTE, file, where, "");
    } else if (original.startsWith("Non-standard token '")) {
      String token = original.replaceFirst("^Non-standard token '([^']*)'.*$", "$1");
      sink.error(Code.JSON_NON_NUMERIC, file, lines.at(tokenStart(text, offset, token)), "");
    } else if ((c == '}' || c == ']') && previousSignificant(text, at) == ',') {
      sink.error(
          Code.JSON_TRAILING_COMMA,
          file,
          lines.at(previousSignificantIndex(text, at)),
          "",
          String.valueOf(c));
    } else {
      reportCommon(file, text, lines, original, at, offset, sink);
    }
  }

  /**
   * The mistakes people make most when they write JSON by hand (the host's web editor, a text
   * editor, text pasted from Word), each said in words rather than in the JSON reader's English: a
   * missing comma or colon, a key or a word without quotes, curly quotes, a missing value, brackets
   * that do not pair, a line break or a lone backslash inside a text, a malformed number, a decimal
   * comma. Anything else keeps the reader's own words ({@code json-syntax}).
   */
  private static void reportCommon(
      String file,
      String text,
      LineMap lines,
      String original,
      int at,
      int offset,
      DiagnosticSink sink) {
    char c = text.charAt(at);
    SourceLocation where = lines.at(at);
    boolean afterDigit = at > 0 && isDigit(text.charAt(at - 1));
    int curlyClose = curlyClosingQuote(text, at);
    if (isCurlyQuote(c)) {
      sink.error(Code.JSON_CURLY_QUOTE, file, where, "");
    } else if (original.contains("Leading zeroes not allowed")) {
      sink.error(Code.JSON_LEADING_ZERO, file, lines.at(numberStart(text, at)), "");
    } else if (original.contains("in numeric value")
        || (original.contains("was expecting comma")
            && afterDigit
            && (c == '.' || c == '+' || c == '-' || Character.isLetterOrDigit(c)))) {
      // "990.5.1", "1.", "1e", "+1", "0x10": the number as written does not end where it should.
      sink.error(Code.JSON_MALFORMED_NUMBER, file, lines.at(numberStart(text, at)), "");
    } else if (curlyClose >= 0) {
      // {"a": "x”, "b": 1}: the text was closed with a curly quote, so it ran on to the next
      // straight one and the reader stumbles after it; the curly quote is the mistake.
      sink.error(Code.JSON_CURLY_QUOTE, file, lines.at(curlyClose), "");
    } else if (original.contains("was expecting comma")) {
      sink.error(
          Code.JSON_MISSING_COMMA, file, lines.at(previousSignificantIndex(text, at) + 1), "");
    } else if (original.contains("was expecting a colon")) {
      sink.error(
          Code.JSON_MISSING_COLON, file, lines.at(previousSignificantIndex(text, at) + 1), "");
    } else if (original.contains("was expecting double-quote to start field name")) {
      int comma = previousSignificantIndex(text, at);
      if (isDigit(c)
          && comma > 0
          && comma == at - 1
          && text.charAt(comma) == ','
          && isDigit(text.charAt(comma - 1))) {
        // {"a": 1,5}: the comma of a decimal number ends the value and a key is expected.
        sink.error(Code.JSON_DECIMAL_COMMA, file, lines.at(comma), "");
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        sink.error(Code.JSON_UNQUOTED_KEY, file, where, "");
      } else {
        // {"a": 1,, "b": 2}, {[, a digit or a sign where a member's name should begin.
        sink.error(Code.JSON_EXPECTED_KEY, file, where, "");
      }
    } else if (original.startsWith("Unrecognized token '")) {
      String token = original.replaceFirst("(?s)^Unrecognized token '(.*?)':.*$", "$1");
      sink.error(
          Code.JSON_UNQUOTED_TEXT,
          file,
          lines.at(tokenStart(text, offset, token)),
          "",
          StrictJsonReader.abbreviate(shown(token)));
    } else if (original.contains("expected a valid value")
        || original.contains("expected a value")) {
      if (c == '.' || c == '+') {
        sink.error(Code.JSON_MALFORMED_NUMBER, file, where, "");
      } else {
        sink.error(Code.JSON_MISSING_VALUE, file, where, "");
      }
    } else if (original.startsWith("Unexpected close marker '") && !original.contains("for root")) {
      String expected =
          original.replaceFirst("(?s)^Unexpected close marker '.': expected '(.)'.*$", "$1");
      if (expected.length() == 1) {
        sink.error(Code.JSON_BRACKET_MISMATCH, file, where, "", String.valueOf(c), expected);
      } else {
        sink.error(Code.JSON_SYNTAX, file, where, "", firstLine(original));
      }
    } else if (original.startsWith("Illegal unquoted character")) {
      int curly = (c == '\n' || c == '\r') ? lastCurly(text, openingQuote(text, at), at) : -1;
      if (curly >= 0) {
        // "name": "Xã A”,⏎ — a curly quote where the text should have ended, so it runs on to the
        // end of the line (a phone's keyboard or Word turns " into ” as you type).
        sink.error(Code.JSON_CURLY_QUOTE, file, lines.at(curly), "");
      } else {
        sink.error(Code.JSON_CONTROL_CHARACTER, file, where, "");
      }
    } else if (original.startsWith("Unrecognized character escape")
        || original.contains("for character escape sequence")) {
      int backslash = text.lastIndexOf('\\', Math.max(at - 1, 0));
      sink.error(Code.JSON_BAD_ESCAPE, file, lines.at(backslash < 0 ? at : backslash), "");
    } else {
      sink.error(Code.JSON_SYNTAX, file, where, "", firstLine(original));
    }
  }

  /**
   * A word from the file as a message may show it: a control or format character (a bidirectional
   * control that would reorder the message, a zero-width joiner) becomes "?".
   */
  private static String shown(String word) {
    StringBuilder out = new StringBuilder(word.length());
    word.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean hidden =
                  type == Character.CONTROL
                      || type == Character.FORMAT
                      || type == Character.SURROGATE
                      || type == Character.UNASSIGNED;
              if (hidden) {
                out.append('?');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /**
   * Where a curly quote ended, in the writer's mind, the text that ends just before {@code at}: the
   * text's content ends in a curly quote followed by a comma, colon or bracket ({@code "x”, "} read
   * as one text); -1 otherwise. A text that merely ends in a quotation ({@code "báo cáo “X”"}) does
   * not count: nothing JSON-like follows its curly quote inside it.
   */
  private static int curlyClosingQuote(String text, int at) {
    int close = previousSignificantIndex(text, at);
    if (close <= 0 || text.charAt(close) != '"') {
      return -1;
    }
    int open = openingQuote(text, close);
    if (open < 0) {
      return -1;
    }
    int i = close - 1;
    boolean structure = false;
    while (i > open && ",:}] \t".indexOf(text.charAt(i)) >= 0) {
      structure |= text.charAt(i) != ' ' && text.charAt(i) != '\t';
      i--;
    }
    return structure && i > open && isCurlyQuote(text.charAt(i)) ? i : -1;
  }

  /** The straight quote that opens the text in which {@code at} lies (an unescaped one). */
  private static int openingQuote(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (text.charAt(i) == '"') {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
          backslashes++;
        }
        if (backslashes % 2 == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The last curly double quote strictly between {@code from} and {@code to}; -1 if none. */
  private static int lastCurly(String text, int from, int to) {
    for (int i = to - 1; i > from; i--) {
      if (isCurlyQuote(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** “ ” „: what a phone's keyboard or Word types for ". */
  private static boolean isCurlyQuote(char c) {
    return c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where the number (or what was meant as one) that ends at or before {@code at} starts. */
  private static int numberStart(String text, int at) {
    int i = Math.min(at, text.length() - 1);
    while (i > 0 && "0123456789+-.eExX".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** Jackson's error offset is the rejected character itself for single-character errors. */
  private static int errorChar(String text, int offset) {
    return Math.min(Math.max(offset, 0), text.length());
  }

  /** Jackson reports a rejected token (NaN) at its end; find where it starts. */
  private static int tokenStart(String text, int offset, String token) {
    int found = text.lastIndexOf(token, Math.max(offset - 1, 0));
    return found < 0 ? offset : found;
  }

  private static char previousSignificant(String text, int at) {
    int i = previousSignificantIndex(text, at);
    return i < 0 ? 0 : text.charAt(i);
  }

  private static int previousSignificantIndex(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
