package org.opendti.model;

import java.time.LocalDate;

/**
 * A reporting period (kỳ hạn số liệu), e.g. 15/11/2022 to 14/11/2023, and its submission deadline.
 *
 * @param id short id used in paths, e.g. "2023"
 * @param start first day, inclusive
 * @param end last day, inclusive
 * @param deadline last day a submission is on time (end of that day, Vietnam time)
 */
public record Period(String id, LocalDate start, LocalDate end, LocalDate deadline) {

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
