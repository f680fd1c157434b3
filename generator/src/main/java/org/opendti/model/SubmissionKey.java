package org.opendti.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One unit's submission for a framework and period: what a submission, its review, its score and
 * its insights are found by. At most one submission exists per key (a second is an error).
 *
 * @param framework a framework id
 * @param period a period id of that framework
 * @param unit a unit id from the registry
 */
public record SubmissionKey(String framework, String period, String unit)
    implements Comparable<SubmissionKey> {

  private static final Comparator<SubmissionKey> ORDER =
      Comparator.comparing(SubmissionKey::framework)
          .thenComparing(SubmissionKey::period)
          .thenComparing(SubmissionKey::unit);

  public SubmissionKey {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(unit, "unit");
  }

  /** The framework and period this submission belongs to. */
  public CohortKey cohort() {
    return new CohortKey(framework, period);
  }

  /** By framework id, period id, then unit id. */
  @Override
  public int compareTo(SubmissionKey other) {
    return ORDER.compare(this, other);
  }
}
