package org.opendti.validate;

import java.math.BigDecimal;
import org.opendti.load.SourceIndex;
import org.opendti.model.Criterion;
import org.opendti.model.Group;

/** Wording shared by the checks: numbers as written, names quoted, pointers escaped. */
final class Texts {

  private Texts() {}

  /** A number without trailing zeros or exponent, e.g. 0.75, 12, 9.98; "∞" for null. */
  static String num(BigDecimal n) {
    if (n == null) {
      return "∞";
    }
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  /** {@code criterion 3.1 “name”}. */
  static String criterion(Criterion c) {
    return "criterion " + c.id() + " “" + c.name() + "”";
  }

  /** {@code pillar II “name”} or {@code group I.1 “name”}. */
  static String group(Group g, boolean pillar) {
    return (pillar ? "pillar " : "group ") + g.id() + " “" + g.name() + "”";
  }

  /** An RFC 6901 pointer from raw segments, each escaped. */
  static String pointer(Object... segments) {
    StringBuilder out = new StringBuilder();
    for (Object s : segments) {
      out.append('/').append(SourceIndex.escape(String.valueOf(s)));
    }
    return out.toString();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
