package org.opendti.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every level and unit, merged from the files under {@code units/}. Ids are unique (the loader
 * reports a second use of an id); lookups by id are indexed once. Immutable and thread-safe.
 */
public final class UnitRegistry {

  private final List<Level> levels;
  private final List<Unit> units;
  private final Map<String, Level> levelById = new HashMap<>();
  private final Map<String, Unit> unitById = new HashMap<>();

  public UnitRegistry(List<Level> levels, List<Unit> units) {
    this.levels = List.copyOf(levels);
    this.units = List.copyOf(units);
    this.levels.forEach(l -> levelById.putIfAbsent(l.id(), l));
    this.units.forEach(u -> unitById.putIfAbsent(u.id(), u));
  }

  public List<Level> levels() {
    return levels;
  }

  public List<Unit> units() {
    return units;
  }

  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(unitById.get(id));
  }

  public Optional<Level> level(String id) {
    return Optional.ofNullable(levelById.get(id));
  }

  /** The unit's ancestors, nearest first. Stops at a missing parent or a cycle. */
  public List<Unit> ancestors(String unitId) {
    List<Unit> chain = new ArrayList<>();
    Unit current = unitById.get(unitId);
    while (current != null && current.parent() != null) {
      Unit parent = unitById.get(current.parent());
      if (parent == null || chain.contains(parent)) {
        break;
      }
      chain.add(parent);
      current = parent;
    }
    return List.copyOf(chain);
  }

  /** The ancestor at the given level, if any. */
  public Optional<Unit> ancestorAt(String unitId, String levelId) {
    return ancestors(unitId).stream().filter(u -> u.level().equals(levelId)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitRegistry r && levels.equals(r.levels) && units.equals(r.units);
  }

  @Override
  public int hashCode() {
    return Objects.hash(levels, units);
  }

  @Override
  public String toString() {
    return "UnitRegistry[" + levels.size() + " level(s), " + units.size() + " unit(s)]";
  }
}
