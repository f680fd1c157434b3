package org.opendti.load.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opendti.model.Level;
import org.opendti.model.Unit;
import org.opendti.model.UnitChange;

/** Maps a unit registry file ({@code units/*.json}) to levels and units. */
final class RegistryMapper {

  private RegistryMapper() {}

  static Level level(Node n) {
    return new Level(n.text("id"), n.text("name"), n.text("nameEn"), n.text("parentLevel"));
  }

  static Unit unit(Node n) {
    return new Unit(
        n.text("id"),
        n.text("name"),
        n.text("nameEn"),
        n.text("level"),
        n.text("parent"),
        n.date("validFrom"),
        n.date("validTo"),
        n.texts("predecessors"),
        n.texts("successors"),
        n.bool("sample", false),
        changes(n.items("changes")));
  }

  /** A loop, not a stream: most units have no changes, and there are 10,000 units a registry. */
  private static List<UnitChange> changes(List<Node> nodes) {
    if (nodes.isEmpty()) {
      return List.of();
    }
    List<UnitChange> out = new ArrayList<>(nodes.size());
    nodes.forEach(c -> out.add(change(c)));
    return Collections.unmodifiableList(out);
  }

  static UnitChange change(Node n) {
    Node b = n.at("basis");
    return new UnitChange(
        UnitChange.Kind.valueOf(MethodMapper.constant(n.text("kind"))),
        n.date("date"),
        n.texts("into"),
        new UnitChange.LegalBasis(
            b.text("document"),
            b.text("issuer"),
            b.date("date"),
            b.text("article"),
            b.text("source")));
  }
}
