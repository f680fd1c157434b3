package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendti.model.Classification;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.RankingGroup;
import org.opendti.model.UnitRegistry;

/**
 * The framework's level, reporting periods (kỳ hạn số liệu: 15/11 to 14/11, deadline 25/11, {@code
 * 004_…}), ranking groups ({@code 004_…} Điều 6) and classification bands.
 */
final class SettingsCheck {

  private SettingsCheck() {}

  static void check(Framework f, UnitRegistry registry, Findings out) {
    if (registry.level(f.level()).isEmpty()) {
      out.error(
          "unknown-level",
          "/level",
          "level " + f.level() + " is not in the unit registry (levels: " + levels(registry) + ")",
          "use a level id from units/*.json");
    }
    periods(f.periods(), out);
    ranking(f.rankingGroups(), registry, out);
    classification(f.aggregation().classification(), out);
  }

  private static void periods(List<Period> periods, Findings out) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < periods.size(); i++) {
      Period p = periods.get(i);
      String at = "/periods/" + i;
      if (!ids.add(p.id())) {
        out.error(
            "duplicate-period-id",
            at + "/id",
            "period id " + p.id() + " is used twice",
            "submissions name their period by id");
      }
      if (p.start().isAfter(p.end())) {
        out.error(
            "period-start-after-end",
            at + "/end",
            "period " + p.id() + " starts on " + p.start() + ", after its end " + p.end(),
            "a period runs from start to end, both inclusive");
      }
      if (p.deadline() != null && p.deadline().isBefore(p.start())) {
        out.error(
            "period-deadline-before-start",
            at + "/deadline",
            "period "
                + p.id()
                + " has its deadline "
                + p.deadline()
                + " before its start "
                + p.start(),
            "the deadline is the last day a submission is on time, usually after the end");
      }
      for (int j = 0; j < i; j++) {
        Period q = periods.get(j);
        if (!p.start().isAfter(q.end())
            && !q.start().isAfter(p.end())
            && !p.start().isAfter(p.end())) {
          out.warning(
              "period-overlap",
              at,
              "period "
                  + p.id()
                  + " ("
                  + p.start()
                  + ".."
                  + p.end()
                  + ") overlaps period "
                  + q.id()
                  + " ("
                  + q.start()
                  + ".."
                  + q.end()
                  + ")",
              "reporting periods of one framework should follow each other");
        }
      }
    }
  }

  private static void ranking(List<RankingGroup> groups, UnitRegistry registry, Findings out) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      RankingGroup g = groups.get(i);
      String at = "/rankingGroups/" + i;
      if (!ids.add(g.id())) {
        out.error(
            "duplicate-ranking-group",
            at + "/id",
            "ranking group id " + g.id() + " is used twice",
            null);
      }
      boolean known =
          RankingGroup.ALL.equals(g.by())
              || RankingGroup.PARENT.equals(g.by())
              || registry.level(g.by()).isPresent();
      if (!known) {
        out.error(
            "unknown-ranking-by",
            at + "/by",
            "ranking group "
                + g.id()
                + " is by \""
                + g.by()
                + "\", which is neither all, parent nor"
                + " a level (levels: "
                + levels(registry)
                + ")",
            "use all, parent or a level id");
      }
    }
  }

  private static void classification(List<Classification> bands, Findings out) {
    BigDecimal previous = null;
    for (int i = 0; i < bands.size(); i++) {
      Classification c = bands.get(i);
      String at = "/aggregation/classification/" + i + "/minShare";
      BigDecimal share = c.minShare();
      if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        out.error(
            "classification-share-out-of-range",
            at,
            "classification " + c.id() + " has minShare " + num(share) + ", outside 0..1",
            "write 0.8 for 80% of the maximum");
      } else if (previous != null && share.compareTo(previous) >= 0) {
        out.error(
            "classification-order",
            at,
            "classification "
                + c.id()
                + " has minShare "
                + num(share)
                + ", not below the previous "
                + num(previous),
            "list classifications highest minShare first");
      }
      if (share != null) {
        previous = share;
      }
    }
  }

  private static String levels(UnitRegistry registry) {
    return String.join(", ", registry.levels().stream().map(l -> l.id()).sorted().toList());
  }
}
