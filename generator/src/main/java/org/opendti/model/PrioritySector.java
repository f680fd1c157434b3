package org.opendti.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A priority sector (lĩnh vực ưu tiên, {@code 004_…} Phụ lục 2) with its own criteria; its points E
 * out of F enter X = (D + E) × B / (B + F).
 *
 * @param points F, the sector's maximum as declared
 */
public record PrioritySector(
    String id, String name, String nameEn, BigDecimal points, List<Group> groups) {

  public PrioritySector {
    groups = List.copyOf(groups);
  }

  public List<Criterion> criteria() {
    return groups.stream().flatMap(Group::allCriteria).toList();
  }
}
