package org.opendti.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scored criterion (chỉ số thành phần / tiêu chí).
 *
 * @param id unique within the framework, e.g. "6.3"
 * @param description Markdown: what is assessed, in the source's words
 * @param maxPoints điểm tối đa used for scoring
 * @param sourcePoints the points exactly as the source prints them, when they differ from {@code
 *     maxPoints} or are missing ("" for a blank cell); null when they agree. The checker reports
 *     it.
 * @param inputs the values a unit reports; the method refers to them by id
 * @param bonus a bonus item (điểm thưởng), outside the base total
 * @param notApplicableAllowed whether a unit may claim "không phát sinh" for it
 * @param measurement how its data are measured; null: as the framework's default ({@link
 *     Framework#measurementOf})
 */
public record Criterion(
    String id,
    String name,
    String nameEn,
    String description,
    BigDecimal maxPoints,
    String sourcePoints,
    Method method,
    List<InputDef> inputs,
    EvidenceRequirement evidence,
    String dataSource,
    String verifyingUnit,
    String leadOffice,
    List<String> coordinatingOffices,
    boolean bonus,
    boolean notApplicableAllowed,
    Measurement measurement) {

  public Criterion {
    inputs = List.copyOf(inputs);
    coordinatingOffices = List.copyOf(coordinatingOffices);
  }

  /** A criterion that states no measurement of its own. */
  public Criterion(
      String id,
      String name,
      String nameEn,
      String description,
      BigDecimal maxPoints,
      String sourcePoints,
      Method method,
      List<InputDef> inputs,
      EvidenceRequirement evidence,
      String dataSource,
      String verifyingUnit,
      String leadOffice,
      List<String> coordinatingOffices,
      boolean bonus,
      boolean notApplicableAllowed) {
    this(
        id,
        name,
        nameEn,
        description,
        maxPoints,
        sourcePoints,
        method,
        inputs,
        evidence,
        dataSource,
        verifyingUnit,
        leadOffice,
        coordinatingOffices,
        bonus,
        notApplicableAllowed,
        null);
  }

  /** The same criterion scored by another method (e.g. the other reading of min-max). */
  public Criterion withMethod(Method other) {
    return new Criterion(
        id,
        name,
        nameEn,
        description,
        maxPoints,
        sourcePoints,
        other,
        inputs,
        evidence,
        dataSource,
        verifyingUnit,
        leadOffice,
        coordinatingOffices,
        bonus,
        notApplicableAllowed,
        measurement);
  }

  public Optional<InputDef> input(String inputId) {
    return inputs.stream().filter(i -> i.id().equals(inputId)).findFirst();
  }
}
