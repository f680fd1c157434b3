package org.opendti.rank;

import java.util.List;
import org.opendti.model.CohortKey;
import org.opendti.model.RankingGroup;

/**
 * One ranking table: a framework, a period, a ranking group and, for partitioned groups, the
 * partition (e.g. the district whose communes are ranked).
 *
 * @param partitionUnitId the parent or ancestor unit this table is for; null for group "all"
 * @param entries best first; ties in Vietnamese collation order of the unit names
 */
public record Ranking(
    String frameworkId,
    String periodId,
    RankingGroup group,
    String partitionUnitId,
    List<RankEntry> entries) {

  public Ranking {
    entries = List.copyOf(entries);
  }

  /** Framework and period, typed. */
  public CohortKey cohort() {
    return new CohortKey(frameworkId, periodId);
  }
}
