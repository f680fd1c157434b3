package org.opendti.model;

/**
 * A level of unit, e.g. tỉnh, sở, huyện, xã. Levels are data: the 2025 reform removed districts.
 *
 * @param parentLevel the level of the usual parent unit; null for the top level
 */
public record Level(String id, String name, String nameEn, String parentLevel) {}
