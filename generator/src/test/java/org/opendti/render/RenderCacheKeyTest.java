package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render cache's view digest is unambiguous: what toString would confuse, it does not. */
class RenderCacheKeyTest {

  record Row(String a, String b) {}

  record Other(String a, String b) {}

  record Cell(Object value) {}

  record Table(String title, List<Row> rows, Cell cell) {}

  private record Hidden(int n, String s) {}

  enum Kind {
    A,
    B
  }

  @TempDir Path dir;

  private static String digest(Object view) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    RenderCache.digest(d, view);
    return HexFormat.of().formatHex(d.digest());
  }

  @Test
  void equalViewsHaveEqualKeysAndDifferentOnesDiffer() throws Exception {
    assertThat(digest(new Row("x", "y"))).isEqualTo(digest(new Row("x", "y")));
    // Same toString-like text, different structure.
    assertThat(digest(List.of("a, b"))).isNotEqualTo(digest(List.of("a", "b")));
    assertThat(digest(new Row("x, b=y", ""))).isNotEqualTo(digest(new Row("x", "y")));
    assertThat(digest(new Row("x", null))).isNotEqualTo(digest(new Row("x", "")));
    assertThat(digest(new Row("1", "2"))).isNotEqualTo(digest(new Other("1", "2")));
    assertThat(digest(List.of(1))).isNotEqualTo(digest(List.of("1")));
    assertThat(digest(List.of(true))).isNotEqualTo(digest(List.of(false)));
  }

  @Test
  void viewsDifferingInANestedValueAListBoundaryOrATypeDiffer() throws Exception {
    Table table =
        new Table("Bảng", List.of(new Row("a", "b"), new Row("c", "d")), new Cell("Xã 1"));
    assertThat(digest(table))
        .isEqualTo(
            digest(
                new Table(
                    "Bảng",
                    new ArrayList<>(List.of(new Row("a", "b"), new Row("c", "d"))),
                    new Cell("Xã 1"))));
    // A nested value, one character deep inside.
    assertThat(digest(table))
        .isNotEqualTo(
            digest(
                new Table(
                    "Bảng", List.of(new Row("a", "b"), new Row("c", "đ")), new Cell("Xã 1"))));
    assertThat(digest(table))
        .isNotEqualTo(digest(new Table("Bảng", table.rows(), new Cell("Xã 2"))));
    // A list boundary.
    assertThat(digest(List.of("ab"))).isNotEqualTo(digest(List.of("a", "b")));
    assertThat(digest(List.of(List.of("a"), List.of("b"))))
        .isNotEqualTo(digest(List.of(List.of("a", "b"))));
    assertThat(digest(List.of(List.of(), List.of("a"))))
        .isNotEqualTo(digest(List.of(List.of("a"))));
    assertThat(digest(new Row("ab", ""))).isNotEqualTo(digest(new Row("a", "b")));
    // A type.
    assertThat(digest(new Cell(1))).isNotEqualTo(digest(new Cell("1")));
    assertThat(digest(new Cell(1))).isNotEqualTo(digest(new Cell(1L)));
    assertThat(digest(new Cell(1))).isNotEqualTo(digest(new Cell(new BigDecimal("1"))));
    assertThat(digest(new Cell(Kind.A))).isNotEqualTo(digest(new Cell("A")));
    assertThat(digest(new Cell(Kind.A))).isNotEqualTo(digest(new Cell(Kind.B)));
    assertThat(digest(new Cell('a'))).isNotEqualTo(digest(new Cell("a")));
    assertThat(digest(new Cell(List.of()))).isNotEqualTo(digest(new Cell(Map.of())));
    assertThat(digest(new Cell(null))).isNotEqualTo(digest(new Cell(List.of())));
  }

  @Test
  void numbersAreKeyedByWhatTheyPrint() throws Exception {
    assertThat(digest(new BigDecimal("1.0"))).isNotEqualTo(digest(new BigDecimal("1.00")));
    assertThat(digest(new BigDecimal("1.50"))).isEqualTo(digest(new BigDecimal("1.50")));
    assertThat(digest(new BigDecimal("12.5"))).isNotEqualTo(digest(new BigDecimal("1.25")));
    assertThat(digest(0.0)).isNotEqualTo(digest(-0.0));
    assertThat(digest(1.5f)).isNotEqualTo(digest(1.5));
    BigInteger big = BigInteger.TWO.pow(100);
    assertThat(digest(big)).isEqualTo(digest(BigInteger.TWO.pow(100)));
    assertThat(digest(big)).isNotEqualTo(digest(big.add(BigInteger.ONE)));
    assertThat(digest(new BigDecimal(big, 2))).isNotEqualTo(digest(new BigDecimal(big, 3)));
    assertThat(digest(Long.MAX_VALUE)).isNotEqualTo(digest(Long.MIN_VALUE));
    assertThat(digest(-1)).isNotEqualTo(digest(Integer.MAX_VALUE));
  }

  /** Instants and dates are keyed by their value (not their text), apart from each other. */
  @Test
  void timesAreKeyedByTheirValueAndKind() throws Exception {
    java.time.Instant t = java.time.Instant.parse("2024-05-20T00:00:00Z");
    assertThat(digest(t)).isEqualTo(digest(java.time.Instant.ofEpochSecond(t.getEpochSecond())));
    assertThat(digest(t)).isNotEqualTo(digest(t.plusNanos(1)));
    assertThat(digest(t)).isNotEqualTo(digest(t.plusSeconds(1)));
    assertThat(digest(t))
        .isNotEqualTo(digest(java.time.Instant.ofEpochSecond(-t.getEpochSecond())));
    java.time.LocalDate d = java.time.LocalDate.of(2024, 5, 20);
    assertThat(digest(d)).isEqualTo(digest(java.time.LocalDate.parse("2024-05-20")));
    assertThat(digest(d)).isNotEqualTo(digest(d.plusDays(1)));
    assertThat(digest(d)).isNotEqualTo(digest(java.time.LocalDate.of(-2024, 5, 20)));
    // The same number as another kind: the epoch day as an instant's seconds, or as a long.
    assertThat(digest(new Cell(d)))
        .isNotEqualTo(digest(new Cell(java.time.Instant.ofEpochSecond(d.toEpochDay()))));
    assertThat(digest(new Cell(d))).isNotEqualTo(digest(new Cell(d.toEpochDay())));
    assertThat(digest(new Cell(d))).isNotEqualTo(digest(new Cell("2024-05-20")));
    // Any other time by its text, still apart from its text as a string.
    java.time.LocalDateTime at = java.time.LocalDateTime.of(2024, 5, 20, 8, 30);
    assertThat(digest(at)).isNotEqualTo(digest(at.plusMinutes(1)));
    assertThat(digest(new Cell(at))).isNotEqualTo(digest(new Cell(at.toString())));
  }

  @Test
  void stringsAreKeyedByEveryUnitEvenPastTheBuffer() throws Exception {
    assertThat(digest("Xã")).isNotEqualTo(digest("Xa"));
    // A lone surrogate is not the '?' String.getBytes would make of it.
    assertThat(digest("\uD800")).isNotEqualTo(digest("?"));
    assertThat(digest("😀")).isNotEqualTo(digest("\uD83D"));
    char[] text = new char[100_000];
    Arrays.fill(text, 'ệ');
    String a = new String(text);
    text[text.length - 1] = 'e';
    String b = new String(text);
    assertThat(digest(a)).isEqualTo(digest(new String(a.toCharArray())));
    assertThat(digest(a)).isNotEqualTo(digest(b));
    assertThat(digest(List.of(a, "x"))).isNotEqualTo(digest(List.of(a + "x")));
  }

  @Test
  void mapsAreKeyedByContentInKeyOrder() throws Exception {
    Map<String, Object> hash = new HashMap<>();
    Map<String, Object> linked = new LinkedHashMap<>();
    for (String k : List.of("b", "a", "c", "Đ", "d")) {
      hash.put(k, k + "!");
    }
    for (String k : List.of("d", "Đ", "c", "a", "b")) {
      linked.put(k, k + "!");
    }
    assertThat(digest(hash)).isEqualTo(digest(linked)).isEqualTo(digest(new TreeMap<>(hash)));
    TreeMap<String, Object> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(hash);
    assertThat(digest(reversed)).isEqualTo(digest(hash));
    linked.put("a", "other");
    assertThat(digest(linked)).isNotEqualTo(digest(hash));
    assertThat(digest(Map.of("ab", "c"))).isNotEqualTo(digest(Map.of("a", "bc")));
    // Two keys of the same text cannot be ordered: refused, so the page is rendered every time.
    Map<Object, Object> clash = new HashMap<>();
    clash.put(1, "x");
    clash.put("1", "y");
    assertThatThrownBy(() -> digest(clash)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRecordThisPackageCannotCallIsStillRead() throws Exception {
    assertThat(digest(new Hidden(1, "a"))).isEqualTo(digest(new Hidden(1, "a")));
    assertThat(digest(new Hidden(1, "a"))).isNotEqualTo(digest(new Hidden(2, "a")));
  }

  @Test
  void aValueItCannotKeyIsRefused() {
    assertThatThrownBy(() -> digest(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> digest(List.of(new java.util.concurrent.atomic.AtomicInteger())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A line moved from one message bundle to the other changes every key. */
  @Test
  void theBundlesAreKeyedApart() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("messages_vi.properties"), "a=1\nb=2\n");
    java.nio.file.Files.writeString(dir.resolve("messages_en.properties"), "c=3\n");
    String before =
        new RenderCache(dir.resolve("c"), dir.resolve("s"), dir, List.of("1"))
            .key("t.ftlh", "a.html", "vi", List.of(), "v");
    java.nio.file.Files.writeString(dir.resolve("messages_vi.properties"), "a=1\n");
    java.nio.file.Files.writeString(dir.resolve("messages_en.properties"), "b=2\nc=3\n");
    assertThat(
            new RenderCache(dir.resolve("c"), dir.resolve("s"), dir, List.of("1"))
                .key("t.ftlh", "a.html", "vi", List.of(), "v"))
        .isNotEqualTo(before);
  }

  /**
   * Page keys do not depend on the thread or on what the thread's encoder keyed before, even a view
   * it refused half-way.
   */
  @Test
  void pageKeysAreTheSameOnEveryThreadAndAfterARefusal() throws Exception {
    RenderCache cache = new RenderCache(dir.resolve("c"), dir.resolve("s"), dir, List.of("1"));
    Table view = new Table("t", List.of(new Row("a", "b")), new Cell(new BigDecimal("2.5")));
    List<Object> parts = List.of("title", "description", false);
    String key = cache.key("t.ftlh", "a.html", "vi", parts, view);
    assertThatThrownBy(() -> cache.key("t.ftlh", "a.html", "vi", parts, List.of("x", new Object())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(cache.key("t.ftlh", "a.html", "vi", parts, view)).isEqualTo(key);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThat(pool.submit(() -> cache.key("t.ftlh", "a.html", "vi", parts, view)).get())
          .isEqualTo(key);
    } finally {
      pool.shutdown();
    }
    assertThat(cache.key("t.ftlh", "b.html", "vi", parts, view)).isNotEqualTo(key);
    assertThat(cache.key("t.ftlh", "a.html", "en", parts, view)).isNotEqualTo(key);
    assertThat(cache.key("u.ftlh", "a.html", "vi", parts, view)).isNotEqualTo(key);
    assertThat(cache.key("t.ftlh", "a.html", "vi", List.of("title", "description", true), view))
        .isNotEqualTo(key);
    RenderCache other = new RenderCache(dir.resolve("c"), dir.resolve("s"), dir, List.of("2"));
    assertThat(other.key("t.ftlh", "a.html", "vi", parts, view)).isNotEqualTo(key);
  }
}
