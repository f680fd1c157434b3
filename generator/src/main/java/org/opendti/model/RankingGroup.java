package org.opendti.model;

/**
 * A group in which units are ranked ({@code 004_…} Điều 6: departments, districts, communes within
 * each district).
 *
 * @param by {@code "all"}: one ranking of every unit; {@code "parent"}: one ranking per parent
 *     unit; otherwise a level id: one ranking per ancestor at that level
 * @param reference the source document has this table for reference only, not as its official
 *     ranking ({@code 004_…} Điều 6 khoản 2 điểm c ranks communes within each district; a
 *     province-wide table of communes is only a reference): the site says so beside its name and
 *     puts the official tables first
 */
public record RankingGroup(String id, String name, String nameEn, String by, boolean reference) {

  public static final String ALL = "all";
  public static final String PARENT = "parent";

  /** An official ranking group (not {@link #reference}). */
  public RankingGroup(String id, String name, String nameEn, String by) {
    this(id, name, nameEn, by, false);
  }
}
