package org.opendti.rank;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.opendti.model.RankingGroup;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;

/**
 * Parent and ancestor lookups with the registry indexed once. Same rule as {@link
 * UnitRegistry#ancestorAt}, which rebuilds its index on every call: too slow for 3,321 communes.
 */
final class Ancestry {

  private final Map<String, Unit> byId = new HashMap<>();

  Ancestry(UnitRegistry registry) {
    registry.units().forEach(u -> byId.putIfAbsent(u.id(), u));
  }

  /**
   * The partition of a unit in a ranking group: null for {@code all}; the parent for {@code
   * parent}; otherwise the nearest ancestor at the level {@code by}. Null when there is none.
   */
  String partition(RankingGroup group, String unitId) {
    if (RankingGroup.ALL.equals(group.by())) {
      return null;
    }
    Unit unit = byId.get(unitId);
    if (RankingGroup.PARENT.equals(group.by())) {
      Unit parent = unit == null || unit.parent() == null ? null : byId.get(unit.parent());
      return parent == null ? null : parent.id();
    }
    return ancestorAt(unit, group.by());
  }

  /** Walks up from the unit; stops at a missing parent or a cycle. */
  private String ancestorAt(Unit unit, String levelId) {
    Set<String> seen = new HashSet<>();
    Unit current = unit;
    while (current != null && current.parent() != null) {
      Unit parent = byId.get(current.parent());
      if (parent == null || !seen.add(parent.id())) {
        return null;
      }
      if (levelId.equals(parent.level())) {
        return parent.id();
      }
      current = parent;
    }
    return null;
  }
}
