package org.opendti.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An input value as written in a submission or review, already checked against its JSON type. */
public sealed interface Value permits Value.Num, Value.Bool, Value.Text, Value.Date {

  /** A JSON number, kept exactly as written. */
  record Num(BigDecimal value) implements Value {}

  /** A JSON boolean; {@link #of} gives one of two shared objects. */
  record Bool(boolean value) implements Value {
    public static final Bool TRUE = new Bool(true);
    public static final Bool FALSE = new Bool(false);

    /**
     * {@link #TRUE} or {@link #FALSE}: a 10,000-unit repository answers 260,000 yes/no inputs
     * (issue #17).
     */
    public static Bool of(boolean value) {
      return value ? TRUE : FALSE;
    }
  }

  /** A JSON string: a choice option id. */
  record Text(String value) implements Value {}

  /** A JSON string holding an ISO date. */
  record Date(LocalDate value) implements Value {}
}
