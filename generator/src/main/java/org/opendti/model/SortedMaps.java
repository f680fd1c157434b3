package org.opendti.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/** Immutable copies of maps that iterate in key order, small ones kept small. */
public final class SortedMaps {

  private SortedMaps() {}

  /**
   * An unmodifiable copy iterating in key order. A map of zero or one entry needs no tree: a
   * million answers each holding a tree of one input took a fifth of a loaded 10,000-unit
   * repository. Larger ones are one array of entries, not a tree: a {@code TreeMap} behind an
   * unmodifiable view costs about 170 bytes for two entries, the array about 100, and the model of
   * a 10,000-unit publish holds 300,000 of them, its insights 400,000 more. Equality, hash code and
   * text are those of any map with the same entries; keys must not be null, values may be.
   */
  public static <V> Map<String, V> copyOf(Map<String, V> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    if (map.size() == 1) {
      Map.Entry<String, V> only = map.entrySet().iterator().next();
      if (only.getKey() != null && only.getValue() != null) {
        return Map.of(only.getKey(), only.getValue());
      }
    }
    return new ArrayMap<>(map);
  }

  /** The entries in one array, sorted by key; looked up by binary search. */
  private static final class ArrayMap<V> extends AbstractMap<String, V> {
    private final Map.Entry<String, V>[] entries;

    @SuppressWarnings("unchecked")
    ArrayMap(Map<String, V> map) {
      Map.Entry<String, V>[] copy = new Map.Entry[map.size()];
      int i = 0;
      for (Map.Entry<String, V> e : map.entrySet()) {
        copy[i++] =
            new AbstractMap.SimpleImmutableEntry<>(
                Objects.requireNonNull(e.getKey()), e.getValue());
      }
      if (i != copy.length) {
        throw new java.util.ConcurrentModificationException();
      }
      Arrays.sort(copy, Map.Entry.comparingByKey());
      for (int k = 1; k < copy.length; k++) {
        if (copy[k - 1].getKey().equals(copy[k].getKey())) {
          throw new IllegalArgumentException("duplicate key " + copy[k].getKey());
        }
      }
      this.entries = copy;
    }

    private int index(Object key) {
      if (!(Objects.requireNonNull(key) instanceof String k)) {
        return -1;
      }
      int low = 0;
      int high = entries.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = entries[mid].getKey().compareTo(k);
        if (c < 0) {
          low = mid + 1;
        } else if (c > 0) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    @Override
    public V get(Object key) {
      int i = index(key);
      return i < 0 ? null : entries[i].getValue();
    }

    @Override
    public boolean containsKey(Object key) {
      return index(key) >= 0;
    }

    @Override
    public int size() {
      return entries.length;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < entries.length;
            }

            @Override
            public Map.Entry<String, V> next() {
              if (next >= entries.length) {
                throw new NoSuchElementException();
              }
              return entries[next++];
            }
          };
        }

        @Override
        public int size() {
          return entries.length;
        }
      };
    }
  }
}
