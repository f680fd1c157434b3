package org.opendti.pullrequest;

/**
 * A unit's rank in one ranking table before and after a pull request; a side is null when the unit
 * is not ranked there.
 *
 * <p>Example: {@code RankMove[frameworkId=f, periodId=2023, groupId=all, partitionUnitId=null,
 * unitId=b, before=3, after=4, changedUnit=false]}: unit b drops because another unit improved.
 *
 * @param partitionUnitId the table's partition (e.g. the district), null for group {@code all}
 * @param changedUnit whether the pull request changes this unit's own files
 */
public record RankMove(
    String frameworkId,
    String periodId,
    String groupId,
    String partitionUnitId,
    String unitId,
    Integer before,
    Integer after,
    boolean changedUnit) {

  /** Whether the rank changes (including entering or leaving the table). */
  public boolean moved() {
    return before == null ? after != null : !before.equals(after);
  }
}
