/**
 * The validate stage: checks loaded frameworks, submissions and reviews, and returns a {@link
 * org.opendti.diagnostic.Diagnostics} of every {@link org.opendti.diagnostic.Diagnostic} at once.
 *
 * <pre>{@code
 * Diagnostics found = new Validator().validate(dataset, sourceIndex);
 * found.all().forEach(d -> log.warn(d.format(Lang.VI)));
 * Dataset scored = Validator.accepted(dataset, found); // only files without errors
 * }</pre>
 *
 * <p>Severity: what makes scoring impossible or a file ambiguous is an {@code ERROR} (such a
 * submission or review is not scored); what the source itself gets wrong, or what a reviewer should
 * look at, is a {@code WARNING} and stays visible on the site. Codes are stable:
 *
 * <table>
 *   <caption>Framework codes ({@link org.opendti.validate.FrameworkChecker}, file {@code
 *   criteria/<id>.json})</caption>
 *   <tr><th>warning</th><td>group-points-mismatch, group-points-include-bonus,
 *       total-points-mismatch, sector-points-mismatch, source-points, numbering-gap,
 *       numbering-duplicate, band-gap, band-overlap, band-unreachable, choice-no-max,
 *       unused-input, period-overlap</td></tr>
 *   <tr><th>error</th><td>zero-max-points, negative-max-points, duplicate-criterion-id,
 *       duplicate-group-id, duplicate-input-id, unknown-method-input, method-input-kind,
 *       empty-numerator, ratio-needs-percent, target-out-of-range, floor-out-of-range,
 *       scale-not-positive, points-per-month-not-positive, no-events,
 *       event-fraction-out-of-range, no-bands, band-value, band-empty, band-fraction-out-of-range,
 *       band-points-out-of-range, no-options, duplicate-option, option-value,
 *       option-fraction-out-of-range, option-points-out-of-range, unknown-level,
 *       duplicate-period-id, period-start-after-end, period-deadline-before-start,
 *       duplicate-ranking-group, unknown-ranking-by, classification-share-out-of-range,
 *       classification-order</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Submission and review codes ({@link org.opendti.validate.SubmissionValidator})</caption>
 *   <tr><th>warning</th><td>missing-answer, unit-partly-valid-in-period, date-outside-period,
 *       evidence-date-outside-period, evidence-kind (when evidence is optional),
 *       self-score-out-of-range, email-shape, phone-shape</td></tr>
 *   <tr><th>error</th><td>path-shape, path-mismatch, duplicate-submission, duplicate-review,
 *       unknown-framework, unknown-period, unknown-unit, unit-level-mismatch,
 *       unit-not-valid-in-period, unknown-criterion, unknown-priority-sector, sector-not-named,
 *       wrong-sector, missing-input, unknown-input, input-wrong-type, input-not-whole,
 *       input-out-of-range, unknown-option, ratio-above-one, zero-denominator,
 *       not-applicable-not-allowed, not-applicable-without-reason, inputs-and-not-applicable,
 *       missing-evidence, evidence-kind (when evidence is required), unknown-evidence-kind,
 *       evidence-url-scheme, missing-profile-field, unknown-profile-field,
 *       review-without-submission, review-before-period, correction-shape, points-out-of-range,
 *       blank-reason, duplicate-correction</td></tr>
 * </table>
 *
 * <h2>Kept between builds</h2>
 *
 * <p>A publish with a render cache lists the submissions it reported nothing about ({@link
 * org.opendti.validate.CheckedFiles}); the next one does not check those whose bytes are unchanged
 * against their framework and the registry again (issue #17, target 3).
 */
package org.opendti.validate;
