package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.opendti.model.Criterion;
import org.opendti.model.Method;

/**
 * Options of a choice ({@code 003_…} 1.1 chair / vice-chair / none; {@code 002_…} 3 qualification
 * levels 5/4/3): unique ids, shares in 0..1, points within the maximum, and one option worth the
 * maximum.
 */
final class ChoiceCheck {

  private ChoiceCheck() {}

  static void check(Criterion c, Method.Choice ch, String m, Findings out) {
    if (ch.options().isEmpty()) {
      out.error("no-options", m + "/options", Texts.criterion(c) + " has no options", null);
      return;
    }
    Set<String> ids = new HashSet<>();
    boolean reachesMax = false;
    for (int i = 0; i < ch.options().size(); i++) {
      Method.Option o = ch.options().get(i);
      String p = m + "/options/" + i;
      if (!ids.add(o.id())) {
        out.error(
            "duplicate-option",
            p + "/id",
            Texts.criterion(c) + ": option id " + o.id() + " is used twice",
            "option ids must be unique within the criterion");
      }
      if ((o.fraction() == null) == (o.points() == null)) {
        out.error(
            "option-value",
            p,
            Texts.criterion(c) + ": option " + o.id() + " needs exactly one of fraction and points",
            null);
      } else if (o.fraction() != null) {
        if (o.fraction().signum() < 0 || o.fraction().compareTo(BigDecimal.ONE) > 0) {
          out.error(
              "option-fraction-out-of-range",
              p + "/fraction",
              Texts.criterion(c)
                  + ": option "
                  + o.id()
                  + " has fraction "
                  + num(o.fraction())
                  + ", outside 0..1",
              "write 0.5 for half of the maximum");
        }
        reachesMax |= o.fraction().compareTo(BigDecimal.ONE) == 0;
      } else {
        if (o.points().signum() < 0 || o.points().compareTo(c.maxPoints()) > 0) {
          out.error(
              "option-points-out-of-range",
              p + "/points",
              Texts.criterion(c)
                  + ": option "
                  + o.id()
                  + " gives "
                  + num(o.points())
                  + " points, outside 0.."
                  + num(c.maxPoints()),
              "option points cannot exceed the criterion's maxPoints");
        }
        reachesMax |= o.points().compareTo(c.maxPoints()) == 0;
      }
    }
    if (!reachesMax) {
      out.warning(
          "choice-no-max",
          m + "/options",
          Texts.criterion(c)
              + ": no option gives the maximum "
              + num(c.maxPoints())
              + ", so no unit can reach it",
          "check the options against the source");
    }
  }
}
