package org.opendti.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A government unit (đơn vị) in the registry.
 *
 * @param id stable ASCII id, e.g. "gl-xa-ia-kha"; used in submission paths
 * @param parent id of the parent unit, null at the top
 * @param validFrom first day the unit exists, null if unknown
 * @param validTo last day the unit exists (e.g. abolished on 30/06/2025), null while it exists
 * @param predecessors units merged into this one
 * @param successors units this one was merged into
 * @param sample fictional unit of the sample cohort: everything built from it is labelled
 * @param changes how it stopped existing as it was, with the legal act (mergers, splits, the end of
 *     its level), oldest first
 */
public record Unit(
    String id,
    String name,
    String nameEn,
    String level,
    String parent,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> predecessors,
    List<String> successors,
    boolean sample,
    List<UnitChange> changes) {

  public Unit {
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
    changes = List.copyOf(changes);
  }

  /** A unit without recorded changes. */
  public Unit(
      String id,
      String name,
      String nameEn,
      String level,
      String parent,
      LocalDate validFrom,
      LocalDate validTo,
      List<String> predecessors,
      List<String> successors,
      boolean sample) {
    this(
        id,
        name,
        nameEn,
        level,
        parent,
        validFrom,
        validTo,
        predecessors,
        successors,
        sample,
        List.of());
  }
}
