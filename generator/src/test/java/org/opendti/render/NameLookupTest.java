package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameLookupTest {

  /** A name equal to {@code name} but another instance, as a parsed template holds its own. */
  private static String another(String name) {
    return new String(name.toCharArray());
  }

  @Test
  void findsEachNameByAnyInstanceAndNothingElse() {
    NameLookup<Integer> lookup = new NameLookup<>(Map.of("points", 0, "rank", 1));
    assertThat(lookup.get("points")).isEqualTo(0);
    assertThat(lookup.get(another("points"))).isEqualTo(0);
    assertThat(lookup.get(another("rank"))).isEqualTo(1);
    assertThat(lookup.get("Points")).isNull();
    assertThat(lookup.get("")).isNull();
  }

  @Test
  void remembersTheInstancesItFoundOnceEachAndNoUnknownOne() {
    NameLookup<Integer> lookup = new NameLookup<>(Map.of("points", 0));
    String first = another("points");
    String second = another("points");
    lookup.get(first);
    lookup.get(first);
    lookup.get(second);
    lookup.get(another("unknown"));
    assertThat(lookup.instances()).isEqualTo(2);
    assertThat(lookup.get(first)).isEqualTo(0);
    assertThat(lookup.get(second)).isEqualTo(0);
  }

  /** A template that builds its names passes a new instance each time: they are not all kept. */
  @Test
  void remembersAtMostItsLimitOfInstancesAndStillFindsEveryName() {
    NameLookup<Integer> lookup = new NameLookup<>(Map.of("state.reviewed", 7));
    for (int i = 0; i < NameLookup.MAX_INSTANCES * 2; i++) {
      assertThat(lookup.get(another("state.reviewed"))).isEqualTo(7);
    }
    assertThat(lookup.instances()).isEqualTo(NameLookup.MAX_INSTANCES);
    assertThat(lookup.get(another("state.reviewed"))).isEqualTo(7);
  }

  @Test
  void theMapItWasMadeFromCanChangeWithoutChangingIt() {
    java.util.HashMap<String, Integer> names = new java.util.HashMap<>(Map.of("rank", 1));
    NameLookup<Integer> lookup = new NameLookup<>(names);
    names.put("rank", 2);
    names.put("total", 3);
    assertThat(lookup.get("rank")).isEqualTo(1);
    assertThat(lookup.get("total")).isNull();
  }
}
