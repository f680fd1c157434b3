package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Measurement;

/**
 * How a criterion's data are measured ({@code docs/formats.md}, Framework): a framework's default,
 * a criterion's own statement over it, a reason always, a kind from the list.
 */
class MeasurementTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  private static String base() throws IOException {
    return Files.readString(
        MalformedInputTest.fixtures().resolve("_base/criteria/demo-xa.json"),
        StandardCharsets.UTF_8);
  }

  /** The base framework with a default and criterion 2's own measurement. */
  private static String withMeasurement(String kind2, String reason2) throws IOException {
    String json =
        base()
            .replaceFirst(
                "\"pillars\"",
                "\"measurement\": {\"kind\": \"selfReported\", \"reason\": \"Tự báo cáo.\"},"
                    + " \"pillars\"")
            .replaceFirst(
                "(\"id\": \"2\",)",
                "$1 \"measurement\": {\"kind\": \""
                    + kind2
                    + "\", \"reason\": \""
                    + reason2
                    + "\"},");
    assertThat(json).contains("\"measurement\": {\"kind\": \"" + kind2);
    return json;
  }

  @Test
  void aCriterionsOwnMeasurementOverridesTheFrameworksDefault() throws IOException {
    LoadResult r = LOADER.loadText("criteria/demo-xa.json", withMeasurement("thirdParty", "Cổng."));
    assertThat(r.diagnostics().all()).isEmpty();
    Framework fw = r.dataset().framework("demo-xa").orElseThrow();
    Criterion two = fw.criterion("2").orElseThrow();
    Criterion one = fw.criterion("1").orElseThrow();
    assertThat(fw.measurementOf(two))
        .contains(new Measurement(Measurement.Kind.THIRD_PARTY, "Cổng."));
    assertThat(fw.measurementOf(one))
        .contains(new Measurement(Measurement.Kind.SELF_REPORTED, "Tự báo cáo."));
    assertThat(one.measurement()).isNull();
  }

  @Test
  void withoutAnyStatementTheMeasurementIsUnknown() throws IOException {
    LoadResult r = LOADER.loadText("criteria/demo-xa.json", base());
    Framework fw = r.dataset().framework("demo-xa").orElseThrow();
    assertThat(fw.measurementOf(fw.criterion("1").orElseThrow())).isEmpty();
  }

  @Test
  void anUnknownKindOrAMissingReasonIsAnError() throws IOException {
    LoadResult unknown =
        LOADER.loadText("criteria/demo-xa.json", withMeasurement("guessed", "Vì sao."));
    assertThat(unknown.diagnostics().all())
        .anySatisfy(d -> assertThat(d.pointer()).contains("/measurement/kind"));
    LoadResult empty = LOADER.loadText("criteria/demo-xa.json", withMeasurement("thirdParty", ""));
    assertThat(empty.diagnostics().all())
        .anySatisfy(d -> assertThat(d.pointer()).contains("/measurement/reason"));
  }

  @Test
  void kindsHaveTheirJsonNames() {
    assertThat(Measurement.Kind.DOCUMENT_VERIFIED.jsonName()).isEqualTo("documentVerified");
    assertThat(Measurement.Kind.THIRD_PARTY.jsonName()).isEqualTo("thirdParty");
    assertThat(Measurement.Kind.SELF_REPORTED.jsonName()).isEqualTo("selfReported");
  }

  @Test
  void theRepositorysFrameworksStateAMeasurementForEveryCriterion() {
    Dataset repo = LOADER.load(Path.of("..")).dataset();
    assertThat(repo.frameworks()).hasSizeGreaterThanOrEqualTo(7);
    for (Framework fw : repo.frameworks()) {
      for (Criterion c : fw.allCriteria()) {
        assertThat(fw.measurementOf(c)).as(fw.id() + " " + c.id()).isPresent();
        assertThat(fw.measurementOf(c).orElseThrow().reason()).contains("_…`");
      }
    }
    Framework portal = repo.framework("xa-chinh-quyen-so-000").orElseThrow();
    assertThat(portal.measurementOf(portal.criterion("VI.20").orElseThrow()).orElseThrow().kind())
        .isEqualTo(Measurement.Kind.THIRD_PARTY);
  }
}
