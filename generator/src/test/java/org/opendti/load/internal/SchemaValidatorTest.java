package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendti.load.FileKind;

class SchemaValidatorTest {

  @ParameterizedTest
  @EnumSource(FileKind.class)
  void eachSchemaIsAValidDraft202012SchemaWithBilingualHelp(FileKind kind) throws IOException {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schema;
    try (InputStream in =
        getClass().getResourceAsStream("/org/opendti/schemas/" + kind.schemaFile())) {
      schema = new ObjectMapper().readTree(in);
    }

    assertThat(meta.validate(schema)).isEmpty();
    assertThat(schema.get("$id").asText()).isEqualTo(SchemaValidator.BASE_URI + kind.schemaFile());
    assertThat(schema.get("description").asText()).contains(" / ");
    assertThat(schema.at("/properties/$schema/type").asText()).isEqualTo("string");
  }

  /**
   * In a Maven plugin the common pool's workers have a context class loader that cannot see the
   * plugin's resources; the full validator, compiled on such a worker, must still find its schemas
   * (a CI run reported an invalid file as "Failed to load json schema" instead).
   */
  @ParameterizedTest
  @EnumSource(FileKind.class)
  void theFullValidatorCompilesOnAThreadThatCannotSeeTheSchemas(FileKind kind) throws Exception {
    SchemaValidator validator = new SchemaValidator();
    JsonNode notAnObject = new ObjectMapper().readTree("[]");
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                outcome.set(validator.fullValidation(kind, notAnObject));
              } catch (RuntimeException e) {
                outcome.set(e);
              }
            });
    try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
      worker.setContextClassLoader(blind);
      worker.start();
      worker.join();
    }

    assertThat(outcome.get()).isInstanceOf(List.class);
    assertThat((List<?>) outcome.get()).isNotEmpty();
  }

  @Test
  void theRepositorysOwnLevelsFileIsValid() throws IOException {
    byte[] levels = Files.readAllBytes(Path.of("../units/levels.json"));
    DiagnosticSink sink = new DiagnosticSink();
    JsonDocument doc = new StrictJsonReader().read("units/levels.json", levels, sink).orElseThrow();

    assertThat(new SchemaValidator().validate(FileKind.REGISTRY, doc, sink)).isTrue();
    assertThat(sink.list()).isEmpty();
    assertThat(new String(levels, StandardCharsets.UTF_8)).contains("Cấp xã");
  }
}
