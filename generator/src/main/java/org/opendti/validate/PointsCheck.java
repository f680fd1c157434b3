package org.opendti.validate;

import java.math.BigDecimal;
import java.util.List;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Named;
import org.opendti.diagnostic.Text;
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
          Code.TOTAL_POINTS_MISMATCH, "/totalPoints", f.totalPoints(), base, withBonus(f, base));
    }
    List<PrioritySector> sectors = f.aggregation().prioritySectors();
    for (int s = 0; s < sectors.size(); s++) {
      sector(sectors.get(s), "/aggregation/prioritySectors/" + s, out);
    }
    tree.criteria().forEach(c -> criterion(c.criterion(), c.pointer(), out));
  }

  private static Object withBonus(Framework f, BigDecimal base) {
    BigDecimal bonus =
        f.pillars().stream().map(Group::bonusPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (bonus.signum() == 0) {
      return "";
    }
    BigDecimal all = base.add(bonus);
    return all.compareTo(f.totalPoints()) == 0
        ? Text.of("phrase.total-includes-bonus", bonus, all)
        : Text.of("phrase.with-bonus", all);
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
    Text what = Texts.group(g, at.pillar());
    if (bonus.signum() > 0 && g.declaredPoints().compareTo(base.add(bonus)) == 0) {
      out.warning(
          Code.GROUP_POINTS_INCLUDE_BONUS,
          at.pointer() + "/points",
          what,
          g.declaredPoints(),
          base,
          bonus);
      return;
    }
    out.warning(
        Code.GROUP_POINTS_MISMATCH,
        at.pointer() + "/points",
        what,
        g.declaredPoints(),
        base,
        bonus.signum() > 0 ? Text.of("phrase.with-bonus", base.add(bonus)) : "");
  }

  private static void sector(PrioritySector s, String at, Findings out) {
    BigDecimal sum =
        s.criteria().stream()
            .filter(c -> !c.bonus())
            .map(Criterion::maxPoints)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (s.points() != null && s.points().compareTo(sum) != 0) {
      out.warning(
          Code.SECTOR_POINTS_MISMATCH,
          at + "/points",
          s.id(),
          new Named(s.name(), s.nameEn()),
          s.points(),
          sum);
    }
  }

  private static void criterion(Criterion c, String at, Findings out) {
    BigDecimal max = c.maxPoints();
    if (max != null && max.signum() < 0) {
      out.error(Code.NEGATIVE_MAX_POINTS, at + "/maxPoints", Texts.criterion(c), max);
    } else if (max != null && max.signum() == 0 && c.sourcePoints() == null) {
      out.error(Code.ZERO_MAX_POINTS, at + "/maxPoints", Texts.criterion(c));
    }
    if (c.sourcePoints() != null) {
      Object printed =
          c.sourcePoints().isEmpty()
              ? Text.of("phrase.blank-cell")
              : "\"" + c.sourcePoints() + "\"";
      out.warning(
          Code.SOURCE_POINTS, at + "/sourcePoints", Texts.criterion(c), printed, Texts.num(max));
    }
  }
}
