package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.Pipeline;
import org.opendti.model.Value;

/** The insights the render cache keeps between builds read back equal to what was written. */
class InsightsJsonTest {

  /** This repository's insights: what-if reports, flags, rank intervals and digit tests. */
  @Test
  void theRepositorysInsightsReadBackEqual() throws IOException {
    Insights insights =
        Pipeline.builder().repositoryRoot(Path.of("..")).build().checkWithInsights().insights();
    assertThat(insights.whatIf()).isNotEmpty();
    assertThat(insights.flags()).isNotEmpty();
    assertThat(insights.rankIntervals()).isNotEmpty();
    assertThat(insights.integrity()).isNotEmpty();

    byte[] json = write(insights);

    assertThat(read(json)).isEqualTo(insights);
    assertThat(write(read(json))).isEqualTo(json);
  }

  /**
   * Every kind of input value keeps its kind, and a number its scale: 1.0, 1.00 and 1E+3 print
   * differently on a page, so they must not come back as one another.
   */
  @Test
  void valuesKeepTheirKindAndNumbersTheirScale() throws IOException {
    Opportunity o =
        new Opportunity(
            "1.2",
            Opportunity.Kind.NEXT_STEP,
            Opportunity.Basis.REPORTED,
            Map.of(
                "a", new Value.Num(new BigDecimal("1.00")),
                "b", Value.Bool.TRUE,
                "c", new Value.Text("Có"),
                "d", new Value.Date(LocalDate.of(2023, 12, 31)),
                "e", new Value.Num(new BigDecimal("1E+3"))),
            "nhãn <b>",
            new BigDecimal("1.0"),
            new BigDecimal("2"),
            new BigDecimal("10.50"),
            new BigDecimal("11.5"),
            new BigDecimal("1.0"),
            Map.of("tinh", 3),
            Map.of("tinh", 2));
    Insights insights =
        new Insights(
            List.of(new UnitOpportunities("u", "f", "2023", List.of(o), 4)),
            List.of(
                new Flag(
                    "moved", "u", "f", "2023", "", "m", Map.of("z", new BigDecimal("-0.5")), 2)));

    Insights back = read(write(insights));

    assertThat(back).isEqualTo(insights);
    Map<String, Value> inputs = back.whatIf().get(0).opportunities().get(0).inputs();
    assertThat(((Value.Num) inputs.get("a")).value().scale()).isEqualTo(2);
    assertThat(((Value.Num) inputs.get("e")).value().scale()).isEqualTo(-3);
    assertThat(inputs.get("d")).isEqualTo(new Value.Date(LocalDate.of(2023, 12, 31)));
  }

  /** A file that is not what write writes is refused, not read as something else. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[]}",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[],\"extra\":1}",
        "{\"whatIf\":[],\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]} {}",
        "{\"whatIf\":[{\"unitId\":\"u\",\"frameworkId\":\"f\",\"periodId\":\"p\","
            + "\"opportunities\":[],\"found\":-1}],\"flags\":[],\"rankIntervals\":[],"
            + "\"integrity\":[]}",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[{\"cohort\":null,\"draws\":1,\"seed\":1,"
            + "\"weightBandPercent\":1,\"varied\":[],\"tables\":[]}],\"integrity\":[]}",
        "{\"whatIf\":null,\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}"
      })
  void anythingElseIsRefused(String json) throws IOException {
    assertThatThrownBy(() -> read(smile(json))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }

  /**
   * {@code json}'s tokens as Smile, each as it comes: duplicate names and trailing values are kept,
   * as a damaged or foreign file could hold them.
   */
  private static byte[] smile(String json) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (com.fasterxml.jackson.core.JsonParser p =
            new com.fasterxml.jackson.core.JsonFactory().createParser(json);
        com.fasterxml.jackson.core.JsonGenerator g =
            new com.fasterxml.jackson.dataformat.smile.SmileFactory().createGenerator(out)) {
      while (p.nextToken() != null) {
        g.copyCurrentEvent(p);
      }
    }
    return out.toByteArray();
  }

  /** The insights as the cache writes them, as bytes. */
  private static byte[] write(Insights insights) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    InsightsJson.write(insights, out);
    return out.toByteArray();
  }

  /** The insights in {@code json}, as the cache reads them. */
  private static Insights read(byte[] json) throws java.io.IOException {
    return InsightsJson.read(new java.io.ByteArrayInputStream(json));
  }
}
