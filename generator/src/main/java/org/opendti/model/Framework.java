package org.opendti.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A criteria framework (bộ chỉ số / bộ tiêu chí) for one level of unit, as issued by decision.
 *
 * <p>Example: Gia Lai's 209/QĐ-UBND of 05/05/2023 has one framework per level (seed {@code 004_…}).
 *
 * @param id stable ASCII id, also the file name under {@code criteria/}
 * @param description Markdown about the framework and how it was encoded, in Vietnamese
 * @param descriptionEn the same in English, or null: the English pages then show {@code
 *     description}
 * @param level the unit level it applies to, an id from the {@link UnitRegistry}
 * @param totalPoints the framework's maximum B (điểm tối đa) without bonus points
 * @param pillars top-level groups (chỉ số chính); each may nest groups and criteria
 * @param measurement how the data of criteria that state none are measured; null: not stated
 * @param appliesTo the unit whose territory the framework covers (its units of {@code level} are
 *     the ones it assesses: "UBND các xã, phường, thị trấn của tỉnh Gia Lai", seed {@code 004_…}),
 *     an id from the {@link UnitRegistry}; null: the framework states no territory
 */
public record Framework(
    String id,
    String title,
    String titleEn,
    String description,
    String descriptionEn,
    Source source,
    String level,
    List<Period> periods,
    BigDecimal totalPoints,
    List<Group> pillars,
    List<ProfileField> profileFields,
    Aggregation aggregation,
    List<RankingGroup> rankingGroups,
    Measurement measurement,
    String appliesTo) {

  public Framework {
    periods = List.copyOf(periods);
    pillars = List.copyOf(pillars);
    profileFields = List.copyOf(profileFields);
    rankingGroups = List.copyOf(rankingGroups);
  }

  /** A framework that states no default measurement. */
  public Framework(
      String id,
      String title,
      String titleEn,
      String description,
      String descriptionEn,
      Source source,
      String level,
      List<Period> periods,
      BigDecimal totalPoints,
      List<Group> pillars,
      List<ProfileField> profileFields,
      Aggregation aggregation,
      List<RankingGroup> rankingGroups) {
    this(
        id,
        title,
        titleEn,
        description,
        descriptionEn,
        source,
        level,
        periods,
        totalPoints,
        pillars,
        profileFields,
        aggregation,
        rankingGroups,
        null,
        null);
  }

  /**
   * Whether the framework may assess {@code u}: a unit of its level within {@link #appliesTo} (that
   * unit or under it in the registry), or any unit of its level when it states no territory. Sample
   * units ({@code "sample": true}, the site's demonstration data) may use any framework of their
   * level: they are marked as samples on every page and never ranked with real units ({@code
   * Ranker}), so a framework can be shown with them before its own units submit.
   */
  public boolean covers(Unit u, UnitRegistry registry) {
    if (!u.level().equals(level)) {
      return false;
    }
    if (appliesTo == null || u.sample() || u.id().equals(appliesTo)) {
      return true;
    }
    return registry.ancestors(u.id()).stream().anyMatch(a -> a.id().equals(appliesTo));
  }

  /** How the criterion's data are measured: its own statement, else the framework's default. */
  public Optional<Measurement> measurementOf(Criterion c) {
    return Optional.ofNullable(c.measurement() != null ? c.measurement() : measurement);
  }

  /** Every base criterion (pillars only, no priority-sector criteria), in document order. */
  public List<Criterion> criteria() {
    List<Criterion> all = new ArrayList<>();
    pillars.forEach(p -> p.collectCriteria(all));
    return List.copyOf(all);
  }

  /** Base criteria followed by every priority sector's criteria, in document order. */
  public List<Criterion> allCriteria() {
    List<Criterion> all = new ArrayList<>(criteria());
    aggregation.prioritySectors().forEach(s -> s.groups().forEach(g -> g.collectCriteria(all)));
    return List.copyOf(all);
  }

  /**
   * Whether a submission's points depend on when it arrived: a criterion scored by lateness without
   * a date input counts the submission's arrival time ({@link Method.Lateness}, seed {@code
   * 002_53ee7987cf0e1a51.txt} criteria 1 and 2). No other method reads it.
   */
  public boolean readsArrival() {
    return allCriteria().stream()
        .anyMatch(c -> c.method() instanceof Method.Lateness l && l.input() == null);
  }

  /** Finds a criterion (base or priority-sector) by id. */
  public Optional<Criterion> criterion(String criterionId) {
    // A walk without copying: this is called once per answer, so 20,000 submissions call it a
    // million times.
    for (Group p : pillars) {
      Criterion c = p.find(criterionId);
      if (c != null) {
        return Optional.of(c);
      }
    }
    for (PrioritySector s : aggregation.prioritySectors()) {
      for (Group g : s.groups()) {
        Criterion c = g.find(criterionId);
        if (c != null) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  public Optional<Period> period(String periodId) {
    return periods.stream().filter(p -> p.id().equals(periodId)).findFirst();
  }

  /**
   * The same framework with only the criteria {@code keep} accepts (base and priority-sector), each
   * passed through {@code change}; groups, pillars and sectors keep their ids, even when empty. For
   * scoring a few criteria alone, e.g. the other reading of a cohort criterion.
   */
  public Framework restrictedTo(
      java.util.function.Predicate<Criterion> keep,
      java.util.function.UnaryOperator<Criterion> change) {
    List<Group> kept = pillars.stream().map(p -> p.restrictedTo(keep, change)).toList();
    List<PrioritySector> sectors =
        aggregation.prioritySectors().stream()
            .map(
                s ->
                    new PrioritySector(
                        s.id(),
                        s.name(),
                        s.nameEn(),
                        s.points(),
                        s.groups().stream().map(g -> g.restrictedTo(keep, change)).toList()))
            .toList();
    return new Framework(
        id,
        title,
        titleEn,
        description,
        descriptionEn,
        source,
        level,
        periods,
        totalPoints,
        kept,
        profileFields,
        new Aggregation(
            aggregation.rescaleNotApplicable(),
            aggregation.bonus(),
            sectors,
            aggregation.classification()),
        rankingGroups,
        measurement,
        appliesTo);
  }

  /** The top-level pillar that contains the criterion, if it is a base criterion. */
  public Optional<Group> pillarOf(String criterionId) {
    return pillars.stream()
        .filter(p -> p.allCriteria().anyMatch(c -> c.id().equals(criterionId)))
        .findFirst();
  }

  Stream<Group> allGroups() {
    return pillars.stream().flatMap(Group::selfAndDescendants);
  }
}
