package org.opendti.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.PrioritySector;

/**
 * A framework's criteria by id and the priority sector of each, built once per framework: looking
 * them up by walking the framework for every answer of every submission was a fifth of the
 * validation time.
 */
final class CriteriaIndex {

  private final Map<String, Criterion> criteria = new HashMap<>();
  private final Map<String, PrioritySector> sectors = new HashMap<>();
  private final List<Criterion> base;

  CriteriaIndex(Framework f) {
    // The first of equal ids wins, as in Framework.criterion and a scan of the sectors.
    for (Criterion c : f.allCriteria()) {
      criteria.putIfAbsent(c.id(), c);
    }
    for (PrioritySector p : f.aggregation().prioritySectors()) {
      for (Criterion c : p.criteria()) {
        sectors.putIfAbsent(c.id(), p);
      }
    }
    base = f.criteria();
  }

  /** As {@link Framework#criterion}. */
  Optional<Criterion> criterion(String id) {
    return Optional.ofNullable(criteria.get(id));
  }

  /** The first priority sector listing the criterion. */
  Optional<PrioritySector> sectorOf(String criterionId) {
    return Optional.ofNullable(sectors.get(criterionId));
  }

  /** As {@link Framework#criteria}. */
  List<Criterion> base() {
    return base;
  }
}
