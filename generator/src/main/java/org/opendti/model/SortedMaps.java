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

  /** What {@code Map.of(k, v)} makes: immutable, neither key nor value null. */
  private static final Class<?> MAP_OF_ONE = Map.of("", "").getClass();

  private SortedMaps() {}

  /**
   * An unmodifiable copy iterating in key order. A map of zero or one entry needs no tree: a
   * million answers each holding a tree of one input took a fifth of a loaded 10,000-unit
   * repository. Larger ones are one array of keys and values, not a tree: a {@code TreeMap} behind
   * an unmodifiable view costs about 170 bytes for two entries, the array about 50, and the model
   * of a 10,000-unit publish holds 300,000 of them, its insights 400,000 more. Equality, hash code
   * and text are those of any map with the same entries; keys must not be null, values may be.
   */
  public static <V> Map<String, V> copyOf(Map<String, V> map) {
    if (map instanceof ArrayMap<V> made || map.getClass() == MAP_OF_ONE) {
      return map; // immutable, keys and values not null: one copy can serve many holders
    }
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

  /**
   * {@link #copyOf(Map)} with each value replaced by {@code value.apply(v)}, such as the shared
   * object equal to it ({@link Shared}). A map this class made whose values are already their own
   * replacements is returned as it is: one copy can serve many holders.
   */
  public static <V> Map<String, V> copyOf(
      Map<String, V> map, java.util.function.UnaryOperator<V> value) {
    if (map instanceof ArrayMap<V> made && made.valuesAre(value)) {
      return made;
    }
    java.util.LinkedHashMap<String, V> mapped = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> mapped.put(k, v == null ? null : value.apply(v)));
    return copyOf(mapped);
  }

  /**
   * Keys and values in one array ({@code k0, v0, k1, v1…}), sorted by key, looked up by binary
   * search; the entries are made as they are iterated, so a map of two holds no entry objects (a
   * 10,000-unit publish keeps 700,000 such maps, 1.5 million entries, for the whole run).
   */
  private static final class ArrayMap<V> extends AbstractMap<String, V> {
    private final Object[] keysAndValues;

    ArrayMap(Map<String, V> map) {
      @SuppressWarnings("unchecked")
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
      Object[] kv = new Object[copy.length * 2];
      for (int k = 0; k < copy.length; k++) {
        if (k > 0 && copy[k - 1].getKey().equals(copy[k].getKey())) {
          throw new IllegalArgumentException("duplicate key " + copy[k].getKey());
        }
        kv[2 * k] = copy[k].getKey();
        kv[2 * k + 1] = copy[k].getValue();
      }
      this.keysAndValues = kv;
    }

    /** Whether every value is the very object {@code value} gives for it. */
    @SuppressWarnings("unchecked")
    boolean valuesAre(java.util.function.UnaryOperator<V> value) {
      for (int i = 1; i < keysAndValues.length; i += 2) {
        V v = (V) keysAndValues[i];
        if (v != null && value.apply(v) != v) {
          return false;
        }
      }
      return true;
    }

    private String key(int i) {
      return (String) keysAndValues[2 * i];
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
      return (V) keysAndValues[2 * i + 1];
    }

    private int index(Object key) {
      if (!(Objects.requireNonNull(key) instanceof String k)) {
        return -1;
      }
      int low = 0;
      int high = size() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = key(mid).compareTo(k);
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
      return i < 0 ? null : value(i);
    }

    @Override
    public boolean containsKey(Object key) {
      return index(key) >= 0;
    }

    @Override
    public int size() {
      return keysAndValues.length / 2;
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
              return next < size();
            }

            @Override
            public Map.Entry<String, V> next() {
              if (next >= size()) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new AbstractMap.SimpleImmutableEntry<>(key(i), value(i));
            }
          };
        }

        @Override
        public int size() {
          return ArrayMap.this.size();
        }
      };
    }
  }
}
