package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link UnitScore#criteriaById} finds what {@link UnitScore#criterion} finds, id by id. */
class UnitScoreLookupTest {

  private static CriterionScore scored(String id, String points) {
    return new CriterionScore(
        id,
        CriterionScore.Status.SCORED,
        new BigDecimal("10"),
        new BigDecimal(points),
        null,
        null,
        new BigDecimal(points),
        null,
        false,
        null);
  }

  private static UnitScore unit(List<CriterionScore> criteria) {
    BigDecimal zero = BigDecimal.ZERO;
    return new UnitScore(
        "xa-a", "fw", "2024", null, criteria, List.of(), zero, zero, zero, null, null, null, zero,
        zero, null, false);
  }

  @Test
  void everyIdMapsToTheScoreTheLookupFinds() {
    UnitScore s =
        unit(
            List.of(
                scored("1.1", "4"),
                scored("1.2", "5"),
                // a repeated id: the first is the one both give
                scored("1.1", "9"),
                scored("2.1", "0")));
    Map<String, CriterionScore> byId = s.criteriaById();
    assertThat(byId).containsOnlyKeys("1.1", "1.2", "2.1");
    for (String id : List.of("1.1", "1.2", "2.1")) {
      assertThat(byId.get(id)).isSameAs(s.criterion(id).orElseThrow());
    }
    assertThat(byId.get("1.1").points()).isEqualByComparingTo("4");
    assertThat(byId.get("3.1")).isNull();
    assertThat(s.criterion("3.1")).isEmpty();
  }

  @Test
  void noCriteriaNoEntries() {
    assertThat(unit(List.of()).criteriaById()).isEmpty();
  }
}
