package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opendti.model.Shared;

/**
 * {@link CriterionScore} and {@link Formula} write out a record's equals and hash code (for speed):
 * they must still compare every component, and hash as a record does.
 */
class CriterionScoreEqualityTest {

  private static final Formula.Lead LEAD =
      new Formula.Lead("cap-pho", "Cấp phó", "Deputy", " → ", true);

  private static Formula formula() {
    return new Formula("{0} / {1}", List.of(new BigDecimal("125"), new BigDecimal("266")), LEAD);
  }

  private static CriterionScore score() {
    return new CriterionScore(
        "1.2",
        CriterionScore.Status.SCORED,
        new BigDecimal("10"),
        new BigDecimal("4.70"),
        new BigDecimal("5"),
        null,
        new BigDecimal("4.70"),
        formula(),
        false,
        null);
  }

  /** The score with one component replaced. */
  private static List<CriterionScore> eachComponentChanged() {
    CriterionScore s = score();
    List<UnaryOperator<Object[]>> changes =
        List.of(
            c -> set(c, 0, "1.3"),
            c -> set(c, 1, CriterionScore.Status.MISSING),
            c -> set(c, 2, new BigDecimal("10.0")),
            c -> set(c, 3, null),
            c -> set(c, 4, new BigDecimal("6")),
            c -> set(c, 5, new BigDecimal("3")),
            c -> set(c, 6, new BigDecimal("4.71")),
            c -> set(c, 7, new Formula("{0} / {1}", List.of(BigDecimal.ONE, BigDecimal.TEN), LEAD)),
            c -> set(c, 8, true),
            c -> set(c, 9, "Sai số liệu"));
    List<CriterionScore> out = new ArrayList<>();
    for (UnaryOperator<Object[]> change : changes) {
      Object[] c = change.apply(components(s));
      out.add(
          new CriterionScore(
              (String) c[0],
              (CriterionScore.Status) c[1],
              (BigDecimal) c[2],
              (BigDecimal) c[3],
              (BigDecimal) c[4],
              (BigDecimal) c[5],
              (BigDecimal) c[6],
              (Formula) c[7],
              (Boolean) c[8],
              (String) c[9]));
    }
    return out;
  }

  private static Object[] components(CriterionScore s) {
    return new Object[] {
      s.criterionId(),
      s.status(),
      s.max(),
      s.computed(),
      s.selfAssessed(),
      s.reviewed(),
      s.points(),
      s.formula(),
      s.bonus(),
      s.reviewReason()
    };
  }

  private static Object[] set(Object[] c, int i, Object value) {
    c[i] = value;
    return c;
  }

  /** What a record's generated hash code gives: each component's hash, in order, times 31. */
  private static int recordHash(Object... components) {
    int h = 0;
    for (Object c : components) {
      h = 31 * h + Objects.hashCode(c);
    }
    return h;
  }

  @Test
  void equalScoresAreEqualAndHashAlike() {
    assertThat(score()).isEqualTo(score()).hasSameHashCodeAs(score());
    assertThat(formula()).isEqualTo(formula()).hasSameHashCodeAs(formula());
    assertThat(score()).isNotEqualTo(null).isNotEqualTo(formula());
  }

  @Test
  void aScoreDiffersWhereverOneComponentDoes() {
    List<CriterionScore> changed = eachComponentChanged();
    assertThat(changed).hasSize(10).allSatisfy(c -> assertThat(c).isNotEqualTo(score()));
    assertThat(new Formula("{0}", formula().args(), LEAD)).isNotEqualTo(formula());
    assertThat(new Formula("{0} / {1}", formula().args(), null)).isNotEqualTo(formula());
    assertThat(new Formula("{0} / {1}", List.of(BigDecimal.ONE, BigDecimal.TEN), LEAD))
        .isNotEqualTo(formula());
  }

  @Test
  void theHashIsTheRecordsOwn() {
    for (CriterionScore s : eachComponentChanged()) {
      assertThat(s.hashCode()).isEqualTo(recordHash(components(s)));
    }
    Formula f = formula();
    assertThat(f.hashCode()).isEqualTo(recordHash(f.pattern(), f.args(), f.lead()));
  }

  @Test
  void thePoolGivesOneObjectForEqualScores() {
    Shared pool = new Shared();
    CriterionScore first = score().shared(pool);
    assertThat(score().shared(pool)).isSameAs(first);
    assertThat(Arrays.asList(eachComponentChanged().stream().map(s -> s.shared(pool)).toArray()))
        .doesNotContain(first);
  }
}
