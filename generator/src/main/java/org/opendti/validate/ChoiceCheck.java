package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.opendti.diagnostic.Code;
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
      out.error(Code.NO_OPTIONS, m + "/options", Texts.criterion(c));
      return;
    }
    Set<String> ids = new HashSet<>();
    boolean reachesMax = false;
    for (int i = 0; i < ch.options().size(); i++) {
      Method.Option o = ch.options().get(i);
      String p = m + "/options/" + i;
      if (!ids.add(o.id())) {
        out.error(Code.DUPLICATE_OPTION, p + "/id", Texts.criterion(c), o.id());
      }
      if ((o.fraction() == null) == (o.points() == null)) {
        out.error(Code.OPTION_VALUE, p, Texts.criterion(c), o.id());
      } else if (o.fraction() != null) {
        if (o.fraction().signum() < 0 || o.fraction().compareTo(BigDecimal.ONE) > 0) {
          out.error(
              Code.OPTION_FRACTION_OUT_OF_RANGE,
              p + "/fraction",
              Texts.criterion(c),
              o.id(),
              o.fraction());
        }
        reachesMax |= o.fraction().compareTo(BigDecimal.ONE) == 0;
      } else {
        if (o.points().signum() < 0 || o.points().compareTo(c.maxPoints()) > 0) {
          out.error(
              Code.OPTION_POINTS_OUT_OF_RANGE,
              p + "/points",
              Texts.criterion(c),
              o.id(),
              o.points(),
              num(c.maxPoints()));
        }
        reachesMax |= o.points().compareTo(c.maxPoints()) == 0;
      }
    }
    if (!reachesMax) {
      out.warning(Code.CHOICE_NO_MAX, m + "/options", Texts.criterion(c), num(c.maxPoints()));
    }
  }
}
