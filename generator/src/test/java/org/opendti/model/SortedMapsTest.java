package org.opendti.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SortedMaps#copyOf} behaves as an unmodifiable {@link TreeMap} of the same entries. */
class SortedMapsTest {

  private static final String[] KEYS = {
    "a", "b", "ab", "B", "soLuong", "tongSo", "đã", "da", "Đà", "x1", "x10", "x2", "", "z"
  };

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void aCopyIsAnUnmodifiableTreeMapOfTheSameEntries(int seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      Map<String, Integer> source = new HashMap<>();
      int size = random.nextInt(KEYS.length + 1);
      for (int i = 0; i < size; i++) {
        source.put(KEYS[random.nextInt(KEYS.length)], random.nextInt(5) == 0 ? null : i);
      }
      TreeMap<String, Integer> expected = new TreeMap<>(source);

      Map<String, Integer> copy = SortedMaps.copyOf(source);

      assertThat(copy).isEqualTo(expected);
      assertThat(expected).isEqualTo(copy);
      assertThat(copy.hashCode()).isEqualTo(expected.hashCode());
      assertThat(copy.toString()).isEqualTo(expected.toString());
      assertThat(copy.size()).isEqualTo(expected.size());
      assertThat(copy.isEmpty()).isEqualTo(expected.isEmpty());
      assertThat(new ArrayList<>(copy.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
      assertThat(new ArrayList<>(copy.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
      assertThat(new ArrayList<>(copy.values())).isEqualTo(new ArrayList<>(expected.values()));
      for (String key : KEYS) {
        assertThat(copy.get(key)).as(key).isEqualTo(expected.get(key));
        assertThat(copy.containsKey(key)).as(key).isEqualTo(expected.containsKey(key));
      }
      assertThat(copy.get(7)).isNull();
      // null is no key, as in a TreeMap or Map.of: asking for it is a mistake
      assertThatThrownBy(() -> copy.containsKey(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> copy.get(null)).isInstanceOf(NullPointerException.class);
      assertThat(copy.containsValue(0)).isEqualTo(expected.containsValue(0));

      source.put("changed after the copy", 1);
      assertThat(copy).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5})
  void aCopyCannotBeChanged(int size) {
    Map<String, Integer> source = new HashMap<>();
    for (int i = 0; i < size; i++) {
      source.put(KEYS[i], i);
    }
    Map<String, Integer> copy = SortedMaps.copyOf(source);
    List<Runnable> changes = new ArrayList<>();
    changes.add(() -> copy.put("q", 1));
    changes.add(copy::clear);
    changes.add(() -> copy.putAll(Map.of("q", 1)));
    if (size > 0) {
      changes.add(() -> copy.remove(KEYS[0]));
      changes.add(() -> copy.entrySet().iterator().next().setValue(9));
      changes.add(
          () -> {
            Iterator<Map.Entry<String, Integer>> it = copy.entrySet().iterator();
            it.next();
            it.remove();
          });
      changes.add(() -> copy.keySet().remove(KEYS[0]));
      changes.add(() -> copy.values().clear());
    }
    for (Runnable change : changes) {
      assertThatThrownBy(change::run).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(copy).hasSize(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void aNullKeyIsRefusedAsATreeMapRefusesIt(int size) {
    Map<String, Integer> source = new HashMap<>();
    source.put(null, 0);
    for (int i = 1; i < size; i++) {
      source.put(KEYS[i], i);
    }
    assertThatThrownBy(() -> SortedMaps.copyOf(source)).isInstanceOf(NullPointerException.class);
  }

  @org.junit.jupiter.api.Test
  void aCopyOfACopyIsTheSameMap() {
    Map<String, Integer> copy = SortedMaps.copyOf(Map.of("all", 3, "by-district", 1));

    assertThat(SortedMaps.copyOf(copy)).isSameAs(copy);
  }

  @org.junit.jupiter.api.Test
  void aCopyWithSharedValuesHoldsThePoolsObjectsAndIsKeptOnceShared() {
    Shared pool = new Shared();
    Integer rank = pool.of(Integer.valueOf(4_321));
    Map<String, Integer> source = new HashMap<>();
    source.put("all", Integer.valueOf(4_321));
    source.put("by-district", Integer.valueOf(9_876));
    source.put("none", null);

    Map<String, Integer> shared = SortedMaps.copyOf(source, pool::of);

    assertThat(shared).isEqualTo(new TreeMap<>(source));
    assertThat(shared.get("all")).isSameAs(rank);
    assertThat(SortedMaps.copyOf(shared, pool::of)).isSameAs(shared);
    // values that are not their own replacements make a new copy
    Map<String, Integer> other = SortedMaps.copyOf(shared, v -> Integer.valueOf(v.intValue()));
    assertThat(other).isEqualTo(shared).isNotSameAs(shared);
  }
}
