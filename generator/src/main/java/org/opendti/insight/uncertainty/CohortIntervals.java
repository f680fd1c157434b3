package org.opendti.insight.uncertainty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendti.model.CohortKey;

/**
 * The rank intervals of every ranking table of one framework and period, and how they were made.
 *
 * @param draws how many times the cohort was re-aggregated; 0 when no choice applies to it (then
 *     every interval is its rank)
 * @param seed the seed of this cohort's draws: the same data and seed give the same intervals
 * @param weightBandPercent how far each pillar's weight was varied, in percent either side
 * @param varied the choices varied for this cohort, in {@link Choice} order
 * @param tables in the order of the ranking tables
 */
public record CohortIntervals(
    CohortKey cohort,
    int draws,
    long seed,
    int weightBandPercent,
    List<Choice> varied,
    List<TableIntervals> tables) {

  public CohortIntervals {
    Objects.requireNonNull(cohort, "cohort");
    varied = List.copyOf(varied);
    tables = List.copyOf(tables);
  }

  /** The table of a ranking group and partition (null for a group of every unit). */
  public Optional<TableIntervals> table(String groupId, String partitionUnitId) {
    return tables.stream()
        .filter(
            t ->
                t.groupId().equals(groupId) && Objects.equals(t.partitionUnitId(), partitionUnitId))
        .findFirst();
  }
}
