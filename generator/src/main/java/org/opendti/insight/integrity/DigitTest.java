package org.opendti.insight.integrity;

/**
 * The digit tests run on a set of reported counts. Each has a stable {@link #code()} for renderers
 * and {@code insights.json}, a Vietnamese and an English name, and a minimum number of values below
 * which it is not run.
 *
 * <p>The minimum is the smallest n from which the test, at α = 0.01, has at least 80 % power
 * against the reference fabrication "half of the values made up, each ending in 0 or 5" (last
 * digits 0 and 5 each 30 %, the others 5 % each), for every larger n as well; {@code
 * DigitTestMinimumTest} recomputes it from the exact distributions and {@code
 * docs/integrity-tests.md} explains the choice.
 */
public enum DigitTest {
  /** Pearson's χ² test, 9 degrees of freedom, that the last digits 0–9 are equally likely. */
  LAST_DIGIT_UNIFORM(
      "last-digit-uniform", "Chữ số cuối phân bố đều", "Last digits equally likely", 26),

  /** One-sided exact binomial test that values ending in 0 or 5 are not above one in five. */
  ENDS_IN_0_OR_5(
      "ends-in-0-or-5", "Ưa số tròn (tận cùng 0 hoặc 5)", "Round numbers (ending in 0 or 5)", 16);

  private final String code;
  private final String nameVi;
  private final String nameEn;
  private final int minimumValues;

  DigitTest(String code, String nameVi, String nameEn, int minimumValues) {
    this.code = code;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.minimumValues = minimumValues;
  }

  /** Stable identifier, e.g. {@code last-digit-uniform}. */
  public String code() {
    return code;
  }

  /** Vietnamese name for people. */
  public String nameVi() {
    return nameVi;
  }

  /** English name for people. */
  public String nameEn() {
    return nameEn;
  }

  /** Below this many usable values the test is not run. */
  public int minimumValues() {
    return minimumValues;
  }
}
