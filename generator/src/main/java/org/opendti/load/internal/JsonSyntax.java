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
      sink.error(Code.JSON_SYNTAX, file, where, "", firstLine(original));
    }
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
