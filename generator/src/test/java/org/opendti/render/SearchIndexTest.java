package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split search index (issue #17): at 10,000 units one query reads at most 1 MB, and the split
 * gives exactly the whole index's results, in Java and in {@code assets/search.js}.
 */
class SearchIndexTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Syllables of Vietnamese place names, as typed: composed, some decomposed (seed 001 is NFD). */
  private static final String[] SYLLABLES = {
    "Tân",
    "Thành",
    "An",
    "Bình",
    "Phú",
    "Hòa",
    "Long",
    "Mỹ",
    "Thạnh",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Hưng",
    "Lộc",
    "Phước",
    "Thuận",
    "Vĩnh",
    "Xuân",
    "Trung",
    "Quang",
    "Minh",
    "Hiệp",
    "Đức",
    "Sơn",
    "Hải",
    "Lâm",
    "Cát",
    "Ngã",
    "Năm",
    "Na\u0306m",
    "Ia",
    "Krông",
    "Đắk",
    "Chư",
    "Kbang",
    "Măng",
    "Yang",
    "Pơ",
    "Kông",
    "Lợi",
    "Thắng",
    "Tiến",
    "Hồng",
    "Kim",
    "Ngọc",
    "Vân",
    "Gia",
    "Khánh",
    "Nghĩa",
    "Lạc",
    "Thọ",
    "Phong",
    "Điền",
    "Tường",
    "Quý",
    "Bảo",
    "Châu",
    "Hà",
    "Lê"
  };

  static SearchIndex big;
  static Map<String, byte[]> files;

  @BeforeAll
  static void build() {
    big = synthetic(10_000, new Random(17));
    files = big.split();
  }

  /**
   * 100 districts of 99 communes and one province, named like real units (names repeat across
   * districts), each with two scorecards; plus 10 frameworks of 50 criteria.
   */
  static SearchIndex synthetic(int units, Random random) {
    SearchIndex.Builder b = new SearchIndex.Builder();
    int districts = Math.max(1, units / 100);
    b.unit(
        "tinh",
        "Tỉnh Mẫu",
        "Sample Province",
        "Tỉnh",
        "Province",
        "",
        "",
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of());
    for (int d = 1; d <= districts; d++) {
      String district = "Huyện " + name(random);
      String did = "huyen-" + d;
      b.unit(
          did,
          district,
          null,
          "Cấp huyện",
          "District",
          "Tỉnh Mẫu",
          "Sample Province",
          false,
          cards("gia-lai-2023-huyen", did, random),
          List.of(),
          List.of(),
          List.of());
      for (int c = 1; c <= 98 && (d - 1) * 99 + c < units; c++) {
        String kind = c % 10 == 0 ? "Phường " : c % 15 == 0 ? "Thị trấn " : "Xã ";
        String id = did + "-xa-" + c;
        b.unit(
            id,
            kind + name(random),
            null,
            "Cấp xã",
            "Commune",
            district,
            district,
            random.nextInt(50) == 0,
            cards("gia-lai-2023-xa", id, random),
            List.of(),
            List.of(),
            List.of());
      }
    }
    for (int f = 1; f <= 10; f++) {
      for (int c = 1; c <= 50; c++) {
        String id = (c / 10 + 1) + "." + (c % 10 + 1);
        b.criterion(
            "fw-" + f,
            "Bộ chỉ số " + f,
            "Framework " + f,
            "criteria/fw-" + f + ".html",
            id,
            "Tỷ lệ hồ sơ " + name(random) + (c == 7 ? " định danh điện tử VNeID mức 2" : ""),
            "Share of " + name(random) + " records");
      }
    }
    return b.build();
  }

  private static String name(Random random) {
    return SYLLABLES[random.nextInt(SYLLABLES.length)]
        + " "
        + SYLLABLES[random.nextInt(SYLLABLES.length)];
  }

  private static List<List<String>> cards(String fw, String unit, Random random) {
    List<List<String>> out = new ArrayList<>();
    for (String period : List.of("2023", "2024")) {
      String total = random.nextInt(100) + "," + random.nextInt(10) + random.nextInt(10);
      out.add(
          List.of(
              "Bộ chỉ số " + fw,
              "Framework " + fw,
              period,
              total,
              total.replace(',', '.'),
              "units/" + unit + "/" + fw + "-" + period + ".html"));
    }
    return out;
  }

  @Test
  void oneQueryLoadsAtMostOneMegabyteAtTenThousandUnits() {
    int manifest = files.get(SearchIndex.MANIFEST).length;
    int largest =
        files.entrySet().stream()
            .filter(e -> !e.getKey().equals(SearchIndex.MANIFEST))
            .mapToInt(e -> e.getValue().length)
            .max()
            .orElseThrow();
    assertThat(big.entries()).hasSizeGreaterThan(10_000);
    assertThat(manifest + largest).isLessThanOrEqualTo(1024 * 1024);
    // Really split: the whole would be several megabytes.
    int whole = big.entries().stream().mapToInt(e -> e.bytes() + 1).sum();
    assertThat(whole).isGreaterThan(4 * 1024 * 1024);
    assertThat(files.size()).isGreaterThan(10);
  }

  @Test
  void splitResultsEqualTheWholeIndex() throws Exception {
    JsonNode manifest = JSON.readTree(files.get(SearchIndex.MANIFEST));
    int selective = 0;
    for (String query : queries(new Random(3))) {
      List<JsonNode> split =
          SearchIndex.searchSplit(manifest, query, n -> files.get("search/" + n + ".json"));
      List<SearchIndex.Entry> whole = big.search(query);
      if (split == null) {
        // Not selective: each word alone matches more than a shard's budget of entries.
        for (String w : SearchIndex.words(query)) {
          int bytes = big.search(w).stream().mapToInt(e -> e.bytes() + 1).sum();
          assertThat(bytes).as(query + " / " + w).isGreaterThan(SearchIndex.BUDGET);
        }
      } else {
        selective++;
        assertThat(split.stream().map(e -> e.get("k").asText()).toList())
            .as(query)
            .isEqualTo(whole.stream().map(SearchIndex.Entry::key).toList());
      }
    }
    assertThat(selective).isGreaterThan(300);
    assertThat(SearchIndex.searchSplit(manifest, "vneid", n -> files.get("search/" + n + ".json")))
        .hasSize(10);
  }

  @Test
  void theScriptGivesTheSameResultsAsJava(@TempDir Path tmp) throws Exception {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = tmp.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    List<String> queries = new ArrayList<>(queries(new Random(5))).subList(0, 200);
    Path q = tmp.resolve("queries.json");
    JSON.writeValue(q.toFile(), queries);
    JsonNode js =
        JSON.readTree(
            NodeScript.run(
                "search-split.js",
                NodeScript.ASSETS.resolve("search.js").toString(),
                tmp.toString(),
                q.toString()));
    JsonNode manifest = JSON.readTree(files.get(SearchIndex.MANIFEST));
    int found = 0;
    for (int i = 0; i < queries.size(); i++) {
      List<JsonNode> java =
          SearchIndex.searchSplit(
              manifest, queries.get(i), n -> files.get("search/" + n + ".json"));
      if (java == null) {
        assertThat(js.get(i).isNull()).as(queries.get(i)).isTrue();
      } else {
        List<String> keys = new ArrayList<>();
        js.get(i).forEach(k -> keys.add(k.asText()));
        assertThat(keys)
            .as(queries.get(i))
            .isEqualTo(java.stream().map(e -> e.get("k").asText()).toList());
        found += keys.size();
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void aPhraseRanksBeforeWordsAndWordsBeforePrefixes() {
    List<String> q = SearchIndex.words("Ngã Năm");
    assertThat(SearchIndex.rank(q, "thi xa nga nam  nga-nam")).isEqualTo(SearchIndex.PHRASE);
    assertThat(SearchIndex.rank(SearchIndex.words("nga na"), "thi xa nga nam"))
        .isEqualTo(SearchIndex.PHRASE_BEGUN);
    assertThat(SearchIndex.rank(q, "nam thanh nga")).isEqualTo(SearchIndex.WORDS);
    assertThat(SearchIndex.rank(q, "ngan sach hang nam")).isEqualTo(SearchIndex.PREFIXES);
    assertThat(SearchIndex.rank(SearchIndex.words("8.4"), "8.4 ty le"))
        .isEqualTo(SearchIndex.PHRASE);
    // A query longer than the key still ranks (only prefixes can match then).
    assertThat(SearchIndex.rank(List.of("a", "b", "c"), "ab")).isEqualTo(SearchIndex.PREFIXES);
  }

  /**
   * The whole index's results are closest first, the index's order within a rank; the split and the
   * script give the same order ({@link #splitResultsEqualTheWholeIndex}, {@link
   * #theScriptGivesTheSameResultsAsJava}).
   */
  @Test
  void resultsComeClosestFirstAndInIndexOrderWithinARank() {
    Map<String, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < big.entries().size(); i++) {
      position.putIfAbsent(big.entries().get(i).key(), i);
    }
    int reordered = 0;
    for (String query : queries(new Random(7))) {
      List<String> q = SearchIndex.words(query);
      List<SearchIndex.Entry> found = big.search(query);
      for (int i = 1; i < found.size(); i++) {
        int before = SearchIndex.rank(q, found.get(i - 1).key());
        int after = SearchIndex.rank(q, found.get(i).key());
        assertThat(before).as(query).isLessThanOrEqualTo(after);
        if (before == after) {
          assertThat(position.get(found.get(i - 1).key()))
              .as(query)
              .isLessThanOrEqualTo(position.get(found.get(i).key()));
        } else {
          reordered++;
        }
      }
    }
    assertThat(reordered).isPositive();
    // A district named by the query comes first, before the communes whose names only begin so.
    String district =
        big.entries().stream()
            .filter(e -> e.key().startsWith("huyen "))
            .reduce((a, b) -> b)
            .orElseThrow()
            .json()
            .get("n")
            .get(0)
            .asText();
    List<SearchIndex.Entry> found = big.search(district);
    assertThat(found).hasSizeGreaterThan(1);
    assertThat(found.get(0).json().get("n").get(0).asText()).isEqualTo(district);
  }

  @Test
  void smallIndexIsOneShardAndEveryQueryIsSelective() throws Exception {
    SearchIndex small = synthetic(60, new Random(1));
    Map<String, byte[]> f = small.split();
    assertThat(f).containsOnlyKeys(SearchIndex.MANIFEST, "search/0.json");
    JsonNode manifest = JSON.readTree(f.get(SearchIndex.MANIFEST));
    assertThat(SearchIndex.searchSplit(manifest, "x", n -> f.get("search/" + n + ".json")))
        .hasSameSizeAs(small.search("x"));
  }

  @Test
  void wordsFoldDiacriticsAndKeepCriterionIds() {
    assertThat(SearchIndex.words("Xã Tân-Thạnh (VNeID), 8.4."))
        .containsExactly("xa", "tan", "thanh", "vneid", "8.4");
    assertThat(SearchIndex.matches(SearchIndex.words("ngã na\u0306m"), "nga nam 2023")).isTrue();
    assertThat(SearchIndex.matches(SearchIndex.words("anh"), "thanh")).isFalse();
  }

  /** Prefixes of words of real entries, one to three words, and a few that find nothing. */
  private static Set<String> queries(Random random) {
    Set<String> out =
        new LinkedHashSet<>(
            List.of("zzz", "tan zzz", "8.4", "8", "vne", "xa", "ngã", "NGA NAM", "huyen-17", "ph"));
    List<SearchIndex.Entry> entries = big.entries();
    while (out.size() < 600) {
      List<String> words = SearchIndex.words(entries.get(random.nextInt(entries.size())).key());
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(Math.min(3, words.size()));
      for (int i = 0; i < n; i++) {
        String w = words.get(random.nextInt(words.size()));
        q.append(w, 0, 1 + random.nextInt(w.length())).append(' ');
      }
      out.add(q.toString().trim());
    }
    return out;
  }
}
