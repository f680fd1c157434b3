package org.opendti.load.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendti.model.Value;

/**
 * One instance of each short text, number and date of a load: evidence kinds, issuers, titles,
 * option ids, offices and small counts repeat across thousands of files, and their copies were two
 * fifths of a loaded 10,000-unit repository. Thread-safe; lives as long as the load.
 */
final class StringPool {

  /** Longer texts (notes) are rarely repeated; pooling them would only cost memory. */
  private static final int MAX_LENGTH = 160;

  private final Map<String, String> pool = new ConcurrentHashMap<>();
  // Keyed by the decimal itself: equal decimals have equal scales, so sharing changes no text.
  private final Map<BigDecimal, Value.Num> numbers = new ConcurrentHashMap<>();

  // Evidence dates: 305,000 in a 10,000-unit repository, 729 of them distinct (issue #17).
  private final Map<LocalDate, LocalDate> dates = new ConcurrentHashMap<>();

  // Answers' inputs: 1.04 million maps in a 10,000-unit repository, most of one input.
  private final Map<Inputs, Map<String, Value>> inputs = new ConcurrentHashMap<>();

  /** A shared map of inputs; {@code sorted} must be immutable ({@code SortedMaps.copyOf}). */
  Map<String, Value> inputs(Map<String, Value> sorted) {
    Map<String, Value> first = inputs.putIfAbsent(new Inputs(sorted), sorted);
    return first == null ? sorted : first;
  }

  /**
   * A map of inputs as a key of the pool, hashed by its entries in order. {@link Map#hashCode} sums
   * its entries' hashes, and the entries of a ratio's two small counts ({@code a}, {@code b})
   * summed to few distinct values: the pool's buckets held thousands of maps each, and finding a
   * map was a twelfth of a 10,000-unit rebuild's CPU (issue #17).
   */
  private static final class Inputs {
    private final Map<String, Value> map;
    private final int hash;

    Inputs(Map<String, Value> map) {
      this.map = map;
      // Each hash mixed in by a multiplication that carries every bit upwards, the high half
      // folded down at the end: no two small counts' maps are likely to meet.
      long h = map.size();
      for (Map.Entry<String, Value> e : map.entrySet()) {
        h = (h ^ e.getKey().hashCode()) * 0x9E3779B97F4A7C15L;
        h = (h ^ e.getValue().hashCode()) * 0x9E3779B97F4A7C15L;
      }
      this.hash = (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inputs other && hash == other.hash && map.equals(other.map);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  // The same dates by the text they were read from: ISO text names one date, so each distinct
  // text is parsed once (DateTimeFormatter's parse was 1 % of a 10,000-unit rebuild).
  private final Map<String, LocalDate> dateTexts = new ConcurrentHashMap<>();

  /** A shared date; dates are immutable. */
  LocalDate date(LocalDate d) {
    LocalDate first = dates.putIfAbsent(d, d);
    return first == null ? d : first;
  }

  /**
   * The shared date {@code text} names in ISO form ({@link LocalDate#parse}), parsed on its first
   * appearance only.
   *
   * @throws java.time.DateTimeException as {@link LocalDate#parse} for text that is not a date;
   *     such text is never remembered
   */
  LocalDate date(String text) {
    LocalDate known = dateTexts.get(text);
    if (known != null) {
      return known;
    }
    LocalDate d = date(LocalDate.parse(text));
    dateTexts.putIfAbsent(text, d);
    return d;
  }

  /** A shared number value; values are immutable records. */
  Value.Num number(BigDecimal n) {
    return numbers.computeIfAbsent(n, Value.Num::new);
  }

  String get(String s) {
    if (s == null || s.length() > MAX_LENGTH) {
      return s;
    }
    String first = pool.putIfAbsent(s, s);
    return first == null ? s : first;
  }
}
