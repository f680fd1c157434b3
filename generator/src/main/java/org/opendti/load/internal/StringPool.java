package org.opendti.load.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each short text of a load: evidence kinds, issuers, titles, option ids and
 * offices repeat across thousands of files, and their copies were a fifth of a loaded 10,000-unit
 * repository. Thread-safe; lives as long as the load.
 */
final class StringPool {

  /** Longer texts (notes) are rarely repeated; pooling them would only cost memory. */
  private static final int MAX_LENGTH = 160;

  private final Map<String, String> pool = new ConcurrentHashMap<>();

  String get(String s) {
    if (s == null || s.length() > MAX_LENGTH) {
      return s;
    }
    String first = pool.putIfAbsent(s, s);
    return first == null ? s : first;
  }
}
