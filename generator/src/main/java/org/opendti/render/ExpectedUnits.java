package org.opendti.render;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;

/**
 * The units a framework expects to submit in a period, for the overview and the reviewers' page:
 * the units it covers ({@link Framework#covers}: its level, within its {@code appliesTo} territory)
 * that are active during the period (valid from on or before its end, valid to on or after its
 * start).
 *
 * <p>Where the framework names no territory, and for sample units (which any framework of their
 * level may show), only those in the provinces of the units that submitted: a province's framework
 * expects nothing from the others.
 */
final class ExpectedUnits {

  private ExpectedUnits() {}

  /**
   * @param submitted ids of the units that submitted to the framework (in any period)
   */
  static List<Unit> of(SiteIndex index, Framework fw, Period period, Collection<String> submitted) {
    UnitRegistry registry = index.input().dataset().registry();
    Set<String> provinces = new HashSet<>();
    for (String id : submitted) {
      provinces.add(province(index, id));
    }
    return registry.units().stream()
        .filter(u -> fw.covers(u, registry))
        .filter(u -> u.validFrom() == null || !u.validFrom().isAfter(period.end()))
        .filter(u -> u.validTo() == null || !u.validTo().isBefore(period.start()))
        .filter(
            u ->
                (fw.appliesTo() != null && !u.sample())
                    || provinces.contains(province(index, u.id())))
        .toList();
  }

  /** The unit's top ancestor (its province), or itself at the top. */
  private static String province(SiteIndex index, String unitId) {
    List<Unit> up = index.ancestors(unitId);
    return up.isEmpty() ? unitId : up.get(up.size() - 1).id();
  }
}
