package org.opendti.load.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.opendti.diagnostic.Code;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;

/**
 * Builds a Jackson tree from the token stream, recording where every value and member name starts
 * when given maps to record into. Bounds nesting depth and number size itself, so that each gets
 * its own diagnostic.
 */
final class TreeBuilder {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final JsonParser parser;
  private final Map<String, SourceLocation> values;
  private final Map<String, SourceLocation> keys;
  private final java.util.List<Finding> findings = new java.util.ArrayList<>();
  private int depth;
  private char[] chars = new char[64];

  /**
   * @param values where to record each value's location, or null to record nothing (pointers are
   *     then not built either, and a {@link NumberOutOfRange} has neither location nor pointer)
   */
  TreeBuilder(
      JsonParser parser, Map<String, SourceLocation> values, Map<String, SourceLocation> keys) {
    this.parser = parser;
    this.values = values;
    this.keys = keys;
  }

  JsonNode value(String pointer) throws IOException {
    boolean track = values != null;
    SourceLocation at = track ? location(parser.currentTokenLocation()) : null;
    if (track) {
      values.put(pointer, at);
    }
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new IOException("no content");
    }
    if (token.isStructStart() && ++depth > StrictJsonReader.MAX_DEPTH) {
      throw new TooDeep(track ? at : location(parser.currentTokenLocation()), pointer);
    }
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = null;
          if (track) {
            child = pointer + "/" + SourceIndex.escape(name);
            keys.put(child, location(parser.currentTokenLocation()));
          }
          text(name, child, track ? keys.get(child) : null);
          if (object.has(name)) {
            // Readers disagree on which of the two counts, so the file is left out; the parse goes
            // on (the last one read, with its locations) so that every other problem is reported.
            found(new Finding(Code.DUPLICATE_KEY, track ? keys.get(child) : null, child, name));
          }
          parser.nextToken();
          object.set(name, value(child));
        }
        depth--;
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(track ? pointer + "/" + index : null));
          index++;
        }
        depth--;
        return array;
      case VALUE_STRING:
        return NODES.textNode(text(parser.getText(), pointer, at));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(pointer, at);
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected token " + token);
    }
  }

  private JsonNode number(String pointer, SourceLocation at) throws IOException {
    String text = parser.getText();
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new NumberOutOfRange(at, pointer, text);
    }
    int integerDigits = value.precision() - value.scale();
    if (integerDigits > StrictJsonReader.MAX_DIGITS
        || value.scale() > StrictJsonReader.MAX_DIGITS) {
      throw new NumberOutOfRange(at, pointer, text);
    }
    if (value.signum() == 0 && text.startsWith("-")) {
      found(new Finding(Code.NEGATIVE_ZERO, at, pointer, text));
    }
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return NODES.numberNode(value.toBigIntegerExact());
    }
    return NODES.numberNode(value);
  }

  /** What the builder found that keeps the file out but lets the parse go on, in file order. */
  java.util.List<Finding> findings() {
    return java.util.List.copyOf(findings);
  }

  /**
   * A string or member name, checked for what can never be meant (issue #13): a lone UTF-16
   * surrogate (written {@code \\ud800}, it is no character and breaks every encoder after us), and
   * the bidirectional controls U+202A–U+202E and U+2066–U+2069, which make an id, a link or a name
   * show as something it is not ({@code https://example.vn/\u202Efdp.exe}).
   */
  private String text(String s, String pointer, SourceLocation at) {
    int n = s.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    // The characters copied out once and read from the array: a charAt per character, with its
    // checks, was 1.3 % of a 10,000-unit rebuild (issue #17).
    char[] cs = chars;
    s.getChars(0, n, cs, 0);
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < '\u202A') {
        continue; // below both the controls and the surrogates: nearly every character
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1]);
        if (paired) {
          i++;
        } else {
          String hex = String.format("%04X", (int) c);
          found(new Finding(Code.LONE_SURROGATE, at, pointer, "U+" + hex, i + 1, hex));
        }
      } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        found(
            new Finding(
                Code.BIDI_CONTROL,
                at,
                pointer,
                String.format("U+%04X", (int) c),
                Character.getName(c),
                s.codePointCount(0, i) + 1));
      }
    }
    return s;
  }

  private void found(Finding f) {
    if (values == null) {
      throw new NeedsLocations();
    }
    findings.add(f);
  }

  /** An error in one value that does not stop the parse: reported, and the file is left out. */
  record Finding(Code code, SourceLocation at, String pointer, Object... args) {}

  static SourceLocation location(JsonLocation l) {
    return new SourceLocation(l.getLineNr(), l.getColumnNr());
  }

  /** Thrown by the tree builder for a number outside what the project accepts. */
  static final class NumberOutOfRange extends RuntimeException {
    final transient SourceLocation at;
    final String pointer;
    final String text;

    NumberOutOfRange(SourceLocation at, String pointer, String text) {
      super(text, null, false, false);
      this.at = at;
      this.pointer = pointer;
      this.text = text;
    }
  }

  /**
   * Thrown by a parse that records no locations when it finds a problem: the reader parses again,
   * recording them, to report it where it is.
   */
  static final class NeedsLocations extends RuntimeException {
    NeedsLocations() {
      super(null, null, false, false);
    }
  }

  /** Thrown by the tree builder when containers nest too deep. */
  static final class TooDeep extends RuntimeException {
    final transient SourceLocation at;
    final String pointer;

    TooDeep(SourceLocation at, String pointer) {
      super(pointer, null, false, false);
      this.at = at;
      this.pointer = pointer;
    }
  }
}
