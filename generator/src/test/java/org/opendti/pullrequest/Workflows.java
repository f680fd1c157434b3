package org.opendti.pullrequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The repository's GitHub workflows, parsed with Jackson YAML. */
final class Workflows {

  static final Path DIR = ReviewRepo.PROJECT.resolve(".github/workflows");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Workflows() {}

  /** Every workflow by file name. */
  static Map<String, JsonNode> all() {
    Map<String, JsonNode> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        out.put(f.getFileName().toString(), read(f.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static JsonNode read(String name) {
    return readFrom(DIR, name);
  }

  /** A workflow of another checkout's {@code .github/workflows}. */
  static JsonNode readFrom(Path dir, String name) {
    try {
      return YAML.readTree(dir.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every step of every job, in order. */
  static List<JsonNode> steps(JsonNode workflow) {
    List<JsonNode> out = new ArrayList<>();
    workflow.path("jobs").forEach(job -> job.path("steps").forEach(out::add));
    return out;
  }
}
