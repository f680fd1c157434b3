package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.load.SourceLocation;

class StrictJsonReaderTest {

  private final StrictJsonReader reader = new StrictJsonReader();

  private DiagnosticSink sink;

  private Optional<JsonDocument> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private Optional<JsonDocument> read(byte[] bytes) {
    sink = new DiagnosticSink();
    return reader.read("f.json", bytes, sink);
  }

  private String only() {
    assertThat(sink.list()).hasSize(1);
    Diagnostic d = sink.list().get(0);
    return d.line() + ":" + d.column() + " " + d.code();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trailing content      | {\"a\": 1} {\"b\": 2}                 | 1:10 json-trailing-content",
        "trailing garbage      | {\"a\": 1}\\n  x                      | 2:3 json-trailing-content",
        "line comment          | {\"a\": 1 // one\\n}                  | 1:9 json-comment",
        "block comment         | {/* c */ \"a\": 1}                    | 1:2 json-comment",
        "hash comment          | {\"a\": 1, # c\\n \"b\": 2}            | 1:10 json-comment",
        "NaN                   | {\"a\": NaN}                          | 1:7 json-non-numeric",
        "Infinity              | {\"a\": [1, Infinity]}                | 1:11 json-non-numeric",
        "single quotes         | {'a': 1}                              | 1:2 json-single-quote",
        "trailing comma object | {\"a\": 1,}                           | 1:8 json-trailing-comma",
        "trailing comma array  | {\"a\": [1,\\n]}                      | 1:9 json-trailing-comma",
        "truncated             | {\"a\": [1,                           | 1:10 json-truncated",
        "unquoted key          | {a: 1}                                | 1:2 json-unquoted-key",
        "leading zero          | {\"a\": 01}                           | 1:7 json-leading-zero",
        "missing comma, object | {\"a\": 1\\n \"b\": 2}                | 1:8 json-missing-comma",
        "missing comma, array  | {\"a\": [1 2]}                        | 1:9 json-missing-comma",
        "semicolon for comma   | {\"a\": 1; \"b\": 2}                  | 1:8 json-missing-comma",
        "missing colon         | {\"a\" 1}                             | 1:5 json-missing-colon",
        "unquoted word         | {\"a\": có}                           | 1:7 json-unquoted-text",
        "capital True          | {\"a\": [True]}                       | 1:8 json-unquoted-text",
        "missing value         | {\"a\": ,\"b\": 1}                     | 1:7 json-missing-value",
        "missing value at end  | {\"a\": }                             | 1:7 json-missing-value",
        "empty array entry     | [1,,2]                                | 1:4 json-missing-value",
        "curly quotes, value   | {\"a\": “x”}                          | 1:7 json-curly-quote",
        "curly quotes, key     | {“a”: 1}                              | 1:2 json-curly-quote",
        "curly closing, line   | {\"a\": \"Xã A”,\\n \"b\": 1}             | 1:12 json-curly-quote",
        "curly closing, same   | {\"a\": \"Xã A”, \"b\": 1}               | 1:12 json-curly-quote",
        "quotation, no comma   | {\"a\": \"“X”\" \"b\": 1}                 | 1:12 json-missing-comma",
        "line break, no curly  | {\"a\": \"Xã\\nA\"}                      | 1:10 json-control-character",
        "] closes an object    | {\"a\": {\"b\": 1]}                    | 1:14 json-bracket-mismatch",
        "} closes an array     | {\"a\": [1, 2}}                        | 1:12 json-bracket-mismatch",
        "line break in text    | {\"a\": \"x\\ny\"}                       | 1:9 json-control-character",
        "tab in text           | {\"a\": \"x\ty\"}                       | 1:9 json-control-character",
        "lone backslash        | {\"a\": \"C:\\duong\"}                    | 1:10 json-bad-escape",
        "short unicode escape  | {\"a\": \"\\u12\"}                       | 1:8 json-bad-escape",
        "two decimal points    | {\"a\": 990.5.1}                      | 1:7 json-malformed-number",
        "point without digits  | {\"a\": 1.}                           | 1:7 json-malformed-number",
        "exponent without      | {\"a\": 1e}                           | 1:7 json-malformed-number",
        "plus sign             | {\"a\": +1}                           | 1:7 json-malformed-number",
        "hexadecimal           | {\"a\": 0x10}                         | 1:7 json-malformed-number",
        "leading point         | {\"a\": .5}                           | 1:7 json-malformed-number",
        "decimal comma         | {\"a\": 1,5}                          | 1:8 json-decimal-comma",
        "comma before a key    | {,\"a\": 1}                            | 1:2 json-expected-key",
        "two commas            | {\"a\": 1,, \"b\": 2}                  | 1:9 json-expected-key",
        "two colons            | {\"a\": : 1}                          | 1:7 json-missing-value",
        "at sign for a value   | {\"a\": @}                            | 1:7 json-missing-value",
        "whitespace only       | '  \\n  '                             | 1:1 empty-file",
        "huge exponent         | {\"a\": 1e400}                        | 1:7 number-out-of-range",
        "too many decimals     | {\"a\": 0.000000000000000000001}      | 1:7 number-out-of-range",
      })
  void rejectsWhatStrictJsonForbids(String name, String json, String expected) {
    assertThat(read(json.replace("\\n", "\n"))).isEmpty();
    assertThat(only()).isEqualTo(expected);
  }

