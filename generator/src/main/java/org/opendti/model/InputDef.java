package org.opendti.model;

/**
 * A value a unit reports for a criterion, e.g. "number of officials with a computer".
 *
 * @param id referenced by the criterion's method, e.g. "a"
 * @param unit display unit, e.g. "người", "triệu đồng", "%"; may be null
 */
public record InputDef(String id, String label, String labelEn, InputKind kind, String unit) {}
