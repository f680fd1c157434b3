package org.opendti.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each submission arrived (e.g. the commit time of the file in Git), for {@code lateness}
 * criteria that compare the arrival with the deadline ({@code 002_…} 1, 2).
 *
 * <pre>{@code
 * ArrivalTimes times = ArrivalTimes.of(Map.of("submissions/f/2023/u.json", commitInstant));
 * }</pre>
 */
@FunctionalInterface
public interface ArrivalTimes {

  /** The arrival time of the submission at this repository-relative path, if known. */
  Optional<Instant> arrivalOf(String submissionFile);

  /** No arrival time is known: lateness by arrival scores as on time, and says so. */
  static ArrivalTimes none() {
    return file -> Optional.empty();
  }

  /** Arrival times from a map of submission file → instant. */
  static ArrivalTimes of(Map<String, Instant> byFile) {
    Map<String, Instant> copy = java.util.Collections.unmodifiableMap(new TreeMap<>(byFile));
    return file -> Optional.ofNullable(copy.get(file));
  }
}
