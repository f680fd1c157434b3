package org.opendti.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An input value as written in a submission or review, already checked against its JSON type. */
public sealed interface Value permits Value.Num, Value.Bool, Value.Text, Value.Date {

  /** A JSON number, kept exactly as written. */
  record Num(BigDecimal value) implements Value {}

  /** A JSON boolean. */
  record Bool(boolean value) implements Value {}

  /** A JSON string: a choice option id. */
  record Text(String value) implements Value {}

  /** A JSON string holding an ISO date. */
  record Date(LocalDate value) implements Value {}
}
