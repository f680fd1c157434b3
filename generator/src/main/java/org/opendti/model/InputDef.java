package org.opendti.model;

/**
 * A value a unit reports for a criterion, e.g. "number of officials with a computer".
 *
 * @param id referenced by the criterion's method, e.g. "a"
 * @param unit display unit, e.g. "người", "triệu đồng", "%"; may be null
 * @param unitEn the unit in English, e.g. "people", "million VND"; null where there is none
 *     (English pages then show {@code unit}, as "%" needs)
 * @param unitEnOne the English unit after a value of exactly 1, e.g. "person" for "people"; null
 *     where it is {@code unitEn} ("1 million VND")
 */
public record InputDef(
    String id,
    String label,
    String labelEn,
    InputKind kind,
    String unit,
    String unitEn,
    String unitEnOne) {

  /** An input whose unit has no English form. */
  public InputDef(String id, String label, String labelEn, InputKind kind, String unit) {
    this(id, label, labelEn, kind, unit, null, null);
  }

  /** An input whose English unit is the same after 1 as after any other value. */
  public InputDef(
      String id, String label, String labelEn, InputKind kind, String unit, String unitEn) {
    this(id, label, labelEn, kind, unit, unitEn, null);
  }
}
