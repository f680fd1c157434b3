package org.opendti.load.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opendti.diagnostic.Code;
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

  /** Characters of a number the JSON reader reads at all; longer ones are reported at once. */
  static final int MAX_NUMBER_LENGTH = 100;

  private final long maxBytes;
  private final JsonFactory factory;

  /** A reader of the repository's files: at most {@link #MAX_BYTES} each. */
  public StrictJsonReader() {
    this(MAX_BYTES);
  }

  /**
   * A reader of files up to {@code maxBytes}, for a file the project's own tools write (the
   * approvals record grows with every merge); every other rule is the same.
   */
  public StrictJsonReader(long maxBytes) {
    this.maxBytes = maxBytes;
    this.factory =
        JsonFactory.builder()
            // Duplicate member names are found by the tree builder, which reports each and goes on.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength((int) Math.min(maxBytes, Integer.MAX_VALUE))
                    .build())
            .build();
  }

  /**
   * Parses {@code bytes}, reporting every problem into {@code sink}; empty when the file is not
   * well-formed JSON.
   */
  public Optional<JsonDocument> read(String file, byte[] bytes, DiagnosticSink sink) {
    SourceLocation start = new SourceLocation(1, 1);
    if (bytes.length > maxBytes) {
      reportTooLarge(file, bytes.length, maxBytes, sink);
      return Optional.empty();
    }
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      sink.warning(Code.UTF8_BOM, file, start, "");
      offset = 3;
    }
    Optional<JsonDocument> fast = fastParse(file, bytes, offset);
    if (fast.isPresent()) {
      return fast;
    }
    Optional<String> text = decode(file, bytes, offset, sink);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().isBlank()) {
      sink.error(Code.EMPTY_FILE, file, start, "");
      return Optional.empty();
    }
    return parse(file, text.get(), sink);
  }

  /**
   * Parses a well-formed file of valid UTF-8 straight from its bytes, without decoding it to text
   * first (a tenth of the time of reading a file). Empty whenever anything is off (bad UTF-8, bad
   * JSON, trailing content, a blank file, a number out of range): the reporting path then reads the
   * file again and words the problem exactly as it always did.
   */
  private Optional<JsonDocument> fastParse(String file, byte[] bytes, int offset) {
    if (!Utf8.valid(bytes, offset)) {
      return Optional.empty();
    }
    try (JsonParser parser = factory.createParser(bytes, offset, bytes.length - offset)) {
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      JsonNode root = new TreeBuilder(parser, null, null).value(null);
      if (parser.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(
          new JsonDocument(
              file,
              root,
              () ->
                  locations(
                      new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reports a file over {@code limit} bytes; callers check the size before reading. */
  public static void reportTooLarge(String file, long size, long limit, DiagnosticSink sink) {
    sink.error(Code.FILE_TOO_LARGE, file, new SourceLocation(1, 1), "", size, limit, limit >> 20);
  }

  private Optional<String> decode(String file, byte[] bytes, int offset, DiagnosticSink sink) {
    // The JDK's own decoding is several times faster than a reporting decoder, and replaces every
    // malformed sequence with U+FFFD: without one in its result, the bytes were valid UTF-8.
    String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return Optional.of(fast);
    }
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
          Code.NOT_UTF8,
          file,
          at,
          "",
          String.format("0x%02X", bytes[in.position()] & 0xFF),
          in.position());
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private Optional<JsonDocument> parse(String file, String text, DiagnosticSink sink) {
    // Parsed first without recording locations: most files are clean and never need one. A number
    // out of range needs its pointer, which only the recording parse knows.
    try {
      return parse(file, text, sink, false);
    } catch (TreeBuilder.NumberOutOfRange | TreeBuilder.NeedsLocations e) {
      return parse(file, text, sink, true);
    }
  }

  private Optional<JsonDocument> parse(
      String file, String text, DiagnosticSink sink, boolean track) {
    Map<String, SourceLocation> values = track ? new HashMap<>() : null;
    Map<String, SourceLocation> keys = track ? new HashMap<>() : null;
    try (JsonParser parser = factory.createParser(text)) {
      parser.nextToken();
      TreeBuilder builder = new TreeBuilder(parser, values, keys);
      JsonNode root = builder.value(track ? "" : null);
      int end = (int) parser.currentLocation().getCharOffset();
      int extra = end;
      while (extra < text.length() && Character.isWhitespace(text.charAt(extra))) {
        extra++;
      }
      if (extra < text.length()) {
        sink.error(Code.JSON_TRAILING_CONTENT, file, LineMap.of(text).at(extra), "");
        return Optional.empty();
      }
      // Each value found wrong is reported; the document is still checked against its schema, so
      // every other problem of the file is reported with it.
      for (TreeBuilder.Finding f : builder.findings()) {
        sink.error(f.code(), file, f.at(), f.pointer(), f.args());
      }
      return Optional.of(new JsonDocument(file, root, () -> locations(text)));
    } catch (TreeBuilder.TooDeep e) {
      sink.error(Code.JSON_TOO_DEEP, file, e.at, "", MAX_DEPTH);
      return Optional.empty();
    } catch (TreeBuilder.NumberOutOfRange e) {
      if (!track) {
        throw e;
      }
      sink.error(Code.NUMBER_OUT_OF_RANGE, file, e.at, e.pointer, abbreviate(e.text), MAX_DIGITS);
      return Optional.empty();
    } catch (JsonProcessingException e) {
      JsonSyntax.report(file, text, LineMap.of(text), e, errorOffset(e, text), sink);
      return Optional.empty();
    } catch (IOException e) {
      // Reading from a String cannot fail with plain I/O; keep the report complete anyway.
      sink.error(
          Code.JSON_SYNTAX, file, new SourceLocation(1, 1), "", String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Where each value and member name of {@code text} starts. The text was read without error
   * before, so it reads again the same way.
   */
  public SourceIndex.FileLocations locations(String text) {
    Map<String, SourceLocation> values = new HashMap<>();
    Map<String, SourceLocation> keys = new HashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      parser.nextToken();
      new TreeBuilder(parser, values, keys).value("");
    } catch (IOException e) {
      throw new UncheckedIOException("a file that parsed before does not parse again", e);
    }
    return new SourceIndex.FileLocations(
        Collections.unmodifiableMap(values), Collections.unmodifiableMap(keys));
  }

  private static int errorOffset(JsonProcessingException e, String text) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getCharOffset() < 0) {
      return text.length();
    }
    return (int) Math.min(location.getCharOffset(), text.length());
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
