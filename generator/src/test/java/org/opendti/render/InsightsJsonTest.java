package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.insight.Insights;
import org.opendti.insight.Opportunity;
import org.opendti.insight.UnitOpportunities;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Value;

/** {@code insights.json} lists the opportunities a scorecard shows, and how many there are. */
class InsightsJsonTest {

  @Test
  void listsTheScorecardsOpportunitiesAndCountsTheRest() throws IOException {
    SiteInput plain = SiteFixture.input();
    Framework fw = plain.dataset().frameworks().get(0);
    Period period = fw.periods().get(fw.periods().size() - 1);
    String unit = "xa-a1";
    List<Opportunity> seven = new ArrayList<>();
    for (int i = 7; i >= 1; i--) {
      seven.add(
          SiteFixture.opportunity(
              "1." + i,
              Opportunity.Basis.REPORTED,
              Map.of("a", new Value.Num(BigDecimal.TEN)),
              null,
              BigDecimal.valueOf(i)));
    }
    UnitOpportunities report = new UnitOpportunities(unit, fw.id(), period.id(), seven);
    SiteInput input = SiteFixture.withInsights(new Insights(List.of(report), List.of()));

    JsonNode json =
        new ObjectMapper().readTree(OpenData.insights(new SiteIndex(input), fw, period));

    JsonNode mine = null;
    for (JsonNode u : json.get("whatIf")) {
      if (u.get("unit").asText().equals(unit)) {
        mine = u;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("opportunitiesFound").asInt()).isEqualTo(7);
    assertThat(mine.get("opportunities")).hasSize(Insight.SHOWN);
    List<String> listed = new ArrayList<>();
    mine.get("opportunities").forEach(o -> listed.add(o.get("criterion").asText()));
    assertThat(listed).containsExactly("1.7", "1.6", "1.5", "1.4", "1.3");
    assertThat(mine.get("opportunities").get(0).get("gain").decimalValue())
        .isEqualByComparingTo("7");

    // The pipeline keeps only the shown opportunities (UnitOpportunities.best): same file.
    UnitOpportunities kept = report.best(Insights.SHOWN);
    SiteInput trimmed = SiteFixture.withInsights(new Insights(List.of(kept), List.of()));
    assertThat(kept.opportunities()).hasSize(Insights.SHOWN);
    assertThat(kept.found()).isEqualTo(7);
    assertThat(OpenData.insights(new SiteIndex(trimmed), fw, period))
        .isEqualTo(OpenData.insights(new SiteIndex(input), fw, period));
  }
}
