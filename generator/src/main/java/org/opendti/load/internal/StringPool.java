package org.opendti.load.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendti.model.Value;

/**
 * One instance of each short text and each number of a load: evidence kinds, issuers, titles,
 * option ids, offices and small counts repeat across thousands of files, and their copies were two
 * fifths of a loaded 10,000-unit repository. Thread-safe; lives as long as the load.
 */
final class StringPool {

  /** Longer texts (notes) are rarely repeated; pooling them would only cost memory. */
  private static final int MAX_LENGTH = 160;

  private final Map<String, String> pool = new ConcurrentHashMap<>();
  // Keyed by the decimal itself: equal decimals have equal scales, so sharing changes no text.
  private final Map<BigDecimal, Value.Num> numbers = new ConcurrentHashMap<>();

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
