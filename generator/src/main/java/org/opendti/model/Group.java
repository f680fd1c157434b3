package org.opendti.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * A pillar (chỉ số chính) or a sub-group of criteria.
 *
 * @param declaredPoints the points the source prints for this group; null where it prints none.
 *     Never trusted for scoring: the framework checker compares it with the criteria's sum.
 */
public record Group(
    String id,
    String name,
    String nameEn,
    String description,
    BigDecimal declaredPoints,
    List<Group> groups,
    List<Criterion> criteria) {

  public Group {
    groups = List.copyOf(groups);
    criteria = List.copyOf(criteria);
  }

  /** All criteria below this group, depth-first in document order. */
  public Stream<Criterion> allCriteria() {
    return Stream.concat(criteria.stream(), groups.stream().flatMap(Group::allCriteria));
  }

  /** Maximum of the non-bonus criteria below this group. */
  public BigDecimal basePoints() {
    return allCriteria()
        .filter(c -> !c.bonus())
        .map(Criterion::maxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Maximum of the bonus criteria below this group. */
  public BigDecimal bonusPoints() {
    return allCriteria()
        .filter(Criterion::bonus)
        .map(Criterion::maxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** This group with only the criteria {@code keep} accepts, each passed through {@code change}. */
  Group restrictedTo(
      java.util.function.Predicate<Criterion> keep,
      java.util.function.UnaryOperator<Criterion> change) {
    return new Group(
        id,
        name,
        nameEn,
        description,
        declaredPoints,
        groups.stream().map(g -> g.restrictedTo(keep, change)).toList(),
        criteria.stream().filter(keep).map(change).toList());
  }

  Stream<Group> selfAndDescendants() {
    return Stream.concat(Stream.of(this), groups.stream().flatMap(Group::selfAndDescendants));
  }

  /** The criterion with this id below the group (document order, depth first), or null. */
  Criterion find(String criterionId) {
    // Indexed loops: an iterator per call, a million calls per national publish, was 0.6 GB.
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      if (c.id().equals(criterionId)) {
        return c;
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      Criterion c = groups.get(i).find(criterionId);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  void collectCriteria(List<Criterion> into) {
    allCriteria().forEach(into::add);
  }
}
