package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.band;
import static org.opendti.validate.TestData.criterion;
import static org.opendti.validate.TestData.framework;
import static org.opendti.validate.TestData.group;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/** Gaps and overlaps of bands over the input's domain; {@code 000_…} I.1.1 items 1, 4 and 5. */
class BandCheckTest {

  private static final String BANDS = "/pillars/0/criteria/0/method/bands";

  private static List<Diagnostic> check(InputKind kind, Method.Band... bands) {
    return FrameworkCheckerTest.check(
        framework(
                group(
                    "I",
                    null,
                    criterion("I.1")
                        .input("x", kind)
                        .method(new Method.Bands("x", List.of(bands)))
                        .build()))
            .build());
  }

  /** "Đủ 4 lần/năm: max; 2-3 lần/năm: 75%; <1 lần/năm: 0": exactly one time has no score. */
  @Test
  void seed000Item1LeavesOneTimeWithoutScore() {
    List<Diagnostic> found =
        check(InputKind.COUNT, band("4", null, "1"), band("2", "4", "0.75"), band(null, "1", "0"));

    assertFinding(
        found, "band-gap", Severity.WARNING, BANDS + "/1", "from 1 to below 2", "(count 1)");
    assertThat(found).hasSize(1);
  }

  /**
   * "&lt; 0 bài: 0 điểm" where "&lt; 5" is meant: that band never applies and 0–4 score nothing.
   */
  @Test
  void seed000Items4And5LeaveZeroToFourWithoutScore() {
    List<Diagnostic> found =
        check(
            InputKind.COUNT,
            band("12", null, "1"),
            band("8", "12", "0.75"),
            band("5", "8", "0.5"),
            band(null, "0", "0"));

    assertFinding(
        found, "band-gap", Severity.WARNING, BANDS + "/2", "from 0 to below 5", "counts 0 to 4");
    assertFinding(found, "band-unreachable", Severity.WARNING, BANDS + "/3", "[−∞, 0)", "0..∞");
  }

  @Test
  void countBandsMeetOnWholeNumbers() {
    assertThat(
            check(
                InputKind.COUNT,
                band("0", "2", "0"),
                band("2", "3.5", "0.5"),
                band("4", null, "1")))
        .isEmpty();
  }

  @Test
  void numberBandsDoNotMeetBetweenWholeNumbers() {
    assertFinding(
        check(InputKind.NUMBER, band("0", "2", "0"), band("2", "3.5", "0.5"), band("4", null, "1")),
        "band-gap",
        Severity.WARNING,
        BANDS + "/2",
        "from 3.5 to below 4");
  }

  @Test
  void openTopIsAGapForNumbers() {
    assertFinding(
        check(InputKind.MONEY, band("0", "100", "0"), band("100", "500", "0.5")),
        "band-gap",
        Severity.WARNING,
        BANDS,
        "from 500 upwards");
  }

  @Test
  void percentEndsAtAHundredInclusive() {
    assertFinding(
        check(InputKind.PERCENT, band("0", "50", "0"), band("50", "100", "1")),
        "band-gap",
        Severity.WARNING,
        BANDS,
        "the value 100");
    assertThat(check(InputKind.PERCENT, band("0", "50", "0"), band("50", null, "1"))).isEmpty();
  }

  @Test
  void overlappingBands() {
    assertFinding(
        check(InputKind.NUMBER, band("0", "5", "0"), band("3", null, "1")),
        "band-overlap",
        Severity.WARNING,
        BANDS + "/1",
        "bands 1 and 2",
        "from 3 to below 5");
  }

  @Test
  void emptyBandIsAnError() {
    List<Diagnostic> found =
        check(InputKind.NUMBER, band(null, "5", "0"), band("5", "5", "0.5"), band("5", null, "1"));

    assertFinding(found, "band-empty", Severity.ERROR, BANDS + "/1", "min 5", "below 5");
  }

  @Test
  void bandValuesOutsideTheirRange() {
    List<Diagnostic> found =
        FrameworkCheckerTest.check(
            framework(
                    group(
                        "I",
                        null,
                        criterion("I.1")
                            .max("2")
                            .input("x", InputKind.COUNT)
                            .method(
                                new Method.Bands(
                                    "x",
                                    List.of(
                                        band(null, "5", "1.5"),
                                        new Method.Band(
                                            TestData.n("5"), null, null, TestData.n("3"), null))))
                            .build()))
                .build());

    assertFinding(
        found, "band-fraction-out-of-range", Severity.ERROR, BANDS + "/0/fraction", "1.5", "0..1");
    assertFinding(
        found, "band-points-out-of-range", Severity.ERROR, BANDS + "/1/points", "3", "0..2");
  }
}
