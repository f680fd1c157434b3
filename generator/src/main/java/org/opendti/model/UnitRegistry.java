package org.opendti.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every level and unit, merged from the files under {@code units/}. Ids are unique. */
public record UnitRegistry(List<Level> levels, List<Unit> units) {

  public UnitRegistry {
    levels = List.copyOf(levels);
    units = List.copyOf(units);
  }

  public Optional<Unit> unit(String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public Optional<Level> level(String id) {
    return levels.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The unit's ancestors, nearest first. Stops at a missing parent or a cycle. */
  public List<Unit> ancestors(String unitId) {
    Map<String, Unit> byId = new LinkedHashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    List<Unit> chain = new ArrayList<>();
    Unit current = byId.get(unitId);
    while (current != null && current.parent() != null) {
      Unit parent = byId.get(current.parent());
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
}
