package org.opendti.validate;

import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.criterion;
import static org.opendti.validate.TestData.framework;
import static org.opendti.validate.TestData.group;
import static org.opendti.validate.TestData.period;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.model.RankingGroup;

/** Level, periods, ranking groups and classification of a framework. */
class SettingsCheckTest {

  private static TestData.FrameworkBuilder base() {
    return framework(group("I", null, criterion("I.1").build()));
  }

  @Test
  void unknownLevel() {
    assertFinding(
        FrameworkCheckerTest.check(base().level("so").build()),
        "unknown-level",
        Severity.ERROR,
        "/level",
        "level so",
        "huyen, tinh, xa");
  }

  @Test
  void periodProblems() {
    List<Diagnostic> found =
        FrameworkCheckerTest.check(
            base()
                .periods(
                    period("2023", "2022-11-15", "2023-11-14", "2023-11-25"),
                    period("2024", "2023-11-01", "2024-11-14", "2024-11-25"),
                    period("2023", "2025-11-15", "2025-11-14", "2024-01-01"))
                .build());

    assertFinding(
        found, "period-overlap", Severity.WARNING, "/periods/1", "2023-11-01", "2023-11-14");
    assertFinding(found, "duplicate-period-id", Severity.ERROR, "/periods/2/id", "2023");
    assertFinding(
        found,
        "period-start-after-end",
        Severity.ERROR,
        "/periods/2/end",
        "2025-11-15",
        "2025-11-14");
    assertFinding(
        found,
        "period-deadline-before-start",
        Severity.ERROR,
        "/periods/2/deadline",
        "2024-01-01",
        "2025-11-15");
  }

  @Test
  void rankingGroups() {
    List<Diagnostic> found =
        FrameworkCheckerTest.check(
            base()
                .ranking(
                    new RankingGroup("all", "Toàn tỉnh", null, "all"),
                    new RankingGroup("by-district", "Trong huyện", null, "huyen"),
                    new RankingGroup("all", "Lặp", null, "parent"),
                    new RankingGroup("by-x", "Sai", null, "quan"))
                .build());

    assertFinding(found, "duplicate-ranking-group", Severity.ERROR, "/rankingGroups/2/id", "all");
    assertFinding(
        found, "unknown-ranking-by", Severity.ERROR, "/rankingGroups/3/by", "\"quan\"", "huyen");
  }

  @Test
  void classification() {
    List<Diagnostic> found =
        FrameworkCheckerTest.check(
            base()
                .classification("tot", "0.8")
                .classification("kha", "0.85")
                .classification("yeu", "1.5")
                .build());

    assertFinding(
        found,
        "classification-order",
        Severity.ERROR,
        "/aggregation/classification/1/minShare",
        "0.85",
        "0.8");
    assertFinding(
        found,
        "classification-share-out-of-range",
        Severity.ERROR,
        "/aggregation/classification/2/minShare",
        "1.5",
        "0..1");
  }
}
