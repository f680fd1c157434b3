package org.opendti.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.dec;
import static org.opendti.score.TestData.unit;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Framework;
import org.opendti.model.RankingGroup;
import org.opendti.model.UnitRegistry;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

/** {@code 004_…} Điều 6: rankings per level, communes within each district; ties share a rank. */
class RankerTest {

  private static final RankingGroup ALL = TestData.all();
  private static final RankingGroup BY_PARENT =
      new RankingGroup("trong-huyen", "Trong từng huyện", null, RankingGroup.PARENT);
  private static final RankingGroup BY_PROVINCE =
      new RankingGroup("trong-tinh", "Trong từng tỉnh", null, "tinh");

  private static final UnitRegistry REGISTRY =
      TestData.registry(
          unit("gia-lai", "Tỉnh Gia Lai", "tinh", null),
          unit("kon-tum", "Tỉnh Kon Tum", "tinh", null),
          unit("h-ia-grai", "Huyện Ia Grai", "huyen", "gia-lai"),
          unit("h-chu-pah", "Huyện Chư Păh", "huyen", "gia-lai"),
          unit("h-dak-ha", "Huyện Đăk Hà", "huyen", "kon-tum"),
          unit("xa-dong", "Xã Đông", "xa", "h-ia-grai"),
          unit("xa-duong", "Xã Dương", "xa", "h-ia-grai"),
          // Decomposed (NFD) as in seed 001_…: must still sort as "Xã Ân".
          unit("xa-an", Normalizer.normalize("Xã Ân", Normalizer.Form.NFD), "xa", "h-ia-grai"),
          unit("xa-em", "Xã Em", "xa", "h-ia-grai"),
          unit("xa-ba", "Xã Ba", "xa", "h-chu-pah"),
          unit("xa-ho", "Xã Hồ", "xa", "h-dak-ha"),
          unit("xa-le", "Xã Lẻ", "xa", null));

  private static Framework fw(String id, RankingGroup... groups) {
    return TestData.framework(
        id,
        "100",
        Aggregation.DEFAULT,
        List.of(groups),
        TestData.pillar("I", TestData.assessed("1", "100")));
  }

  private static UnitScore score(String framework, String period, String unit, String total) {
    return new UnitScore(
        unit,
        framework,
        period,
        null,
        List.of(),
        List.of(),
        dec(total),
        dec("100"),
        dec(total),
        null,
        null,
        null,
        dec("0"),
        dec(total),
        null,
        false);
  }

  private static List<Ranking> rank(Framework f, UnitScore... scores) {
    return new Ranker()
        .rank(new Dataset(REGISTRY, List.of(f), List.of(), List.of()), List.of(scores));
  }

  private static List<String> lines(Ranking r) {
    return r.entries().stream().map(e -> e.rank() + " " + e.unitId()).toList();
  }

  /** The same score of a fictional sample unit ({@code UnitScore.sample}). */
  private static UnitScore sample(UnitScore s) {
    return new UnitScore(
        s.unitId(),
        s.frameworkId(),
        s.periodId(),
        null,
        List.of(),
        List.of(),
        s.total(),
        dec("100"),
        s.total(),
        null,
        null,
        null,
        dec("0"),
        s.total(),
        null,
        true);
  }

  @Test
  void sampleUnitsAreNeverRankedWithRealOnes() {
    List<Ranking> tables =
        rank(
            fw("f", ALL, BY_PARENT),
            score("f", "2023", "xa-dong", "80"),
            sample(score("f", "2023", "xa-duong", "95")),
            score("f", "2023", "xa-em", "70"),
            score("f", "2023", "xa-ba", "60"));
    assertThat(tables)
        .extracting(t -> t.group().id() + " " + t.partitionUnitId() + ": " + lines(t))
        .containsExactly(
            "all null: [1 xa-dong, 2 xa-em, 3 xa-ba]",
            "trong-huyen h-chu-pah: [1 xa-ba]",
            "trong-huyen h-ia-grai: [1 xa-dong, 2 xa-em]",
            "all-sample null: [1 xa-duong]",
            "trong-huyen-sample h-ia-grai: [1 xa-duong]");
    assertThat(tables.get(3).group().name()).isEqualTo(ALL.name() + " — dữ liệu mẫu");
    assertThat(tables.get(3).group().by()).isEqualTo(ALL.by());
    // Only sample units, or only real ones: the framework's own groups, as always.
    assertThat(rank(fw("f", ALL), sample(score("f", "2023", "xa-dong", "80"))).get(0).group())
        .isEqualTo(ALL);
  }

