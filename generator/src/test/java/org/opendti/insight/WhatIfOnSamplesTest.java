package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Criterion;
import org.opendti.model.Method;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Unit;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * What-if a unit can act on (issue #16), on the repository's own sample scorecards: what the unit
 * reports comes first; points given directly (Gia Lai's {@code assessed} criteria, such as 8.4 of
 * the commune framework) are listed apart and never crowd the others out.
 */
class WhatIfOnSamplesTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static Dataset data;
  private static List<UnitOpportunities> all;
  private static List<UnitOpportunities> kept;

  @BeforeAll
  static void run() {
    LoadResult loaded = RepositoryLoader.create().load(PROJECT);
    data = loaded.dataset();
    List<UnitScore> scores =
        new Scorer()
            .score(data, ArrivalTimes.none()).stream()
                .filter(s -> s.frameworkId().equals("gia-lai-2023-xa") && sample(s.unitId()))
                .toList();
    assertThat(scores).hasSizeGreaterThan(10);
    all = new WhatIf(ArrivalTimes.none()).forUnits(data, scores);
    kept = new WhatIf(ArrivalTimes.none()).forUnits(data, scores, Insights.SHOWN);
  }

  private static boolean sample(String unitId) {
    return data.registry().unit(unitId).map(Unit::sample).orElse(false);
  }

  private static Criterion criterion(Opportunity o) {
    return data.framework("gia-lai-2023-xa").orElseThrow().criterion(o.criterionId()).orElseThrow();
  }

  @Test
  void theLargestGainsOfSampleCommunesArePointsGivenDirectly() {
    // Why the order matters: sorted by gain alone, these sample scorecards led with them.
    long ledByAssessed =
        all.stream()
            .filter(
                r ->
                    r.opportunities().stream()
                        .max(Comparator.comparing(Opportunity::gain))
                        .map(o -> !o.basis().reported())
                        .orElse(false))
            .count();
    assertThat(ledByAssessed).isGreaterThanOrEqualTo(10);
  }

  @Test
  void whatTheUnitReportsComesFirstThenPointsGivenDirectly() {
    for (UnitOpportunities r : all) {
      List<Opportunity> list = r.opportunities();
      int firstAssessed =
          list.stream()
              .filter(o -> !o.basis().reported())
              .findFirst()
              .map(list::indexOf)
              .orElse(-1);
      if (firstAssessed >= 0) {
        assertThat(list.subList(firstAssessed, list.size()))
            .as("%s: nothing reported after the first assessed criterion", r.unitId())
            .allSatisfy(o -> assertThat(o.basis().reported()).isFalse());
      }
      assertThat(r.reported())
          .isSortedAccordingTo(Comparator.comparing(Opportunity::gain).reversed());
      assertThat(r.assessed())
          .isSortedAccordingTo(Comparator.comparing(Opportunity::gain).reversed());
    }
  }

  @Test
  void eachBasisMatchesTheCriterionsMethod() {
    for (UnitOpportunities r : all) {
      for (Opportunity o : r.opportunities()) {
        boolean assessed = criterion(o).method() instanceof Method.Assessed;
        assertThat(o.basis().reported()).as(o.criterionId()).isEqualTo(!assessed);
        if (o.criterionId().equals("8.4")) {
          assertThat(o.basis()).isEqualTo(Opportunity.Basis.ASSESSED_BY_UNIT);
        }
      }
    }
  }

  @Test
  void theScorecardKeepsItsBestOfEachKind() {
    Map<SubmissionKey, UnitOpportunities> byUnit =
        all.stream().collect(Collectors.toMap(UnitOpportunities::key, r -> r));
    int withReported = 0;
    for (UnitOpportunities r : kept) {
      UnitOpportunities full = byUnit.get(r.key());
      assertThat(r.found()).isEqualTo(full.opportunities().size());
      assertThat(r.reported())
          .containsExactlyElementsOf(full.reported().stream().limit(Insights.SHOWN).toList());
      assertThat(r.assessed())
          .containsExactlyElementsOf(full.assessed().stream().limit(Insights.SHOWN).toList());
      if (!r.reported().isEmpty()) {
        withReported++;
        Opportunity first = r.opportunities().get(0);
        assertThat(first.basis()).isEqualTo(Opportunity.Basis.REPORTED);
        // something the unit can change: an input it reports, not the points themselves
        assertThat(first.inputs()).isNotEmpty();
        assertThat(first.gain()).isGreaterThan(BigDecimal.ZERO);
      }
    }
    assertThat(withReported).isGreaterThan(kept.size() / 2);
    // Kept while the report is made (only those get their ranks placed): the same as cut after.
    assertThat(kept).isEqualTo(all.stream().map(r -> r.best(Insights.SHOWN)).toList());
  }
}
