package org.opendti.validate;

import java.util.Optional;
import org.opendti.load.Dataset;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;

/**
 * What a submission or review names: a known framework, one of its periods, and a unit of the
 * framework's level that exists during the period (units come and go: the 2025 reform abolished
 * districts, {@code docs/formats.md} validFrom/validTo).
 */
final class Identity {

  private Identity() {}

  static Optional<Framework> framework(Dataset data, String id, Findings out) {
    Optional<Framework> f = data.framework(id);
    if (f.isEmpty()) {
      out.error(
          "unknown-framework",
          "/framework",
          "framework "
              + id
              + " does not exist (frameworks: "
              + String.join(", ", data.frameworks().stream().map(Framework::id).sorted().toList())
              + ")",
          "name a framework that has a file criteria/<id>.json");
    }
    return f;
  }

  static Optional<Period> period(Framework f, String id, Findings out) {
    Optional<Period> p = f.period(id);
    if (p.isEmpty()) {
      out.error(
          "unknown-period",
          "/period",
          "framework "
              + f.id()
              + " has no period "
              + id
              + " (periods: "
              + String.join(", ", f.periods().stream().map(Period::id).toList())
              + ")",
          "name one of the framework's periods");
    }
    return p;
  }

  /** {@code f} and {@code period} may be null when unknown; {@code units} is the registry by id. */
  static void unit(UnitRegistry units, Framework f, String id, Period period, Findings out) {
    Optional<Unit> found = units.unit(id);
    if (found.isEmpty()) {
      out.error(
          "unknown-unit",
          "/unit",
          "unit " + id + " is not in the unit registry",
          "add it to units/*.json or fix the id");
      return;
    }
    Unit u = found.get();
    if (f != null && !u.level().equals(f.level())) {
      out.error(
          "unit-level-mismatch",
          "/unit",
          "unit "
              + id
              + " ("
              + u.name()
              + ") is of level "
              + u.level()
              + ", but framework "
              + f.id()
              + " assesses level "
              + f.level(),
          "use the framework of the unit's level");
    }
    if (period == null) {
      return;
    }
    boolean startsAfter = u.validFrom() != null && u.validFrom().isAfter(period.end());
    boolean endsBefore = u.validTo() != null && u.validTo().isBefore(period.start());
    String life =
        "unit "
            + id
            + " exists "
            + (u.validFrom() == null ? "" : "from " + u.validFrom() + " ")
            + (u.validTo() == null ? "onwards" : "to " + u.validTo());
    String span = "period " + period.id() + " (" + period.start() + ".." + period.end() + ")";
    if (startsAfter || endsBefore) {
      out.error(
          "unit-not-valid-in-period",
          "/unit",
          life + ", not during " + span,
          "submit for its predecessors or successors instead");
    } else if ((u.validFrom() != null && u.validFrom().isAfter(period.start()))
        || (u.validTo() != null && u.validTo().isBefore(period.end()))) {
      out.warning(
          "unit-partly-valid-in-period",
          "/unit",
          life + ", only part of " + span,
          "say in the notes how figures before or after the change were counted");
    }
  }
}
