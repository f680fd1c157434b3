package org.opendti.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is complete: every diagnostic code has a message in Vietnamese and in English, both
 * files have the same keys and each key the same placeholders, and every text the sources name
 * exists. Issue 14: "a test fails when a code lacks either language".
 */
class CatalogueTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

  /** Keys that are not a code's: the texts of the reports, the plugin and the nested phrases. */
  private static final List<String> OTHER_PREFIXES =
      List.of(
          "phrase.",
          "list.",
          "severity.",
          "diagnostic.",
          "annotation.",
          "summary.",
          "report.",
          "progress.",
          "scope.",
          "git.",
          "usage.",
          "serve.",
          "plugin.",
          "policy.");

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (Code code : Code.values()) {
      for (Lang lang : Lang.values()) {
        String message = Catalogue.texts(lang).get(code.messageKey());
        if (message == null || message.isBlank()) {
          missing.add(lang.code() + " " + code.messageKey());
        }
      }
    }
    assertThat(missing).as("codes without a message").isEmpty();
  }

  /**
   * English messages say a count as "errors: 3", never "3 error(s)" (the site's texts follow the
   * same rule: {@code MessagesTest}); "http(s)" is not a count.
   */
  @Test
  void englishMessagesHaveNoPluralInBrackets() {
    assertThat(Catalogue.texts(Lang.EN).entrySet())
        .filteredOn(e -> e.getValue().replace("http(s)", "").matches("(?s).*\\w\\(s\\).*"))
        .isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    SortedSet<String> vi = new TreeSet<>(Catalogue.texts(Lang.VI).keySet());
    SortedSet<String> en = new TreeSet<>(Catalogue.texts(Lang.EN).keySet());
    assertThat(difference(vi, en)).as("only in messages_vi.properties").isEmpty();
    assertThat(difference(en, vi)).as("only in messages_en.properties").isEmpty();
  }

  @Test
  void eachKeyHasTheSamePlaceholdersInBothLanguages() {
    List<String> differ = new ArrayList<>();
    Catalogue.texts(Lang.VI)
        .forEach(
            (key, vi) -> {
              String en = Catalogue.texts(Lang.EN).get(key);
              if (en != null && !placeholders(vi).equals(placeholders(en))) {
                differ.add(key + ": vi " + placeholders(vi) + ", en " + placeholders(en));
              }
            });
    assertThat(differ).isEmpty();
  }

  @Test
  void everyKeyBelongsToACodeOrASection() {
    Set<String> codeKeys = new TreeSet<>();
    for (Code code : Code.values()) {
      codeKeys.add(code.messageKey());
      codeKeys.add(code.hintKey());
    }
    List<String> stray =
        Catalogue.texts(Lang.EN).keySet().stream()
            .filter(k -> !codeKeys.contains(k))
            .filter(k -> OTHER_PREFIXES.stream().noneMatch(k::startsWith))
            .toList();
    assertThat(stray).as("a misspelt code, or a section CatalogueTest does not know").isEmpty();
  }

  @Test
  void vietnameseIsVietnamese() {
    // A text copied without translating it: the same English words in both files. Texts made only
    // of placeholders, ids, file names or symbols are the same in both languages by nature.
    List<String> untranslated = new ArrayList<>();
    Catalogue.texts(Lang.VI)
        .forEach(
            (key, vi) -> {
              String words = vi.replaceAll("\\{\\d+}|[^\\p{L} ]|\\b[a-zA-Z]+[A-Z.][\\w.]*", " ");
              if (vi.equals(Catalogue.texts(Lang.EN).get(key)) && words.trim().contains(" ")) {
                untranslated.add(key + "=" + vi);
              }
            });
    assertThat(untranslated).isEmpty();
  }

  @Test
  void everyTextRendersWithItsArguments() {
    for (Lang lang : Lang.values()) {
      Catalogue.texts(lang)
          .forEach(
              (key, template) -> {
                List<Object> args = new ArrayList<>();
                int n = placeholders(template).stream().mapToInt(i -> i + 1).max().orElse(0);
                for (int i = 0; i < n; i++) {
                  args.add("«" + i + "»");
                }
                String out = Catalogue.format(lang, key, args);
                assertThat(out).as(key).doesNotContainPattern(PLACEHOLDER.pattern());
              });
    }
  }

  @Test
  void argumentsAreWrittenPerLanguage() {
    List<Object> args =
        List.of(
            "3.1 “Tỷ lệ”",
            "a",
            new BigDecimal("25.5"),
            "b",
            new BigDecimal("-1000"),
            Text.of("phrase.target-below-one", new BigDecimal("0.8")));
    assertThat(Catalogue.format(Lang.VI, "ratio-above-one.message", args))
        .isEqualTo(
            "Tiêu chí 3.1 “Tỷ lệ”: tử số a = 25,5 lớn hơn mẫu số b = -1.000; chỉ tiêu 0,8 cũng"
                + " không cho phép tỷ lệ vượt quá 100%");
    assertThat(Catalogue.format(Lang.EN, "ratio-above-one.message", args))
        .isEqualTo(
            "criterion 3.1 “Tỷ lệ”: the numerator a = 25.5 is above the denominator b = -1,000; the"
                + " target of 0.8 does not allow a share above 100% either");
    List<Object> dates = List.of("u", Text.of("phrase.exists-to", LocalDate.of(2025, 6, 30)), "p");
    assertThat(Catalogue.format(Lang.VI, "unit-not-valid-in-period.message", extend(dates)))
        .startsWith("Đơn vị u tồn tại đến 30/06/2025, không tồn tại trong kỳ p");
    assertThat(Catalogue.format(Lang.EN, "unit-not-valid-in-period.message", extend(dates)))
        .startsWith("unit u exists to 2025-06-30, not during period p");
    assertThat(Catalogue.format(Lang.VI, "unknown-input.message", List.of("x", "y", List.of())))
        .endsWith("(các số liệu của tiêu chí: không có)");
  }

  /**
   * A framework's name is written in English where it has English and in Vietnamese otherwise, and
   * the pieces say which (WCAG 3.1.2: a page marks the Vietnamese name in an English sentence);
   * joined, the pieces are the message.
   */
  @Test
  void piecesKeepTheLanguageOfEachName() {
    Named vietnameseOnly = new Named("Thể chế số", null);
    Named both = new Named("Nhận thức số", "Digital awareness");
    List<Object> args =
        List.of(
            Text.of("phrase.pillar", "II", vietnameseOnly),
            new BigDecimal("12"),
            new BigDecimal("10.5"),
            "");
    String key = Code.GROUP_POINTS_MISMATCH.messageKey();
    List<Catalogue.Piece> en = Catalogue.pieces(Lang.EN, key, args);
    assertThat(en).extracting(Catalogue.Piece::lang).containsExactly(Lang.EN, Lang.VI, Lang.EN);
    assertThat(en.get(0).text()).isEqualTo("pillar II “");
    assertThat(en.get(1).text()).isEqualTo("Thể chế số");
    assertThat(en.get(2).text()).startsWith("” declares 12 points");
    assertThat(String.join("", en.stream().map(Catalogue.Piece::text).toList()))
        .isEqualTo(Catalogue.format(Lang.EN, key, args));
    // In Vietnamese, and for a name with English, the message is one piece in the page's language.
    assertThat(Catalogue.pieces(Lang.VI, key, args))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).isEqualTo(Catalogue.format(Lang.VI, key, args)))
        .extracting(Catalogue.Piece::lang)
        .isEqualTo(Lang.VI);
    List<Object> english =
        List.of(Text.of("phrase.pillar", "I", both), new BigDecimal("1"), new BigDecimal("2"), "");
    assertThat(Catalogue.pieces(Lang.EN, key, english))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).startsWith("pillar I “Digital awareness”"));
    assertThat(Catalogue.format(Lang.VI, key, english)).contains("“Nhận thức số”");
    // A list of names keeps each name's language, its separators the page's.
    assertThat(
            Catalogue.pieces(
                Lang.EN, "unknown-input.message", List.of("x", "y", List.of(both, vietnameseOnly))))
        .extracting(Catalogue.Piece::lang)
        .containsExactly(Lang.EN, Lang.VI, Lang.EN);
  }

  @Test
  void aMissingKeyOrArgumentIsABug() {
    assertThatThrownBy(() -> Catalogue.format(Lang.VI, "no.such.key", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Catalogue.format(Lang.VI, "unknown-unit.message", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Catalogue.format(Lang.VI, "unknown-unit.message", List.of(1.5)))
        .as("a double has no place in a message: points are BigDecimal")
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Every code is produced somewhere in the sources, and every text they name by a literal key
   * exists (a key built as {@code "phrase.reads-" + method} needs at least one key so starting).
   */
  @Test
  void theSourcesUseEveryCodeAndOnlyTextsThatExist() throws IOException {
    String sources = sources(Path.of("src/main/java"));
    List<String> unused = new ArrayList<>();
    for (Code code : Code.values()) {
      if (!sources.contains("Code." + code.name())) {
        unused.add(code.name());
      }
    }
    assertThat(unused).as("codes nothing reports").isEmpty();
    assertThat(unknownKeys(sources, Catalogue.texts(Lang.EN))).isEmpty();
  }

  /**
   * Keys the sources name literally, in {@code Text.of("…")}, the plugin's {@code say("…")} and
   * {@code info("…")}, and both branches of {@code cond ? "a.b" : "a.c"}; a key followed by {@code
   * +} is a prefix, ending in "…".
   */
  static List<String> literalKeys(String sources) {
    List<String> keys = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?:Text\\.of|say|info)\\(\\s*\"([a-z][a-z0-9.-]*)\"(\\s*\\+)?")
            .matcher(sources);
    while (m.find()) {
      keys.add(m.group(1) + (m.group(2) != null ? "…" : ""));
    }
    String key = "\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\"";
    Matcher alt = Pattern.compile("\\?\\s*" + key + "\\s*:\\s*" + key).matcher(sources);
    while (alt.find()) {
      keys.add(alt.group(1));
      keys.add(alt.group(2));
    }
    return keys;
  }

  /** The keys of {@link #literalKeys} that {@code texts} lacks. */
  static List<String> unknownKeys(String sources, Map<String, String> texts) {
    List<String> keys = literalKeys(sources);
    assertThat(keys).as("keys found in the sources").hasSizeGreaterThan(100);
    return keys.stream()
        .filter(
            k ->
                k.endsWith("…")
                    ? texts.keySet().stream()
                        .noneMatch(t -> t.startsWith(k.substring(0, k.length() - 1)))
                    : !texts.containsKey(k))
        .toList();
  }

  static String sources(Path root) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        all.append(Files.readString(p)).append('\n');
      }
    }
    return all.toString();
  }

  private static List<Object> extend(List<Object> args) {
    List<Object> all = new ArrayList<>(args);
    all.addAll(Collections.nCopies(5, "x"));
    return all;
  }

  private static Set<Integer> placeholders(String template) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  private static SortedSet<String> difference(Set<String> a, Set<String> b) {
    SortedSet<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
