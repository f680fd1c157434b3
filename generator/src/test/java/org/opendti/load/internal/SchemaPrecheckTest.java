package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendti.load.FileKind;

/**
 * The precheck may skip the full validator only when the full validator would report nothing: every
 * repository file and thousands of random mutations of them are checked both ways.
 */
class SchemaPrecheckTest {

  private static final SchemaValidator SCHEMAS = new SchemaValidator();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final StrictJsonReader READER = new StrictJsonReader();

  // The policy files are read once per build: their schemas need no fast path.
  @ParameterizedTest
  @EnumSource(
      value = FileKind.class,
      names = {"ACCESS_POLICY", "INSIGHT_THRESHOLDS"},
      mode = EnumSource.Mode.EXCLUDE)
  void acceptsOnlyWhatTheFullValidatorAccepts(FileKind kind) throws IOException {
    SchemaPrecheck precheck = SCHEMAS.precheck(kind).orElseThrow();
    List<JsonNode> samples = samples(kind);
    assertThat(samples).isNotEmpty();
    Random random = new Random(20231115L + kind.ordinal());
    int accepted = 0;
    int rejectedValid = 0;
    int invalid = 0;
    for (int round = 0; round < 3000; round++) {
      JsonNode doc = samples.get(random.nextInt(samples.size())).deepCopy();
      int mutations = round == 0 ? 0 : 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutate(doc, random);
      }
      boolean fast = precheck.certainlyValid(doc);
      List<?> full = SCHEMAS.fullValidation(kind, doc);
      if (fast) {
        accepted++;
        assertThat(full).as("precheck accepted %s", doc).isEmpty();
      } else if (full.isEmpty()) {
        rejectedValid++;
      } else {
        invalid++;
      }
    }
    assertThat(accepted).as("the precheck must be useful").isGreaterThan(100);
    assertThat(invalid).as("mutations must break documents").isGreaterThan(1000);
    assertThat(rejectedValid).as("valid documents left to the full validator").isLessThan(accepted);
  }

  @ParameterizedTest
  @EnumSource(
      value = FileKind.class,
      names = {"ACCESS_POLICY", "INSIGHT_THRESHOLDS"},
      mode = EnumSource.Mode.EXCLUDE)
  void acceptsEveryRepositoryFile(FileKind kind) throws IOException {
    SchemaPrecheck precheck = SCHEMAS.precheck(kind).orElseThrow();
    for (JsonNode doc : samples(kind)) {
      assertThat(SCHEMAS.fullValidation(kind, doc)).isEmpty();
      assertThat(precheck.certainlyValid(doc)).isTrue();
    }
  }

  /** An input's singular English unit needs its English unit: the fast path must not pass it. */
  @org.junit.jupiter.api.Test
  void refusesASingularUnitWithoutItsEnglishUnit() throws IOException {
    JsonNode framework =
        samples(FileKind.FRAMEWORK).stream()
            .filter(f -> f.findParent("unitEnOne") != null)
            .findFirst()
            .orElseThrow();
    ObjectNode input = (ObjectNode) framework.findParent("unitEnOne");
    SchemaPrecheck precheck = SCHEMAS.precheck(FileKind.FRAMEWORK).orElseThrow();
    assertThat(precheck.certainlyValid(framework)).isTrue();
    input.remove("unitEn");
    assertThat(precheck.certainlyValid(framework)).isFalse();
    assertThat(SCHEMAS.fullValidation(FileKind.FRAMEWORK, framework)).isNotEmpty();
  }

  private static List<JsonNode> samples(FileKind kind) throws IOException {
    Path root = Path.of("..");
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve(folder(kind)))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (FileKind.of(rel).orElse(null) == kind) {
          // Read as the loader reads, so numbers are exact decimals.
          out.add(
              READER.read(rel, Files.readAllBytes(f), new DiagnosticSink()).orElseThrow().root());
        }
      }
    }
    return out;
  }

  private static String folder(FileKind kind) {
    return switch (kind) {
      case REGISTRY -> "units";
      case FRAMEWORK -> "criteria";
      default -> "submissions";
    };
  }

  /** Changes one random value somewhere in the document. */
  private static void mutate(JsonNode doc, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name =
          names.isEmpty() || random.nextInt(6) == 0
              ? pick(random, "extra", "1.1", "Bad Key", "inputs", "notApplicable", "id", "")
              : names.get(random.nextInt(names.size()));
      if (random.nextInt(5) == 0) {
        object.remove(name);
      } else {
        object.set(name, value(random, object.get(name)));
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextInt(4) == 0) {
        array.add(value(random, null));
      } else if (random.nextInt(3) == 0) {
        array.remove(random.nextInt(array.size()));
      } else {
        int i = random.nextInt(array.size());
        array.set(i, value(random, array.get(i)));
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      node.forEach(child -> collect(child, into));
    }
  }

  private static JsonNode value(Random random, JsonNode old) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.textNode("");
      case 1 -> NODES.textNode("Bad Value");
      case 2 -> NODES.textNode("2023-02-30");
      case 3 -> NODES.textNode("ftp://x");
      case 4 -> NODES.numberNode(new BigDecimal("-1"));
      case 5 -> NODES.numberNode(new BigDecimal("0"));
      case 6 -> NODES.numberNode(new BigDecimal("1.5"));
      case 7 -> NODES.numberNode(new BigDecimal("2.0"));
      case 8 -> NODES.numberNode(new java.math.BigInteger("7"));
      case 9 -> NODES.booleanNode(random.nextBoolean());
      case 10 -> NODES.nullNode();
      case 11 -> NODES.arrayNode();
      case 12 -> NODES.objectNode();
      case 13 -> NODES.objectNode().put("reason", "x");
      case 14 ->
          old != null && old.isObject()
              ? shrink((ObjectNode) old.deepCopy(), random)
              : NODES.textNode("report");
      default ->
          old != null
              ? NODES.textNode(old.asText() + (random.nextBoolean() ? "x" : ""))
              : NODES.textNode("a-b");
    };
  }

  private static JsonNode shrink(ObjectNode object, Random random) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    if (!names.isEmpty()) {
      object.remove(names.get(random.nextInt(names.size())));
    }
    return object;
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
