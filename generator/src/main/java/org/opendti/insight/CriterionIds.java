package org.opendti.insight;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders criterion ids as a reader expects: dot-separated segments, numeric segments compared as
 * numbers ("6.3" before "10", "I.1.1.4" before "I.1.1.10"), other segments as text.
 */
final class CriterionIds {

  /** Nulls (a flag about the whole unit) first. */
  static final Comparator<String> ORDER = Comparator.nullsFirst(CriterionIds::compare);

  private CriterionIds() {}

  private static int compare(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = segment(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(x.length, y.length);
    return c != 0 ? c : a.compareTo(b);
  }

  private static int segment(String a, String b) {
    boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
