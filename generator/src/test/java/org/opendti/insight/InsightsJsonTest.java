package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.Pipeline;
import org.opendti.model.SubmissionKey;
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

  /**
   * A file that is not what write writes is refused, not read as something else: its last document
   * (here as JSON, and as the same tokens in Smile), followed by its length as write writes it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[]}",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[],\"extra\":1}",
        "{\"whatIf\":[],\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]} {}",
        // A report of no bytes, and one whose bytes are not there.
        "{\"whatIf\":[{\"unitId\":\"u\",\"frameworkId\":\"f\",\"periodId\":\"p\","
            + "\"length\":0}],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}",
        "{\"whatIf\":[{\"unitId\":\"u\",\"frameworkId\":\"f\",\"periodId\":\"p\","
            + "\"length\":5}],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}",
        "{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[{\"cohort\":null,\"draws\":1,\"seed\":1,"
            + "\"weightBandPercent\":1,\"varied\":[],\"tables\":[]}],\"integrity\":[]}",
        "{\"whatIf\":null,\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}"
      })
  void anythingElseIsRefused(String json) throws IOException {
    assertThatThrownBy(() -> read(framed(smile(json)))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> read(framed(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class);
  }

  /** Bytes that do not end with the length of a last document before it are refused. */
  @Test
  void aFileWithoutItsFrameIsRefused() throws IOException {
    byte[] document = smile("{\"whatIf\":[],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}");
    assertThat(read(framed(document)).whatIfCount()).isZero();
    for (byte[] bytes :
        List.of(
            new byte[0],
            new byte[] {0, 0, 0},
            document,
            java.util.Arrays.copyOf(framed(document), document.length + 3),
            concat(document, ByteBuffer.allocate(4).putInt(-1).array()),
            concat(document, ByteBuffer.allocate(4).putInt(0).array()),
            concat(document, ByteBuffer.allocate(4).putInt(document.length + 1).array()))) {
      assertThatThrownBy(() -> read(bytes))
          .as(bytes.length + " bytes")
          .isInstanceOf(IOException.class);
    }
  }

  /**
   * A what-if report is read when it is asked for, and as strictly as the rest: one that is not
   * what write writes stops the build when asked for (the file passed its checksum and is this
   * tool's, so that is a fault of the tool), and does not keep the others from being read.
   */
  @Test
  void eachReportIsReadWhenAskedForAndRefusedIfItIsNotWhatWasListed() throws IOException {
    String good =
        "{\"unitId\":\"u\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"opportunities\":[],\"found\":1}";
    List<String> bad =
        List.of(
            // Fewer found than listed, another unit's report, an unknown field, trailing content.
            "{\"unitId\":\"v\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"opportunities\":[],\"found\":-1}",
            "{\"unitId\":\"w\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"opportunities\":[],\"found\":0}",
            "{\"unitId\":\"v\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"opportunities\":[],\"found\":0,"
                + "\"x\":1}",
            "{\"unitId\":\"v\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"opportunities\":[],\"found\":0} {}");
    for (String report : bad) {
      byte[] first = smile(good);
      byte[] second = smile(report);
      byte[] listed =
          smile(
              "{\"whatIf\":[{\"unitId\":\"u\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"length\":"
                  + first.length
                  + "},{\"unitId\":\"v\",\"frameworkId\":\"f\",\"periodId\":\"p\",\"length\":"
                  + second.length
                  + "}],\"flags\":[],\"rankIntervals\":[],\"integrity\":[]}");

      Insights insights = read(concat(concat(first, second), framed(listed)));

      assertThat(insights.whatIfCount()).isEqualTo(2);
      assertThat(insights.whatIf(new SubmissionKey("f", "p", "u")).orElseThrow().found())
          .isEqualTo(1);
      assertThat(insights.whatIf(new SubmissionKey("f", "p", "x"))).isEmpty();
      assertThatThrownBy(() -> insights.whatIf(new SubmissionKey("f", "p", "v")))
          .as(report)
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasMessageContaining("unit v (framework f, period p)");
      assertThatThrownBy(insights::whatIf).isInstanceOf(java.io.UncheckedIOException.class);
    }
  }

  /** {@code document} followed by its length, as write ends a file with its last document. */
  private static byte[] framed(byte[] document) {
    return concat(document, ByteBuffer.allocate(4).putInt(document.length).array());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
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
    return InsightsJson.read(json, 0, json.length);
  }
}
