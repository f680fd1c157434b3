package org.opendti.score;

import java.time.Instant;
import java.util.Optional;
import org.opendti.model.Criterion;
import org.opendti.model.Period;

/**
 * What a method may need besides the inputs.
 *
 * @param period the submission's period, null if the framework does not declare it
 * @param arrival when the submission arrived, if known
 * @param cohort the cohort's best and lowest values for this criterion, null if not a cohort
 *     criterion
 */
record MethodContext(
    Criterion criterion, Period period, Optional<Instant> arrival, CohortStats cohort) {}
