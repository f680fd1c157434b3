package org.opendti.model;

/**
 * A fact about the unit a framework asks for (thông tin chung, {@code 003_…} section I), e.g.
 * population or the number of officials.
 *
 * @param unit display unit, e.g. "người"; may be null
 * @param unitEn the unit in English, e.g. "people"; may be null
 */
public record ProfileField(
    String id,
    String label,
    String labelEn,
    InputKind kind,
    String unit,
    String unitEn,
    boolean required) {

  /** A field whose unit has no English form. */
  public ProfileField(
      String id, String label, String labelEn, InputKind kind, String unit, boolean required) {
    this(id, label, labelEn, kind, unit, null, required);
  }
}
