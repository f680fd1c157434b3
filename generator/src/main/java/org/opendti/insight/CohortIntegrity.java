package org.opendti.insight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendti.model.CohortKey;

/**
 * The digit tests of one framework and period: on each unit's counts, and on all of them pooled.
 *
 * @param pooled every unit's counts together, tested from 100 up ({@code docs/integrity-tests.md}:
 *     two-digit counts are not uniform enough for a pooled test)
 * @param units one per scored unit, by unit id
 */
public record CohortIntegrity(CohortKey cohort, UnitIntegrity pooled, List<UnitIntegrity> units) {

  public CohortIntegrity {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(pooled, "pooled");
    units = List.copyOf(units);
  }

  public Optional<UnitIntegrity> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }
}
