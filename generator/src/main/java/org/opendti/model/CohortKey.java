package org.opendti.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A framework and one of its periods: the submissions with this key form a cohort, scored and
 * ranked together (cohort methods compare each unit with the others of its cohort).
 *
 * <pre>{@code
 * CohortKey cohort = new CohortKey("lac-dao-2024", "2024");
 * SubmissionKey unit = cohort.unit("lac-dao");
 * }</pre>
 *
 * @param framework a framework id
 * @param period a period id of that framework
 */
public record CohortKey(String framework, String period) implements Comparable<CohortKey> {

  private static final Comparator<CohortKey> ORDER =
      Comparator.comparing(CohortKey::framework).thenComparing(CohortKey::period);

  public CohortKey {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(period, "period");
  }

  /** The key of {@code unit}'s submission in this cohort. */
  public SubmissionKey unit(String unit) {
    return new SubmissionKey(framework, period, unit);
  }

  /** By framework id, then period id. */
  @Override
  public int compareTo(CohortKey other) {
    return ORDER.compare(this, other);
  }
}
