package org.opendti.model;

/**
 * A fact about the unit a framework asks for (thông tin chung, {@code 003_…} section I), e.g.
 * population or the number of officials.
 */
public record ProfileField(
    String id, String label, String labelEn, InputKind kind, String unit, boolean required) {}
