package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.criterion;
import static org.opendti.validate.TestData.framework;
import static org.opendti.validate.TestData.group;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;

/** Declared totals, source points, ids and numbering; seed quirks of {@code 000_…}. */
class FrameworkCheckerTest {

  private static final String FILE = "criteria/fw.json";

  static List<Diagnostic> check(Framework f) {
    return new FrameworkChecker(TestData.registry()).check(f, FILE, SourceIndex.empty());
  }

  /**
   * {@code 000_…} pillar II "Nhân lực chuyển đổi số": declares 7, items 1, 2, 3, 5 of 1 point, item
   * 6 with a blank points cell, one bonus item of 1 point.
   */
  static Group seedPillarII() {
    return group(
        "II",
        "7",
        criterion("II.1").build(),
        criterion("II.2").build(),
        criterion("II.3").build(),
        criterion("II.5").build(),
        criterion("II.6").max("0").sourcePoints("").build(),
        criterion("II.T1").bonus().build());
  }

  @Test
  void seed000PillarIIDeclaresSevenForFourPoints() {
    List<Diagnostic> found = check(framework(seedPillarII()).build());

    Diagnostic d =
        assertFinding(
            found,
            "group-points-mismatch",
            Severity.WARNING,
            "/pillars/0/points",
            "declares 7",
            "sum to 4");
    assertThat(d.message(Lang.EN)).contains("5 with the bonus items").contains("pillar II");
  }

  @Test
  void seed000PillarIISkipsItemFour() {
    List<Diagnostic> found = check(framework(seedPillarII()).build());

    assertFinding(
        found,
        "numbering-gap",
        Severity.WARNING,
        "/pillars/0/criteria/3/id",
        "II.3 (3)",
        "II.5 (5)",
        "number 4 is missing");
  }

  @Test
  void seed000PillarIIItemSixHasBlankPoints() {
    List<Diagnostic> found = check(framework(seedPillarII()).build());

    assertFinding(
        found,
        "source-points",
        Severity.WARNING,
        "/pillars/0/criteria/4/sourcePoints",
        "II.6",
        "blank cell (\"\")",
        "maxPoints 0");
    assertThat(found).noneMatch(x -> x.code().id().equals("zero-max-points"));
    assertThat(found).noneMatch(x -> x.severity() == Severity.ERROR);
  }

  @Test
  void sourcePointsThatDifferShowBothValues() {
    Criterion c = criterion("1").max("2").sourcePoints("1,5").build();

    assertFinding(
        check(framework(group("I", "2", c)).build()),
        "source-points",
        Severity.WARNING,
        "/pillars/0/criteria/0/sourcePoints",
        "\"1,5\"",
        "maxPoints 2");
  }

  /** {@code 000_…} pillar I: 1.2 declares 7 = six items + one bonus; the pillar 12 = 11 + 1. */
  @Test
  void seed000DeclaredTotalsIncludeBonusItems() {
    Group g11 = group("I.1", "5", items("I.1.", 5).toArray(Criterion[]::new));
    List<Criterion> c12 = new java.util.ArrayList<>(items("I.2.", 6));
    c12.add(criterion("I.2.T1").bonus().build());
    Group g12 = group("I.2", "7", List.of(), c12);
    Group pillar = group("I", "12", List.of(g11, g12), List.of());

    List<Diagnostic> found = check(framework(pillar).build());

    List<Diagnostic> bonus =
        found.stream().filter(d -> d.code().id().equals("group-points-include-bonus")).toList();
    assertThat(bonus)
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder("/pillars/0/points", "/pillars/0/groups/1/points");
    Diagnostic group12 =
        bonus.stream()
            .filter(d -> d.pointer().equals("/pillars/0/groups/1/points"))
            .findFirst()
            .orElseThrow();
    assertThat(group12.severity()).isEqualTo(Severity.WARNING);
    assertThat(group12.message(Lang.EN)).contains("declares 7", "(6)", "bonus items (1)");
    assertThat(found).noneMatch(d -> d.code().id().equals("group-points-mismatch"));
  }

  /** {@code 000_…} "* ĐIỂM THƯỞNG" blocks declare exactly their bonus items: nothing to report. */
  @Test
  void bonusBlockDeclaringItsOwnItemsIsQuiet() {
    Group block =
        group(
            "III.B",
            "2",
            List.of(),
            List.of(criterion("III.B.1").bonus().build(), criterion("III.B.2").bonus().build()));
    Group pillar = group("III", "3", List.of(block), items("III.", 1));

    List<Diagnostic> found = check(framework(pillar).build());

    assertThat(found).noneMatch(d -> d.pointer().equals("/pillars/0/groups/0/points"));
    assertThat(found)
        .filteredOn(d -> d.code().id().equals("group-points-include-bonus"))
        .extracting(Diagnostic::pointer)
        .containsExactly("/pillars/0/points");
  }

