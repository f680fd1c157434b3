package org.opendti.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A fixed map from names to values that the templates read by name (a view record's components, a
 * message bundle's texts), looked up first by the very {@code String} the template passes. Each
 * {@code ${row.points}} of a parsed template passes the same instance every time, so after its
 * first lookup it is found by identity; a {@code HashMap} compared it with its key character by
 * character on every read, 6.4 % of a 10,000-unit publish's samples with the project's compiler
 * (C1, which compiles {@code String.equals} as a plain loop; issue #17, target 4). Thread-safe: the
 * instances seen are a copy-on-write map, at most {@link #MAX_INSTANCES} of them (a template that
 * builds its names, {@code page.t["state." + s]}, passes a new instance each time).
 *
 * @param <V> the values, never null
 */
final class NameLookup<V> {

  /** The most name instances remembered: beyond it, lookups compare names by their characters. */
  static final int MAX_INSTANCES = 1024;

  private final Map<String, V> byName;

  /** The name instances seen so far; replaced, never changed, once it is published. */
  private volatile IdentityHashMap<String, V> byInstance = new IdentityHashMap<>();

  NameLookup(Map<String, V> byName) {
    this.byName = new HashMap<>(byName);
  }

  /** The value of {@code name}, or null if it has none. */
  V get(String name) {
    V v = byInstance.get(name);
    if (v == null) {
      v = byName.get(name);
      if (v != null) {
        remember(name, v);
      }
    }
    return v;
  }

  /** How many name instances are remembered (for tests). */
  int instances() {
    return byInstance.size();
  }

  private void remember(String name, V v) {
    IdentityHashMap<String, V> seen = byInstance;
    if (seen.size() < MAX_INSTANCES) {
      // Two threads may each add one and one addition be lost: it is added again on its next read.
      IdentityHashMap<String, V> more = new IdentityHashMap<>(seen);
      more.put(name, v);
      byInstance = more;
    }
  }
}
