package org.opendti.pullrequest;

import java.util.HashMap;
import java.util.Map;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.load.Dataset;
import org.opendti.model.Framework;
import org.opendti.model.RankingGroup;
import org.opendti.model.Unit;

/**
 * The names the report writes for the ids it compares, so that an official reads "Các xã trong từng
 * huyện — Huyện Mẫu An" and "Xã Mẫu An 2", not "by-district mau-huyen-1" and "mau-huyen-1-xa-2".
 * Taken from the head, then the base (a unit or framework the pull request removes); an id without
 * a name is written as it is. Names come from {@code units/} and {@code criteria/}, maintainers'
 * files, and every cell is escaped as any other.
 *
 * @param units by id
 * @param groups by framework id, a line feed, and group id
 */
public record ReportNames(Map<String, Unit> units, Map<String, RankingGroup> groups) {

  /** No names: every id is written as it is. */
  public static final ReportNames NONE = new ReportNames(Map.of(), Map.of());

  public ReportNames {
    units = Map.copyOf(units);
    groups = Map.copyOf(groups);
  }

  static ReportNames of(Dataset head, Dataset base) {
    Map<String, Unit> units = new HashMap<>();
    Map<String, RankingGroup> groups = new HashMap<>();
    for (Dataset d : new Dataset[] {base, head}) {
      d.registry().units().forEach(u -> units.put(u.id(), u));
      for (Framework f : d.frameworks()) {
        f.rankingGroups().forEach(g -> groups.put(f.id() + "\n" + g.id(), g));
      }
    }
    return new ReportNames(units, groups);
  }

  /** The unit's name in {@code lang} (Vietnamese where it has no English), else its id. */
  public String unit(String id, Lang lang) {
    Unit u = units.get(id);
    return u == null ? id : lang.pick(u.name(), u.nameEn());
  }

  /** A ranking table: its group's name and, for a table per parent, the parent's name. */
  public String table(String framework, String group, String partition, Lang lang) {
    RankingGroup g = groups.get(framework + "\n" + group);
    String name =
        g == null
            ? group
            : g.reference()
                ? Text.of("report.referenceTable", lang.pick(g.name(), g.nameEn())).in(lang)
                : lang.pick(g.name(), g.nameEn());
    return partition == null ? name : name + " — " + unit(partition, lang);
  }
}
