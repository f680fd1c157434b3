package org.opendti.validate;

import java.util.Optional;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
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
          Code.UNKNOWN_FRAMEWORK,
          "/framework",
          id,
          data.frameworks().stream().map(Framework::id).sorted().toList());
    }
    return f;
  }

  static Optional<Period> period(Framework f, String id, Findings out) {
    Optional<Period> p = f.period(id);
    if (p.isEmpty()) {
      out.error(
          Code.UNKNOWN_PERIOD,
          "/period",
          f.id(),
          id,
          f.periods().stream().map(Period::id).toList());
    }
    return p;
  }

  /** {@code f} and {@code period} may be null when unknown; {@code units} is the registry by id. */
  static void unit(UnitRegistry units, Framework f, String id, Period period, Findings out) {
    Optional<Unit> found = units.unit(id);
    if (found.isEmpty()) {
      out.error(Code.UNKNOWN_UNIT, "/unit", id);
      return;
    }
    Unit u = found.get();
    if (f != null && !u.level().equals(f.level())) {
      out.error(Code.UNIT_LEVEL_MISMATCH, "/unit", id, u.name(), u.level(), f.id(), f.level());
    } else if (f != null && !f.covers(u, units)) {
      out.error(
          Code.UNIT_OUTSIDE_APPLIES_TO,
          "/unit",
          id,
          u.name(),
          f.id(),
          units.unit(f.appliesTo()).map(Unit::name).orElse(f.appliesTo()));
    }
    if (period == null) {
      return;
    }
    boolean startsAfter = u.validFrom() != null && u.validFrom().isAfter(period.end());
    boolean endsBefore = u.validTo() != null && u.validTo().isBefore(period.start());
    if (startsAfter || endsBefore) {
      out.error(
          Code.UNIT_NOT_VALID_IN_PERIOD,
          "/unit",
          id,
          life(u),
          period.id(),
          period.start(),
          period.end());
    } else if ((u.validFrom() != null && u.validFrom().isAfter(period.start()))
        || (u.validTo() != null && u.validTo().isBefore(period.end()))) {
      out.warning(
          Code.UNIT_PARTLY_VALID_IN_PERIOD,
          "/unit",
          id,
          life(u),
          period.id(),
          period.start(),
          period.end());
    }
  }

  /** "exists from 2020-01-01 to 2025-06-30", "exists from … onwards", "exists to …". */
  private static Text life(Unit u) {
    if (u.validFrom() == null) {
      return Text.of("phrase.exists-to", u.validTo());
    }
    return u.validTo() == null
        ? Text.of("phrase.exists-from", u.validFrom())
        : Text.of("phrase.exists-from-to", u.validFrom(), u.validTo());
  }
}
