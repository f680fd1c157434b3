package org.opendti.load.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;

/**
 * Reads one JSON file strictly (docs/formats.md): UTF-8 only, no duplicate keys, no trailing
 * content, no comments, no NaN, numbers kept exact. Records where every value starts. Stateless and
 * thread-safe.
 */
public final class StrictJsonReader {

  /** Files above this size are rejected unread (docs/formats.md). */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /** Deeper than any real file needs; keeps recursion bounded. */
  static final int MAX_DEPTH = 64;

  /** Integer digits and fraction digits allowed in a number: points and money fit easily. */
  static final int MAX_DIGITS = 20;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final JsonFactory factory =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH + 8)
                  .maxNumberLength(100)
                  .maxStringLength(MAX_BYTES_INT)
                  .build())
          .build();

  private static final int MAX_BYTES_INT = (int) MAX_BYTES;

  /**
   * Parses {@code bytes}, reporting every problem into {@code sink}; empty when the file is not
   * well-formed JSON.
   */
  public Optional<JsonDocument> read(String file, byte[] bytes, Diagnostics sink) {
    SourceLocation start = new SourceLocation(1, 1);
    if (bytes.length > MAX_BYTES) {
      reportTooLarge(file, bytes.length, sink);
      return Optional.empty();
    }
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      sink.warning(
          "utf8-bom",
          file,
          start,
          "",
          "the file starts with a byte order mark (BOM)",
          "save the file as UTF-8 without BOM");
      offset = 3;
    }
    Optional<String> text = decode(file, bytes, offset, sink);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().isBlank()) {
      sink.error("empty-file", file, start, "", "the file is empty", "write a JSON object");
      return Optional.empty();
    }
    return parse(file, text.get(), sink);
  }

  /** Reports a file over {@link #MAX_BYTES}; callers check the size before reading. */
  public static void reportTooLarge(String file, long size, Diagnostics sink) {
    sink.error(
        "file-too-large",
        file,
        new SourceLocation(1, 1),
        "",
        "the file has " + size + " bytes, more than the limit of " + MAX_BYTES + " (2 MiB)",
        "split the data or remove what is not needed; no input file needs 2 MiB");
  }

  private Optional<String> decode(String file, byte[] bytes, int offset, Diagnostics sink) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      SourceLocation at = LineMap.of(before).at(before.length());
      sink.error(
          "not-utf8",
          file,
          at,
          "",
          String.format(
              "byte 0x%02X at offset %d is not valid UTF-8",
              bytes[in.position()] & 0xFF, in.position()),
          "save the file as UTF-8 (the editor's encoding menu), not Windows-1258 or TCVN3");
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private Optional<JsonDocument> parse(String file, String text, Diagnostics sink) {
    Map<String, SourceLocation> values = new HashMap<>();
    Map<String, SourceLocation> keys = new HashMap<>();
    LineMap lines = LineMap.of(text);
    try (JsonParser parser = factory.createParser(text)) {
      parser.nextToken();
      JsonNode root = new TreeBuilder(parser, values, keys).value("");
      int end = (int) parser.currentLocation().getCharOffset();
      int extra = end;
      while (extra < text.length() && Character.isWhitespace(text.charAt(extra))) {
        extra++;
      }
      if (extra < text.length()) {
        sink.error(
            "json-trailing-content",
            file,
            lines.at(extra),
            "",
            "unexpected content after the end of the JSON value",
            "a file holds exactly one JSON object; remove what follows its closing brace");
        return Optional.empty();
      }
      return Optional.of(new JsonDocument(file, root, values, keys));
    } catch (TooDeep e) {
      sink.error(
          "json-too-deep",
          file,
          e.at,
          "",
          "objects and arrays are nested more than " + MAX_DEPTH + " deep",
          "no input file needs such nesting; check for runaway brackets");
      return Optional.empty();
    } catch (NumberOutOfRange e) {
      sink.error(
          "number-out-of-range",
          file,
          e.at,
          e.pointer,
          "the number " + abbreviate(e.text) + " is too large or too precise",
          "numbers may have at most " + MAX_DIGITS + " digits before and after the decimal point");
      return Optional.empty();
    } catch (JsonProcessingException e) {
      JsonSyntax.report(file, text, lines, e, errorOffset(e, text), sink);
      return Optional.empty();
    } catch (IOException e) {
      // Reading from a String cannot fail with plain I/O; keep the report complete anyway.
      sink.error("json-syntax", file, new SourceLocation(1, 1), "", e.getMessage(), null);
      return Optional.empty();
    }
  }

  private static int errorOffset(JsonProcessingException e, String text) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getCharOffset() < 0) {
      return text.length();
    }
    return (int) Math.min(location.getCharOffset(), text.length());
  }

  static SourceLocation location(JsonLocation l) {
    return new SourceLocation(l.getLineNr(), l.getColumnNr());
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
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

  /** Builds the tree from the token stream, recording locations; depth is bounded by Jackson. */
  private static final class TreeBuilder {
    private final JsonParser parser;
    private final Map<String, SourceLocation> values;
    private final Map<String, SourceLocation> keys;
    private int depth;

    TreeBuilder(
        JsonParser parser, Map<String, SourceLocation> values, Map<String, SourceLocation> keys) {
      this.parser = parser;
      this.values = values;
      this.keys = keys;
    }

    JsonNode value(String pointer) throws IOException {
      SourceLocation at = location(parser.currentTokenLocation());
      values.put(pointer, at);
      JsonToken token = parser.currentToken();
      if (token == null) {
        throw new IOException("no content");
      }
      if (token.isStructStart() && ++depth > MAX_DEPTH) {
        throw new TooDeep(at, pointer);
      }
      switch (token) {
        case START_OBJECT:
          ObjectNode object = NODES.objectNode();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = pointer + "/" + SourceIndex.escape(name);
            keys.put(child, location(parser.currentTokenLocation()));
            parser.nextToken();
            object.set(name, value(child));
          }
          depth--;
          return object;
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          int index = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(pointer + "/" + index++));
          }
          depth--;
          return array;
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
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
      if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS) {
        throw new NumberOutOfRange(at, pointer, text);
      }
      if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return NODES.numberNode(value.toBigIntegerExact());
      }
      return NODES.numberNode(value);
    }
  }
}
