package org.opendti.model;

/**
 * A group in which units are ranked ({@code 004_…} Điều 6: departments, districts, communes within
 * each district).
 *
 * @param by {@code "all"}: one ranking of every unit; {@code "parent"}: one ranking per parent
 *     unit; otherwise a level id: one ranking per ancestor at that level
 */
public record RankingGroup(String id, String name, String nameEn, String by) {

  public static final String ALL = "all";
  public static final String PARENT = "parent";
}
