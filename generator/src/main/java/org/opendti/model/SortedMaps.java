package org.opendti.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Immutable copies of maps that iterate in key order, small ones kept small. */
final class SortedMaps {

  private SortedMaps() {}

  /**
   * An unmodifiable copy iterating in key order. A map of zero or one entry needs no tree: a
   * million answers each holding a tree of one input took a fifth of a loaded 10,000-unit
   * repository. Equality, hash code and text are those of any map with the same entries.
   */
  static <V> Map<String, V> copyOf(Map<String, V> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    if (map.size() == 1) {
      Map.Entry<String, V> only = map.entrySet().iterator().next();
      if (only.getKey() != null && only.getValue() != null) {
        return Map.of(only.getKey(), only.getValue());
      }
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
