/**
 * Scoring: every criterion of every submission by its framework's {@link org.opendti.model.Method},
 * reviewers' corrections applied, then each unit's total by {@code 004_…} Điều 5–6. Entry point:
 * {@link org.opendti.score.Scorer}.
 *
 * <h2>Arithmetic</h2>
 *
 * <p>All {@link java.math.BigDecimal}; divisions use {@link java.math.MathContext#DECIMAL64}. A
 * criterion's points are capped to [0, max] and rounded to 2 decimals half-up; pillars, A and C are
 * sums of those; D and X are rounded to 2 decimals half-up; the total is X plus the counted bonus.
 *
 * <h2>Formula patterns</h2>
 *
 * <p>Each {@link org.opendti.score.CriterionScore#formula()} is a pattern with {@code {0}}, {@code
 * {1}}… and the unit's numbers. A result that rounding changes ends "= raw ≈ rounded" (raw shown
 * when it has at most 4 decimals, else only "≈ rounded"); a result that capping to [0, max] changes
 * ends "→ capped". Words are Vietnamese, like the site. Examples ({@link
 * org.opendti.score.Formula#plain()}):
 *
 * <table>
 *   <caption>Patterns per method</caption>
 *   <tr><th>method</th><th>example</th></tr>
 *   <tr><td>yesNo</td><td>{@code có → 20}, {@code không → 0}</td></tr>
 *   <tr><td>ratio</td><td>{@code 998 / 1000 × 10 = 9.98}; percent input {@code 75.7% × 6 = 4.542 ≈
 *       4.54}; composite {@code (12 + 6) / (20 + 10) × 40 = 24}; above 1 {@code min(12 / 10, 1) × 1
 *       = 1}</td></tr>
 *   <tr><td>ratio, target</td><td>{@code min(3 / 10 / 50%, 1) × 10 = 6}</td></tr>
 *   <tr><td>ratio, floor</td><td>{@code 100 / 100 ≥ 100% → 40}, {@code 60 / 100 × 40 = 24},
 *       {@code 59 / 100 < 60% → 0}</td></tr>
 *   <tr><td>ratio, zero denominator</td><td>{@code 0 / 0 → 1} (max) or {@code 0 / 0 → 0}</td></tr>
 *   <tr><td>bands</td><td>{@code 9 ∈ [8, 12) → 0.75 × 2 = 1.5}, {@code 750 ≥ 500 → 1}, {@code 1 ∉
 *       mức nào → 0}</td></tr>
 *   <tr><td>choice</td><td>{@code Phó Bí thư/Phó Chủ tịch: 0.5 × 20 = 10}, {@code Đạt chuẩn vị
 *       trí việc làm → 3}</td></tr>
 *   <tr><td>externalScore</td><td>{@code 85 / 100 × 2 = 1.7}</td></tr>
 *   <tr><td>cohort</td><td>relativeToBest {@code (1 / 2) / 75% × 10 ≈ 6.67}; minMax {@code ((1 /
 *       2) − 25%) / (75% − 25%) × 10 = 5}; {@code x_best = 0% ≤ 0 → 0}; {@code … = x_min = x_best →
 *       10}. x_best and x_min of shares are shown as percentages rounded to 2 decimals; the
 *       points use the exact values.</td></tr>
 *   <tr><td>lateness</td><td>{@code 2023-03-31 ≤ 2023-03-31 → 8}, {@code 2023-05-15 >
 *       2023-03-31: 8 − 1 × 2 = 6}, {@code không rõ thời điểm nộp → đúng hạn → 5}</td></tr>
 *   <tr><td>eventDeduction</td><td>{@code 5 × (1 − 1 × 20% − 1 × 30%) = 2.5}</td></tr>
 *   <tr><td>assessed</td><td>{@code 7.5}, capped {@code 12 → 10}</td></tr>
 *   <tr><td>review</td><td>corrected points {@code thẩm tra → 4}; corrected inputs: the method's
 *       pattern with the corrected numbers</td></tr>
 *   <tr><td>no answer</td><td>{@code không có số liệu → 0}; not applicable {@code không phát
 *       sinh}</td></tr>
 * </table>
 *
 * <h2>Kept between builds</h2>
 *
 * <p>A publish with a render cache keeps every unit's score ({@link org.opendti.score.ScoreCache},
 * written by {@code ScoreCodec}); a unit scored from what it was scored from last time takes its
 * kept score (issue #17, target 3).
 */
package org.opendti.score;