  /**
   * Slips of hand in this repository's Ngã Năm submission (10,000 random edits of one to three
   * characters: a bracket, comma, colon, quote, curly quote, backslash, digit, letter, line break
   * or bidirectional control deleted, added or replaced): the reader never throws, every file it
   * rejects has a located diagnostic, and under 1 % of them fall back to the JSON reader's own
   * English words ({@code json-syntax}) rather than a mistake named in Vietnamese and English.
   */
  @Test
  void slipsOfHandAreNamedInWords() throws Exception {
    String base =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("../submissions/nga-nam-2024/2023/nga-nam.json"));
    String alphabet = "{}[],:\"'“”\\ \n\t0123456789.-+eExabcóđ\u202E/";
    Random random = new Random(1);
    int rejected = 0;
    int inReadersWords = 0;
    for (int n = 0; n < 10_000; n++) {
      StringBuilder text = new StringBuilder(base);
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        int i = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.deleteCharAt(i);
          case 1 -> text.insert(i, c);
          default -> text.setCharAt(i, c);
        }
      }
      String json = text.toString();
      if (read(json).isEmpty()) {
        rejected++;
        assertThat(sink.list()).as(json).isNotEmpty().allMatch(d -> d.line() >= 1);
        if (sink.list().stream().anyMatch(d -> d.code().id().equals("json-syntax"))) {
          inReadersWords++;
        }
      }
    }
    assertThat(rejected).isGreaterThan(5_000);
    assertThat(inReadersWords).isLessThan(rejected / 100);
  }

  /**
   * A word written without quotes is named in the message as written, in the reader's language; a
   * control character in it (a bidirectional override would reorder the message) is shown as "?".
   */
  @Test
  void anUnquotedWordIsNamedAndNeverReordersTheMessage() {
    assertThat(read("{\"a\": có}")).isEmpty();
    assertThat(sink.list().get(0).args()).containsExactly("có");
    assertThat(read("{\"a\": ab\u202Ecd}")).isEmpty();
    assertThat(only()).isEqualTo("1:7 json-unquoted-text");
    assertThat(sink.list().get(0).args()).containsExactly("ab?cd");
  }

  /**
   * A member name given twice is an error at the second one; the parse goes on, so the file's other
   * problems are reported with it (the loader leaves the file out for any error).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "duplicate key         | {\"a\": 1,\\n \"a\": 2}                | 2:2 duplicate-key",
        "nested duplicate key  | {\"x\": [{\"b\": 1, \"b\": 2}]}        | 1:17 duplicate-key",
      })
  void reportsADuplicateKeyAndReadsOn(String name, String json, String expected) {
    assertThat(read(json.replace("\\n", "\n"))).isPresent();
    assertThat(only()).isEqualTo(expected);
  }

  @Test
  void everyDuplicateKeyAndEveryOtherFindingOfAFileIsReported() {
    assertThat(read("{\"a\": 1, \"a\": -0,\n \"b\": {\"c\": 1, \"c\": 2}, \"a\": 3}")).isPresent();
    assertThat(sink.list())
        .map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.pointer())
        .containsExactly(
            "1:10 duplicate-key /a",
            "1:15 negative-zero /a",
            "2:16 duplicate-key /b/c",
            "2:25 duplicate-key /a");
  }

  /**
   * The reader finds a duplicate exactly where Jackson's strict duplicate detection, which it
   * replaced, refuses a document: random documents of nested objects and arrays whose member names
   * come from a few letters, some written with escapes ({@code "\\u0061"} is {@code "a"}).
   */
  @Test
  void findsADuplicateWhereJacksonsStrictModeDid() throws Exception {
    JsonFactory strict =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    Random random = new Random(17);
    int duplicates = 0;
    for (int n = 0; n < 5_000; n++) {
      String json = randomValue(random, 0);
      boolean jackson = false;
      try (JsonParser p = strict.createParser(json)) {
        while (p.nextToken() != null) {
          // read every token
        }
      } catch (JsonParseException e) {
        assertThat(e.getOriginalMessage()).as(json).startsWith("Duplicate field");
        jackson = true;
      }
      assertThat(read(json)).as(json).isPresent();
      boolean ours = sink.list().stream().anyMatch(d -> d.code().id().equals("duplicate-key"));
      assertThat(ours).as(json).isEqualTo(jackson);
      duplicates += ours ? 1 : 0;
    }
    // Both kinds are well represented.
    assertThat(duplicates).isBetween(300, 4_700);
  }

  private static String randomValue(Random random, int depth) {
    int kind = depth > 3 ? 2 + random.nextInt(2) : random.nextInt(4);
    switch (kind) {
      case 0 -> {
        StringBuilder o = new StringBuilder("{");
        for (int i = random.nextInt(4); i > 0; i--) {
          String[] names = {"a", "b", "\\u0061", "\\u0062", "ă", "\\u0103", "ab", "a\\u0062"};
          o.append('"').append(names[random.nextInt(names.length)]).append("\": ");
          o.append(randomValue(random, depth + 1)).append(i > 1 ? ", " : "");
        }
        return o.append('}').toString();
      }
      case 1 -> {
        StringBuilder a = new StringBuilder("[");
        for (int i = random.nextInt(3); i > 0; i--) {
          a.append(randomValue(random, depth + 1)).append(i > 1 ? ", " : "");
        }
        return a.append(']').toString();
      }
      case 2 -> {
        return Integer.toString(random.nextInt(100));
      }
      default -> {
        return random.nextBoolean() ? "\"x\"" : "null";
      }
    }
  }

  @Test
  void emptyFileIsAnError() {
    assertThat(read(new byte[0])).isEmpty();
    assertThat(only()).isEqualTo("1:1 empty-file");
  }

  @Test
  void nonUtf8ByteIsLocatedAtTheByte() {
    byte[] latin1 = "{\n  \"name\": \"Xã\"\n}".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(read(latin1)).isEmpty();

    assertThat(only()).isEqualTo("2:13 not-utf8");
    assertThat(sink.list().get(0).message(Lang.EN)).contains("0xE3");
  }

  @Test
  void bomIsAWarningAndSkipped() {
    Optional<JsonDocument> doc = read("\uFEFF{\n  \"a\": 1\n}");

    assertThat(doc).isPresent();
    assertThat(sink.list())
        .singleElement()
        .extracting(Diagnostic::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(only()).isEqualTo("1:1 utf8-bom");
    assertThat(doc.get().values().get("/a")).isEqualTo(new SourceLocation(2, 8));
  }

  @Test
  void oversizeInputIsRejected() {
    byte[] big = new byte[(int) StrictJsonReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[1] = '}';

    assertThat(read(big)).isEmpty();
    assertThat(only()).isEqualTo("1:1 file-too-large");
  }

  @Test
  void deepNestingIsRejectedWithoutOverflow() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThat(read(deep)).isEmpty();
    assertThat(only()).isEqualTo("1:" + (StrictJsonReader.MAX_DEPTH + 1) + " json-too-deep");
  }

  @Test
  void numbersAreKeptExactly() {
    JsonDocument doc =
        read("{\"a\": 0.10, \"b\": 9.98, \"c\": 12345678901234567890, \"d\": 1e2}").get();

    assertThat(doc.root().get("a").decimalValue()).isEqualTo(new BigDecimal("0.10"));
    assertThat(doc.root().get("b").decimalValue()).isEqualTo(new BigDecimal("9.98"));
    assertThat(doc.root().get("c").decimalValue())
        .isEqualTo(new BigDecimal("12345678901234567890"));
    assertThat(doc.root().get("d").decimalValue()).isEqualByComparingTo("100");
  }

  @Test
  void recordsTheLocationOfEveryValueAndKey() {
    String json =
        """
        {
          "a": [1, {"b": "x"}],
          "c~/d": null
        }""";

    JsonDocument doc = read(json).get();

    assertThat(doc.values())
        .containsEntry("", new SourceLocation(1, 1))
        .containsEntry("/a", new SourceLocation(2, 8))
        .containsEntry("/a/0", new SourceLocation(2, 9))
        .containsEntry("/a/1", new SourceLocation(2, 12))
        .containsEntry("/a/1/b", new SourceLocation(2, 18))
        .containsEntry("/c~0~1d", new SourceLocation(3, 11))
        .hasSize(6);
    assertThat(doc.keys())
        .containsEntry("/a", new SourceLocation(2, 3))
        .containsEntry("/a/1/b", new SourceLocation(2, 13));
  }

  @Test
  void windowsLineEndingsCountOnce() {
    JsonDocument doc = read("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}").get();

    assertThat(doc.values().get("/b")).isEqualTo(new SourceLocation(3, 8));
  }

  @Test
  void errorLocationsCountCharactersNotBytes() {
    // "Mẫu" is 3 characters but 5 bytes: the column must not drift.
    read("{\"n\": \"Mẫu\", \"n\": 1}");

    assertThat(only()).isEqualTo("1:14 duplicate-key");
  }

  /**
   * Lone surrogates and text-direction controls are found in values and member names, wherever they
   * are in the text, with the character's position; a surrogate pair and every other character
   * (Vietnamese letters, U+2029 and U+206A just outside the controls' ranges) pass.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lone high surrogate, escaped | {\"a\": \"Xã \\ud800\"}             | lone-surrogate U+D800 4",
        "lone low surrogate, escaped  | {\"a\": \"\\udc00x\"}               | lone-surrogate U+DC00 1",
        "high surrogate at the end    | {\"a\": \"ab\\ud83d\"}              | lone-surrogate U+D83D 3",
        "pair written as escapes      | {\"a\": \"ok \\ud83d\\ude00 ok\"} | ",
        "RLO in a value               | {\"a\": \"Biên bản \u202Efdp\"}       | bidi-control U+202E 10",
        "LRE first                    | {\"a\": \"\u202Ax\"}                  | bidi-control U+202A 1",
        "PDI in a member name         | {\"a\u2069\": 1}                        | bidi-control U+2069 2",
        "FSI after an emoji           | {\"a\": \"😀\u2068\"}                 | bidi-control U+2068 2",
        "paragraph separator          | {\"a\": \"x\u2029y\"}                 | ",
        "U+206A                       | {\"a\": \"x\u206Ay\"}                 | ",
        "Vietnamese text              | {\"a\": \"Ủy ban nhân dân xã Mẫu Đông\"} | ",
      })
  void surrogatesAndDirectionControlsAreFoundAtTheirCharacter(
      String name, String json, String expected) {
    read(json);
    if (expected == null) {
      assertThat(sink.list()).isEmpty();
      return;
    }
    assertThat(sink.list()).hasSize(1);
    Diagnostic d = sink.list().get(0);
    String[] want = expected.split(" ");
    assertThat(String.valueOf(d.code())).isEqualTo(want[0]);
    assertThat(d.args()).contains(want[1]);
    assertThat(d.args())
        .as("the character's position among the arguments")
        .anySatisfy(a -> assertThat(String.valueOf(a)).isEqualTo(want[2]));
  }
}
