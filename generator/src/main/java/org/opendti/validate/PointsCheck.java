package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.List;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.PrioritySector;

/**
 * Declared totals against the criteria. Sources are inconsistent ({@code 000_…} pillar II declares
 * 7 points for items worth 4, and its group totals include the bonus items), so a mismatch is a
 * warning that stays visible: scoring uses the criteria's {@code maxPoints}, never the declared
 * figure.
 */
final class PointsCheck {

  private PointsCheck() {}

  static void check(Framework f, FrameworkTree tree, Findings out) {
    tree.groups().forEach(g -> group(g, out));
    BigDecimal base =
        f.pillars().stream().map(Group::basePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (f.totalPoints() != null && f.totalPoints().compareTo(base) != 0) {
      out.warning(
          "total-points-mismatch",
          "/totalPoints",
          "the framework declares totalPoints "
              + num(f.totalPoints())
              + ", but its pillars' non-bonus criteria sum to "
              + num(base)
              + withBonus(f, base),
          "check the criteria's maxPoints against the source; totalPoints is the B of D = A × B / C"
              + " (004_… Điều 5)");
    }
    List<PrioritySector> sectors = f.aggregation().prioritySectors();
    for (int s = 0; s < sectors.size(); s++) {
      sector(sectors.get(s), "/aggregation/prioritySectors/" + s, out);
    }
    tree.criteria().forEach(c -> criterion(c.criterion(), c.pointer(), out));
  }

  private static String withBonus(Framework f, BigDecimal base) {
    BigDecimal bonus =
        f.pillars().stream().map(Group::bonusPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (bonus.signum() == 0) {
      return "";
    }
    BigDecimal all = base.add(bonus);
    return all.compareTo(f.totalPoints()) == 0
        ? "; with the bonus items ("
            + num(bonus)
            + ") they sum to "
            + num(all)
            + ", so the declared total includes the bonus items"
        : " (" + num(all) + " with the bonus items)";
  }

  private static void group(FrameworkTree.GroupAt at, Findings out) {
    Group g = at.group();
    if (g.declaredPoints() == null) {
      return;
    }
    BigDecimal base = g.basePoints();
    BigDecimal bonus = g.bonusPoints();
    if (g.declaredPoints().compareTo(base) == 0) {
      return;
    }
    // A bonus block (000_… "* ĐIỂM THƯỞNG") that declares exactly its own items is consistent.
    if (base.signum() == 0 && g.declaredPoints().compareTo(bonus) == 0) {
      return;
    }
    String what = Texts.group(g, at.pillar());
    if (bonus.signum() > 0 && g.declaredPoints().compareTo(base.add(bonus)) == 0) {
      out.warning(
          "group-points-include-bonus",
          at.pointer() + "/points",
          what
              + " declares "
              + num(g.declaredPoints())
              + " points, which is its non-bonus criteria ("
              + num(base)
              + ") plus its bonus items ("
              + num(bonus)
              + "): the source's total includes the bonus items",
          "the base maximum of this group is " + num(base) + "; bonus points are counted apart");
      return;
    }
    out.warning(
        "group-points-mismatch",
        at.pointer() + "/points",
        what
            + " declares "
            + num(g.declaredPoints())
            + " points, but its non-bonus criteria sum to "
            + num(base)
            + (bonus.signum() > 0 ? " (" + num(base.add(bonus)) + " with the bonus items)" : ""),
        "scoring uses the criteria's maxPoints; record how the source's figure was resolved in"
            + " source.note");
  }

  private static void sector(PrioritySector s, String at, Findings out) {
    BigDecimal sum =
        s.criteria().stream()
            .filter(c -> !c.bonus())
            .map(Criterion::maxPoints)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (s.points() != null && s.points().compareTo(sum) != 0) {
      out.warning(
          "sector-points-mismatch",
          at + "/points",
          "priority sector "
              + s.id()
              + " “"
              + s.name()
              + "” declares "
              + num(s.points())
              + " points, but its criteria sum to "
              + num(sum),
          "the sector's points are the F of X = (D + E) × B / (B + F) (004_… Điều 5); check them"
              + " against Phụ lục 2");
    }
  }

  private static void criterion(Criterion c, String at, Findings out) {
    BigDecimal max = c.maxPoints();
    if (max != null && max.signum() < 0) {
      out.error(
          "negative-max-points",
          at + "/maxPoints",
          Texts.criterion(c) + " has maxPoints " + num(max) + ", but it must be 0 or more",
          "write the points the source gives the item");
    } else if (max != null && max.signum() == 0 && c.sourcePoints() == null) {
      out.error(
          "zero-max-points",
          at + "/maxPoints",
          Texts.criterion(c) + " has maxPoints 0 and no sourcePoints saying why",
          "give the item's points, or set sourcePoints to what the source prints (\"\" for a blank"
              + " cell)");
    }
    if (c.sourcePoints() != null) {
      String printed =
          c.sourcePoints().isEmpty() ? "a blank cell (\"\")" : "\"" + c.sourcePoints() + "\"";
      out.warning(
          "source-points",
          at + "/sourcePoints",
          Texts.criterion(c)
              + ": the source prints "
              + printed
              + " as its points, but it is scored out of maxPoints "
              + num(max),
          "make sure maxPoints is the intended reading and explain it in the description");
    }
  }
}
