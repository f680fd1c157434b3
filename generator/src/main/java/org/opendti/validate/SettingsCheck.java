package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendti.diagnostic.Code;
import org.opendti.model.Classification;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.RankingGroup;
import org.opendti.model.UnitRegistry;

/**
 * The framework's level and territory ({@code appliesTo}: a unit of the registry), reporting
 * periods (kỳ hạn số liệu: 15/11 to 14/11, deadline 25/11, {@code 004_…}), ranking groups ({@code
 * 004_…} Điều 6) and classification bands.
 */
final class SettingsCheck {

  private SettingsCheck() {}

  static void check(Framework f, UnitRegistry registry, Findings out) {
    if (registry.level(f.level()).isEmpty()) {
      out.error(Code.UNKNOWN_LEVEL, "/level", f.level(), levels(registry));
    }
    if (f.appliesTo() != null && registry.unit(f.appliesTo()).isEmpty()) {
      out.error(Code.UNKNOWN_APPLIES_TO, "/appliesTo", f.appliesTo());
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
        out.error(Code.DUPLICATE_PERIOD_ID, at + "/id", p.id());
      }
      if (p.start().isAfter(p.end())) {
        out.error(Code.PERIOD_START_AFTER_END, at + "/end", p.id(), p.start(), p.end());
      }
      if (p.deadline() != null && p.deadline().isBefore(p.start())) {
        out.error(
            Code.PERIOD_DEADLINE_BEFORE_START, at + "/deadline", p.id(), p.deadline(), p.start());
      }
      for (int j = 0; j < i; j++) {
        Period q = periods.get(j);
        if (!p.start().isAfter(q.end())
            && !q.start().isAfter(p.end())
            && !p.start().isAfter(p.end())) {
          out.warning(
              Code.PERIOD_OVERLAP, at, p.id(), p.start(), p.end(), q.id(), q.start(), q.end());
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
        out.error(Code.DUPLICATE_RANKING_GROUP, at + "/id", g.id());
      }
      boolean known =
          RankingGroup.ALL.equals(g.by())
              || RankingGroup.PARENT.equals(g.by())
              || registry.level(g.by()).isPresent();
      if (!known) {
        out.error(Code.UNKNOWN_RANKING_BY, at + "/by", g.id(), g.by(), levels(registry));
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
        out.error(Code.CLASSIFICATION_SHARE_OUT_OF_RANGE, at, c.id(), num(share));
      } else if (previous != null && share.compareTo(previous) >= 0) {
        out.error(Code.CLASSIFICATION_ORDER, at, c.id(), share, previous);
      }
      if (share != null) {
        previous = share;
      }
    }
  }

  private static List<String> levels(UnitRegistry registry) {
    return registry.levels().stream().map(l -> l.id()).sorted().toList();
  }
}