  @Test
  void seed004_equalTotalsShareRank_1_2_2_4_tiesInVietnameseOrder() {
    List<Ranking> tables =
        rank(
            fw("f", ALL),
            score("f", "2023", "xa-an", "70"),
            score("f", "2023", "xa-dong", "80"),
            score("f", "2023", "xa-em", "90"),
            score("f", "2023", "xa-duong", "80"));
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).partitionUnitId()).isNull();
    // "Xã Đông" after "Xã Dương": Đ is its own letter after D.
    assertThat(lines(tables.get(0)))
        .containsExactly("1 xa-em", "2 xa-duong", "2 xa-dong", "4 xa-an");
  }

  @Test
  void tiesSortByVietnameseCollationNotCodePoints() {
    // Code points would give Ba, Dương, Em, Ân, Đông.
    List<Ranking> tables =
        rank(
            fw("f", ALL),
            score("f", "2023", "xa-em", "50"),
            score("f", "2023", "xa-dong", "50"),
            score("f", "2023", "xa-ba", "50"),
            score("f", "2023", "xa-an", "50"),
            score("f", "2023", "xa-duong", "50"));
    assertThat(lines(tables.get(0)))
        .containsExactly("1 xa-an", "1 xa-ba", "1 xa-duong", "1 xa-dong", "1 xa-em");
  }

  @Test
  void totalsAreComparedAtTwoDecimals() {
    List<Ranking> tables =
        rank(
            fw("f", ALL),
            score("f", "2023", "xa-em", "80.004"),
            score("f", "2023", "xa-ba", "80.001"),
            score("f", "2023", "xa-an", "80.01"));
    assertThat(lines(tables.get(0))).containsExactly("1 xa-an", "2 xa-ba", "2 xa-em");
    assertThat(tables.get(0).entries().get(1).total()).isEqualTo(dec("80.00"));
  }

  @Test
  void seed004_communesRankedWithinEachDistrict_orphansLast() {
    List<Ranking> tables =
        rank(
            fw("f", BY_PARENT),
            score("f", "2023", "xa-dong", "60"),
            score("f", "2023", "xa-le", "99"),
            score("f", "2023", "xa-ba", "40"),
            score("f", "2023", "xa-em", "70"));
    // Huyện Chư Păh before Huyện Ia Grai; the commune without a district last.
    assertThat(tables)
        .extracting(Ranking::partitionUnitId)
        .containsExactly("h-chu-pah", "h-ia-grai", null);
    assertThat(lines(tables.get(0))).containsExactly("1 xa-ba");
    assertThat(lines(tables.get(1))).containsExactly("1 xa-em", "2 xa-dong");
    assertThat(lines(tables.get(2))).containsExactly("1 xa-le");
  }

  @Test
  void partitionByAncestorLevel() {
    List<Ranking> tables =
        rank(
            fw("f", BY_PROVINCE),
            score("f", "2023", "xa-ho", "10"),
            score("f", "2023", "xa-ba", "40"),
            score("f", "2023", "xa-le", "50"),
            score("f", "2023", "xa-dong", "60"));
    assertThat(tables)
        .extracting(Ranking::partitionUnitId)
        .containsExactly("gia-lai", "kon-tum", null);
    assertThat(lines(tables.get(0))).containsExactly("1 xa-dong", "2 xa-ba");
    assertThat(lines(tables.get(1))).containsExactly("1 xa-ho");
    assertThat(tables.get(0).group()).isEqualTo(BY_PROVINCE);
  }

  @Test
  void tablesOrderedByFrameworkPeriodAndGroupOrder() {
    Framework a = fw("a-fw", BY_PARENT, ALL);
    Framework b = fw("b-fw", ALL);
    List<Ranking> tables =
        new Ranker()
            .rank(
                new Dataset(REGISTRY, List.of(b, a), List.of(), List.of()),
                List.of(
                    score("b-fw", "2023", "xa-ba", "1"),
                    score("a-fw", "2024", "xa-ba", "1"),
                    score("a-fw", "2023", "xa-ba", "1"),
                    score("a-fw", "2023", "xa-em", "2")));
    assertThat(tables)
        .extracting(
            t ->
                t.frameworkId()
                    + " "
                    + t.periodId()
                    + " "
                    + t.group().id()
                    + " "
                    + t.partitionUnitId())
        .containsExactly(
            "a-fw 2023 trong-huyen h-chu-pah",
            "a-fw 2023 trong-huyen h-ia-grai",
            "a-fw 2023 all null",
            "a-fw 2024 trong-huyen h-chu-pah",
            "a-fw 2024 all null",
            "b-fw 2023 all null");
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    Framework f = fw("f", BY_PARENT, ALL);
    List<UnitScore> scores =
        List.of(
            score("f", "2023", "xa-dong", "60"),
            score("f", "2023", "xa-duong", "60"),
            score("f", "2023", "xa-ba", "40"),
            score("f", "2023", "xa-le", "40"));
    List<UnitScore> reversed = new java.util.ArrayList<>(scores);
    java.util.Collections.reverse(reversed);
    Dataset data = new Dataset(REGISTRY, List.of(f), List.of(), List.of());
    assertThat(new Ranker().rank(data, reversed)).isEqualTo(new Ranker().rank(data, scores));
  }
}
