package org.opendti.validate;

import java.util.ArrayList;
import java.util.List;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.PrioritySector;

/**
 * Every group and criterion of a framework with its JSON pointer in {@code criteria/<id>.json}
 * (layout of {@code docs/formats.md}), base pillars first, then priority sectors.
 */
final class FrameworkTree {

  /** A group and where it is; {@code pillar} for a top-level group. */
  record GroupAt(Group group, String pointer, boolean pillar, String sector) {}

  /** A criterion and where it is; {@code sector} is the priority sector id, or null for base. */
  record CriterionAt(Criterion criterion, String pointer, String sector) {}

  private final List<GroupAt> groups = new ArrayList<>();
  private final List<CriterionAt> criteria = new ArrayList<>();

  FrameworkTree(Framework f) {
    for (int i = 0; i < f.pillars().size(); i++) {
      walk(f.pillars().get(i), "/pillars/" + i, true, null);
    }
    List<PrioritySector> sectors = f.aggregation().prioritySectors();
    for (int s = 0; s < sectors.size(); s++) {
      List<Group> sg = sectors.get(s).groups();
      for (int i = 0; i < sg.size(); i++) {
        walk(
            sg.get(i),
            "/aggregation/prioritySectors/" + s + "/groups/" + i,
            false,
            sectors.get(s).id());
      }
    }
  }

  private void walk(Group g, String at, boolean pillar, String sector) {
    groups.add(new GroupAt(g, at, pillar, sector));
    for (int k = 0; k < g.criteria().size(); k++) {
      criteria.add(new CriterionAt(g.criteria().get(k), at + "/criteria/" + k, sector));
    }
    for (int k = 0; k < g.groups().size(); k++) {
      walk(g.groups().get(k), at + "/groups/" + k, false, sector);
    }
  }

  List<GroupAt> groups() {
    return List.copyOf(groups);
  }

  List<CriterionAt> criteria() {
    return List.copyOf(criteria);
  }
}
