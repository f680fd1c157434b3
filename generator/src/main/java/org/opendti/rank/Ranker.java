package org.opendti.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.model.Framework;
import org.opendti.model.RankingGroup;
import org.opendti.model.UnitRegistry;
import org.opendti.score.UnitScore;

/**
 * Ranks scored units per framework, period and ranking group ({@code 004_…} Điều 6: departments,
 * districts, and communes within each district). Equal totals (compared at 2 decimals) share a
 * rank: 1, 2, 2, 4. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Ranking> tables = new Ranker().rank(dataset, new Scorer().score(dataset, times));
 * for (Ranking t : tables) {
 *   t.entries().forEach(e -> System.out.println(e.rank() + ". " + e.unitId() + " " + e.total()));
 * }
 * }</pre>
 */
public final class Ranker {

  /** Creates a ranker. */
  public Ranker() {}

  /**
   * One table per framework, period, ranking group and partition. Tables are ordered by framework
   * id, period id, the group's order in the framework and the partition unit's name (Vietnamese
   * collation; units without a partition last). A period with both real and sample units ranks them
   * apart: the framework's groups hold the real units, and each has a sample twin (id {@code
   * <group>-sample}, {@link #sampleGroup}) after them that holds the sample units. Within a table:
   * total descending, then unit name (Vietnamese collation, NFC), then unit id.
   */
  public List<Ranking> rank(Dataset data, List<UnitScore> scores) {
    Names names = new Names(data.registry(), new NameOrder());
    Ancestry ancestry = new Ancestry(data.registry());
    Map<String, Map<String, List<UnitScore>>> byFrameworkPeriod = new TreeMap<>();
    for (UnitScore s : scores) {
      byFrameworkPeriod
          .computeIfAbsent(s.frameworkId(), k -> new TreeMap<>())
          .computeIfAbsent(s.periodId(), k -> new ArrayList<>())
          .add(s);
    }
    List<Ranking> out = new ArrayList<>();
    byFrameworkPeriod.forEach(
        (frameworkId, periods) -> {
          Optional<Framework> framework = data.framework(frameworkId);
          if (framework.isEmpty()) {
            return;
          }
          periods.forEach(
              (periodId, cohort) -> {
                // Sample units are never ranked with real ones: where a period has both, the
                // sample units get tables of their own, in groups of their own after the real ones.
                List<UnitScore> real = new ArrayList<>();
                List<UnitScore> sample = new ArrayList<>();
                for (UnitScore s : cohort) {
                  (isSample(data, s) ? sample : real).add(s);
                }
                boolean mixed = !real.isEmpty() && !sample.isEmpty();
                for (RankingGroup group : framework.get().rankingGroups()) {
                  out.addAll(
                      tables(frameworkId, periodId, group, mixed ? real : cohort, ancestry, names));
                }
                if (mixed) {
                  for (RankingGroup group : framework.get().rankingGroups()) {
                    out.addAll(
                        tables(frameworkId, periodId, sampleGroup(group), sample, ancestry, names));
                  }
                }
              });
        });
    return List.copyOf(out);
  }

  /** Suffix of the id of a sample units' group, in a period that also has real units. */
  public static final String SAMPLE_GROUP = "-sample";

  private static boolean isSample(Dataset data, UnitScore s) {
    return s.sample() || data.registry().unit(s.unitId()).map(u -> u.sample()).orElse(false);
  }

  /** The group of the sample units of {@code group}'s tables, named as sample data. */
  static RankingGroup sampleGroup(RankingGroup group) {
    return new RankingGroup(
        group.id() + SAMPLE_GROUP,
        group.name() + " — dữ liệu mẫu",
        (group.nameEn() == null || group.nameEn().isBlank() ? group.name() : group.nameEn())
            + " — sample data",
        group.by(),
        group.reference());
  }

  private static List<Ranking> tables(
      String frameworkId,
      String periodId,
      RankingGroup group,
      List<UnitScore> cohort,
      Ancestry ancestry,
      Names names) {
    Map<String, List<UnitScore>> partitions = new LinkedHashMap<>();
    List<UnitScore> orphans = new ArrayList<>();
    for (UnitScore s : cohort) {
      String partition = ancestry.partition(group, s.unitId());
      if (partition == null) {
        orphans.add(s);
      } else {
        partitions.computeIfAbsent(partition, k -> new ArrayList<>()).add(s);
      }
    }
    List<String> keys = new ArrayList<>(partitions.keySet());
    keys.sort(names.order());
    List<Ranking> out = new ArrayList<>();
    for (String key : keys) {
      out.add(new Ranking(frameworkId, periodId, group, key, entries(partitions.get(key), names)));
    }
    if (!orphans.isEmpty()) {
      out.add(new Ranking(frameworkId, periodId, group, null, entries(orphans, names)));
    }
    return out;
  }

  /** Best first; equal rounded totals share the rank of the first of them (1, 2, 2, 4). */
  static List<RankEntry> entries(List<UnitScore> scores, Names names) {
    List<UnitScore> sorted = new ArrayList<>(scores);
    sorted.sort(
        Comparator.comparing((UnitScore s) -> shown(s.total()))
            .reversed()
            .thenComparing(UnitScore::unitId, names.order()));
    List<RankEntry> out = new ArrayList<>();
    BigDecimal previous = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal total = shown(sorted.get(i).total());
      if (previous == null || total.compareTo(previous) != 0) {
        rank = i + 1;
      }
      previous = total;
      out.add(new RankEntry(rank, sorted.get(i).unitId(), total));
    }
    return out;
  }

  private static BigDecimal shown(BigDecimal total) {
    return (total == null ? BigDecimal.ZERO : total).setScale(2, RoundingMode.HALF_UP);
  }

  /** Unit names (NFC) in Vietnamese collation, then ids; an unknown unit sorts by its id. */
  static final class Names {
    private final Map<String, String> nameById = new HashMap<>();
    private final NameOrder collator;

    Names(UnitRegistry registry, NameOrder collator) {
      this.collator = collator;
      registry
          .units()
          .forEach(
              u ->
                  nameById.put(
                      u.id(),
                      Normalizer.normalize(
                          u.name() == null ? u.id() : u.name(), Normalizer.Form.NFC)));
    }

    String name(String unitId) {
      return nameById.getOrDefault(unitId, unitId);
    }

    Comparator<String> order() {
      return Comparator.comparing(this::name, collator).thenComparing(Comparator.naturalOrder());
    }
  }
}
