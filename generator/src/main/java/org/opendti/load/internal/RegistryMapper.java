package org.opendti.load.internal;

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
        n.items("changes").stream().map(RegistryMapper::change).toList());
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
