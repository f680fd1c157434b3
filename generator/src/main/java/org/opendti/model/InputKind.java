package org.opendti.model;

/** The domain of an input value. The validator rejects values outside it. */
public enum InputKind {
  /** A whole number ≥ 0. */
  COUNT,
  /** A decimal ≥ 0. */
  NUMBER,
  /** A percentage from 0 to 100. */
  PERCENT,
  /** An amount ≥ 0 in the input's unit (e.g. triệu đồng). */
  MONEY,
  /** true or false (có / không). */
  BOOLEAN,
  /** The id of one of the method's options. */
  CHOICE,
  /** An ISO date, yyyy-MM-dd. */
  DATE,
  /** Points given directly, 0 to the criterion's maximum. */
  POINTS;

  /** The id used in JSON, e.g. "count". */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
