package org.opendti.insight.uncertainty;

import java.util.List;
import java.util.Optional;

/**
 * The rank intervals of one ranking table (a framework's ranking group, and its partition).
 *
 * @param partitionUnitId the parent or ancestor the table is for; null for a group of every unit
 * @param entries in the table's order: best rank first
 */
public record TableIntervals(String groupId, String partitionUnitId, List<RankInterval> entries) {

  public TableIntervals {
    entries = List.copyOf(entries);
  }

  /** The unit's interval in this table, if it is in it. */
  public Optional<RankInterval> of(String unitId) {
    return entries.stream().filter(e -> e.unitId().equals(unitId)).findFirst();
  }
}
