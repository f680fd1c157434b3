package org.opendti.load.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opendti.diagnostic.Code;
import org.opendti.model.Unit;
import org.opendti.model.UnitChange;
import org.opendti.model.UnitRegistry;

/**
 * What the registry schema cannot say about a unit's {@code changes} (mergers, splits, the end of
 * its level), checked once every file of {@code units/} is read, every problem reported: a unit
 * named in {@code into} that the registry does not know, or that does not list the changed unit
 * among its {@code predecessors} (its scorecard would not show the history), or that does not exist
 * on the day of the change; a change whose date is not the day after the unit's {@code validTo}, or
 * a unit with a change but no {@code validTo}.
 */
final class RegistryChanges {

  private RegistryChanges() {}

  /**
   * @param nodes each unit's node in its file, by id (where a problem is reported)
   */
  static void check(UnitRegistry registry, Map<String, Node> nodes, DiagnosticSink sink) {
    for (Unit u : registry.units()) {
      Node node = nodes.get(u.id());
      if (node == null || u.changes().isEmpty()) {
        continue;
      }
      String file = node.document().file();
      List<UnitChange> changes = u.changes();
      for (int i = 0; i < changes.size(); i++) {
        UnitChange c = changes.get(i);
        String at = node.pointer() + "/changes/" + i;
        boolean last = i == changes.size() - 1;
        if (last && u.validTo() == null) {
          sink.error(
              Code.CHANGE_WITHOUT_END,
              file,
              node.document().locate(at + "/date"),
              at + "/date",
              u.id(),
              c.date());
        } else if (last && c.date() != null && !c.date().equals(u.validTo().plusDays(1))) {
          sink.error(
              Code.CHANGE_DATE_MISMATCH,
              file,
              node.document().locate(at + "/date"),
              at + "/date",
              u.id(),
              c.date(),
              u.validTo(),
              u.validTo().plusDays(1));
        }
        for (int j = 0; j < c.into().size(); j++) {
          String into = c.into().get(j);
          String p = at + "/into/" + j;
          Unit successor = registry.unit(into).orElse(null);
          if (successor == null) {
            sink.error(Code.CHANGE_UNKNOWN_UNIT, file, node.document().locate(p), p, u.id(), into);
            continue;
          }
          if (!successor.predecessors().contains(u.id())) {
            sink.error(
                Code.CHANGE_NOT_PREDECESSOR, file, node.document().locate(p), p, u.id(), into);
          }
          if (!exists(successor, c.date())) {
            sink.warning(
                Code.CHANGE_SUCCESSOR_NOT_VALID,
                file,
                node.document().locate(p),
                p,
                u.id(),
                into,
                c.date());
          }
        }
      }
    }
  }

  private static boolean exists(Unit u, LocalDate day) {
    return day == null
        || (u.validFrom() == null || !u.validFrom().isAfter(day))
            && (u.validTo() == null || !u.validTo().isBefore(day));
  }
}