  @Test
  void declaredGroupPointsEqualToTheCriteriaAreQuiet() {
    assertThat(check(framework(group("I", "3", items("I.", 3).toArray(Criterion[]::new))).build()))
        .isEmpty();
  }

  @Test
  void totalPointsAgainstThePillars() {
    Framework f =
        framework(group("I", null, items("I.", 3).toArray(Criterion[]::new))).total("5").build();

    assertFinding(
        check(f), "total-points-mismatch", Severity.WARNING, "/totalPoints", "5", "sum to 3");
  }

  /** {@code 000_…} totals 63 points including bonus items. */
  @Test
  void totalPointsThatIncludeTheBonusItems() {
    Framework f =
        framework(
                group(
                    "I",
                    null,
                    criterion("I.1").max("2").build(),
                    criterion("I.T1").bonus().build()))
            .total("3")
            .build();

    assertFinding(
        check(f),
        "total-points-mismatch",
        Severity.WARNING,
        "/totalPoints",
        "totalPoints 3",
        "sum to 2",
        "declared total includes the bonus items");
  }

  @Test
  void prioritySectorPointsAgainstItsCriteria() {
    Framework f =
        framework(group("I", null, criterion("I.1").build()))
            .sector("nong-nghiep", "10", group("S1", null, criterion("S1.1").max("4").build()))
            .build();

    assertFinding(
        check(f),
        "sector-points-mismatch",
        Severity.WARNING,
        "/aggregation/prioritySectors/0/points",
        "declares 10",
        "sum to 4");
  }

  @Test
  void zeroMaxPointsNeedsSourcePoints() {
    Framework f = framework(group("I", null, criterion("I.1").max("0").build())).total("0").build();

    assertFinding(
        check(f),
        "zero-max-points",
        Severity.ERROR,
        "/pillars/0/criteria/0/maxPoints",
        "maxPoints 0");
  }

  @Test
  void negativeMaxPoints() {
    Framework f = framework(group("I", null, criterion("I.1").max("-1").build())).build();

    assertFinding(
        check(f), "negative-max-points", Severity.ERROR, "/pillars/0/criteria/0/maxPoints", "-1");
  }

  @Test
  void duplicateCriterionIdAcrossBaseAndSector() {
    Framework f =
        framework(group("I", null, criterion("1.1").build()))
            .sector("y-te", "1", group("S", null, criterion("1.1").build()))
            .build();

    assertFinding(
        check(f),
        "duplicate-criterion-id",
        Severity.ERROR,
        "/aggregation/prioritySectors/0/groups/0/criteria/0/id",
        "1.1",
        "/pillars/0/criteria/0");
  }

  @Test
  void duplicateGroupId() {
    Framework f =
        framework(
                group("I", null, criterion("1").build()), group("I", null, criterion("2").build()))
            .build();

    assertFinding(check(f), "duplicate-group-id", Severity.ERROR, "/pillars/1/id", "group id I");
  }

  @Test
  void numberingDuplicateAndLateStart() {
    Framework f =
        framework(
                group("I", null, criterion("I.2").build(), criterion("I.3").build()),
                group("II", null, criterion("II.1").build(), criterion("II.x.1").build()))
            .build();

    List<Diagnostic> found = check(f);

    assertFinding(
        found,
        "numbering-gap",
        Severity.WARNING,
        "/pillars/0/criteria/0/id",
        "starts at I.2 (2)",
        "not at 1");
    assertFinding(
        found,
        "numbering-duplicate",
        Severity.WARNING,
        "/pillars/1/criteria/1/id",
        "number 1",
        "II.x.1");
  }

  @Test
  void bonusItemsAreNumberedApart() {
    Framework f =
        framework(
                group(
                    "I",
                    null,
                    criterion("I.1").build(),
                    criterion("I.2").build(),
                    criterion("I.T.1").bonus().build()))
            .build();

    assertThat(check(f)).isEmpty();
  }

  @Test
  void diagnosticsCarryTheLineAndColumnOfThePointer() {
    SourceIndex index =
        new SourceIndex(
            Map.of(
                FILE,
                Map.of("", new SourceLocation(1, 1), "/totalPoints", new SourceLocation(9, 18))));
    Framework f = framework(group("I", null, criterion("I.1").build())).total("2").build();

    List<Diagnostic> found = new FrameworkChecker(TestData.registry()).check(f, FILE, index);

    Diagnostic d = TestData.only(found, "total-points-mismatch");
    assertThat(d.line()).isEqualTo(9);
    assertThat(d.column()).isEqualTo(18);
    assertThat(d.file()).isEqualTo(FILE);
    assertThat(d.format(Lang.EN))
        .startsWith("criteria/fw.json:9:18: warning [total-points-mismatch]");
  }

  private static List<Criterion> items(String prefix, int count) {
    return java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> criterion(prefix + i).build())
        .toList();
  }
}
