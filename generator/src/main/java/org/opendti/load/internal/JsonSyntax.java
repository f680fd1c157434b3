package org.opendti.load.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.opendti.load.SourceLocation;

/** Turns a Jackson parse failure into one diagnostic with a stable code and a useful hint. */
final class JsonSyntax {

  private JsonSyntax() {}

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
        sink.error(
            "json-too-deep",
            file,
            lines.at(offset),
            "",
            "objects and arrays are nested more than " + StrictJsonReader.MAX_DEPTH + " deep",
            "no input file needs such nesting; check for runaway brackets");
      } else {
        sink.error(
            "number-out-of-range",
            file,
            lines.at(offset),
            "",
            "a value is longer than allowed: " + original,
            "numbers may have at most "
                + StrictJsonReader.MAX_DIGITS
                + " digits before and after the decimal point");
      }
      return;
    }
    if (original.startsWith("Duplicate field")) {
      String name = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
      int keyStart = keyStart(text, offset);
      sink.error(
          "duplicate-key",
          file,
          lines.at(keyStart),
          "",
          "the key \"" + name + "\" appears twice in the same object",
          "keep one \"" + name + "\"; JSON readers disagree on which duplicate wins");
      return;
    }
    int at = errorChar(text, offset);
    if (at >= text.length() || original.contains("end-of-input")) {
      sink.error(
          "json-truncated",
          file,
          lines.at(text.length()),
          "",
          "the file ends in the middle of a JSON value",
          "the file looks cut off: close every open string, array and object");
      return;
    }
    char c = text.charAt(at);
    SourceLocation where = lines.at(at);
    if (c == '/' || c == '#') {
      sink.error(
          "json-comment",
          file,
          where,
          "",
          "comments are not allowed in JSON",
          "remove the comment; put explanations in a \"description\" or \"notes\" field");
    } else if (c == '\'') {
      sink.error(
          "json-single-quote",
          file,
          where,
          "",
          "strings and keys must use double quotes",
          "replace ' with \"");
    } else if (original.startsWith("Non-standard token '")) {
      String token = original.replaceFirst("^Non-standard token '([^']*)'.*$", "$1");
      sink.error(
          "json-non-numeric",
          file,
          lines.at(tokenStart(text, offset, token)),
          "",
          "NaN and Infinity are not JSON numbers",
          "write a real number, or leave the value out");
    } else if ((c == '}' || c == ']') && previousSignificant(text, at) == ',') {
      sink.error(
          "json-trailing-comma",
          file,
          lines.at(previousSignificantIndex(text, at)),
          "",
          "a comma before '" + c + "' is not allowed in JSON",
          "remove the last comma");
    } else {
      sink.error("json-syntax", file, where, "", "invalid JSON: " + firstLine(original), null);
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

  /** The opening quote of the key that ends just before {@code offset}. */
  private static int keyStart(String text, int offset) {
    int i = Math.min(offset, text.length()) - 1;
    while (i >= 0 && text.charAt(i) != '"') {
      i--;
    }
    i--;
    while (i >= 0 && (text.charAt(i) != '"' || (i > 0 && text.charAt(i - 1) == '\\'))) {
      i--;
    }
    return Math.max(i, 0);
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
