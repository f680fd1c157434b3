package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendti.load.FileKind;

/**
 * Validates documents against the project's JSON Schemas (draft 2020-12), loaded once from the
 * classpath. Thread-safe: a kind's full validator is compiled once, under a lock, then only read.
 */
public final class SchemaValidator {

  /** The {@code $id} prefix of every schema; mapped onto the classpath. */
  public static final String BASE_URI = "https://opendti.org/schemas/";

  private static final String CLASSPATH_DIR = "org/opendti/schemas/";

  private final Map<FileKind, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final Map<FileKind, JsonNode> raw = new EnumMap<>(FileKind.class);
  private final Map<FileKind, SchemaPrecheck> prechecks = new EnumMap<>(FileKind.class);
  private JsonSchemaFactory factory;

  /**
   * Reads every schema and compiles its {@link SchemaPrecheck}; the full validator of a kind is
   * compiled the first time a document of that kind needs it. Most documents pass the precheck, so
   * a run that reads only valid files (a pull request's check: a registry, the frameworks, one
   * submission) never compiles one, which was a third of that check's time in a fresh JVM.
   */
  public SchemaValidator() {
    StrictJsonReader reader = new StrictJsonReader();
    for (FileKind kind : FileKind.values()) {
      raw.put(kind, readRaw(reader, kind));
      SchemaPrecheck.compile(raw.get(kind)).ifPresent(p -> prechecks.put(kind, p));
    }
  }

  /**
   * The full validator of {@code kind}, compiled on first use; the same one afterwards. The schemas
   * are read through this class's own class loader, not the thread's context class loader (the
   * library's default): the loader compiles on whichever worker of the common pool first meets an
   * invalid file, and in a Maven plugin those workers' context loader cannot see the plugin's
   * classes, so a check failed or passed by which thread came first.
   */
  private JsonSchema schema(FileKind kind) {
    JsonSchema compiled = schemas.get(kind);
    return compiled != null ? compiled : compile(kind);
  }

  private synchronized JsonSchema compile(FileKind kind) {
    JsonSchema schema = schemas.get(kind);
    if (schema == null) {
      if (factory == null) {
        factory =
            JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder ->
                    builder
                        .schemaMappers(
                            mappers -> mappers.mapPrefix(BASE_URI, "classpath:" + CLASSPATH_DIR))
                        .schemaLoaders(
                            loaders ->
                                loaders.values(
                                    list ->
                                        list.add(
                                            0,
                                            new ClasspathSchemaLoader(
                                                SchemaValidator.class::getClassLoader)))));
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .locale(Locale.ENGLISH)
              .pathType(PathType.JSON_POINTER)
              .formatAssertionsEnabled(false)
              .build();
      schema = factory.getSchema(SchemaLocation.of(BASE_URI + kind.schemaFile()), config);
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
    return schema;
  }

  /**
   * A schema as a tree, read with the loader's own strict reader: an {@code ObjectMapper} (its
   * serialisers, deserialisers and introspection, about 400 classes) took longer to set up in a
   * fresh JVM than the pull-request check spends on its files.
   */
  private static JsonNode readRaw(StrictJsonReader reader, FileKind kind) {
    String resource = CLASSPATH_DIR + kind.schemaFile();
    try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the classpath: " + resource);
      }
      DiagnosticSink problems = new DiagnosticSink();
      return reader
          .read(resource, in.readAllBytes(), problems)
          .filter(d -> problems.list().isEmpty())
          .orElseThrow(() -> new IllegalStateException("schema not strict JSON: " + resource))
          .root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reports every schema violation of {@code document}; returns whether it is valid. A document the
   * {@link SchemaPrecheck} finds certainly valid skips the full validator, which would report
   * nothing.
   */
  public boolean validate(FileKind kind, JsonDocument document, DiagnosticSink sink) {
    SchemaPrecheck precheck = prechecks.get(kind);
    if (precheck != null && precheck.certainlyValid(document.root())) {
      return true;
    }
    List<ValidationMessage> messages = new ArrayList<>(schema(kind).validate(document.root()));
    new SchemaMessages(raw.get(kind), document, sink).report(messages);
    return messages.isEmpty();
  }

  /** The full validator's messages, without the precheck (for tests). */
  List<ValidationMessage> fullValidation(FileKind kind, JsonNode root) {
    return new ArrayList<>(schema(kind).validate(root));
  }

  /** The precheck of a kind's schema, when it has one (for tests). */
  java.util.Optional<SchemaPrecheck> precheck(FileKind kind) {
    return java.util.Optional.ofNullable(prechecks.get(kind));
  }
}
