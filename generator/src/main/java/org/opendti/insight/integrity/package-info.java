/**
 * Integrity signals for reviewers: digit tests on self-reported counts (issue #18). A flag is a
 * reason to look closer, never a score change and never evidence of fraud; every result carries the
 * test, its threshold, the number of values it saw and its actual false-positive rate at that
 * number, or says why it did not run.
 *
 * <ul>
 *   <li>{@link org.opendti.insight.integrity.DigitTests}: the service (builder, thread-safe).
 *   <li>{@link org.opendti.insight.integrity.DigitTest}: the tests and their minimum sizes.
 *   <li>{@link org.opendti.insight.integrity.DigitTestResult}: one immutable result.
 * </ul>
 *
 * <pre>{@code
 * DigitTests tests = DigitTests.builder().build();                 // a unit's counts
 * DigitTests pooled = DigitTests.builder().smallestCount(100).build(); // a cohort's counts
 * for (DigitTestResult r : tests.run(unitCounts)) {
 *   if (r.flagged()) { ... r.test().nameVi(), r.pValue(), r.threshold(), r.falsePositiveRate() }
 * }
 * }</pre>
 *
 * <p>Pure Java with no dependency on the rest of opendti. See {@code docs/integrity-tests.md}.
 */
package org.opendti.insight.integrity;
