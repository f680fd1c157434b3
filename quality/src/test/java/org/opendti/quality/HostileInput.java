package org.opendti.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a hostile copy of the repository: every free-text field and URL of every submission and
 * review, and every unit name in the registries, carries a vector from {@code xss-vectors.txt}.
 * Each field kind walks the corpus with its own cursor, so every vector reaches every kind of field
 * once there are enough submissions (the sample cohort has well over a hundred).
 */
final class HostileInput {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<String> vectors;
  private final Map<String, int[]> cursors = new java.util.TreeMap<>();
  private final List<String> preparerNames = new ArrayList<>();

  HostileInput(List<String> vectors) {
    this.vectors = List.copyOf(vectors);
  }

  /** The corpus: one vector a line, {@code \n} and {@code \t} escapes, {@code "# "} comments. */
  static List<String> corpus() {
    try (InputStream in = HostileInput.class.getResourceAsStream("xss-vectors.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(l -> !l.isEmpty() && !l.startsWith("# "))
          .map(l -> l.replace("\\n", "\n").replace("\\t", "\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The vectors given to preparers' names, in order: each must show up as plain text. */
  List<String> preparerNames() {
    return List.copyOf(preparerNames);
  }

  /**
   * Copies {@code criteria/ units/ schemas/ submissions/} of {@code real} into {@code repo},
   * poisoned.
   */
  void write(Path real, Path repo) throws IOException {
    for (String dir : List.of("criteria", "units", "schemas", "submissions")) {
      copyTree(real.resolve(dir), repo.resolve(dir));
    }
    for (Path f : jsonFiles(repo.resolve("units"))) {
      ObjectNode registry = (ObjectNode) JSON.readTree(f.toFile());
      for (JsonNode unit : registry.path("units")) {
        ObjectNode u = (ObjectNode) unit;
        u.put("name", u.path("name").asText() + " " + next("unit.name"));
        // Two per unit (the registries hold fewer units than the corpus has vectors).
        u.put("nameEn", next("unit.name"));
      }
      JSON.writeValue(f.toFile(), registry);
    }
    for (Path f : jsonFiles(repo.resolve("submissions"))) {
      ObjectNode doc = (ObjectNode) JSON.readTree(f.toFile());
      String name = f.getFileName().toString();
      if (name.endsWith(".review.json")) {
        Path submission = f.resolveSibling(name.replace(".review.json", ".json"));
        poisonReview(doc, JSON.readTree(submission.toFile()));
      } else {
        poisonSubmission(doc);
      }
      JSON.writeValue(f.toFile(), doc);
    }
  }

  private void poisonSubmission(ObjectNode s) {
    String name = next("preparer.name");
    preparerNames.add(name);
    ObjectNode preparer = (ObjectNode) s.get("preparer");
    preparer.put("name", name);
    for (String f : List.of("office", "title", "phone", "email")) {
      preparer.put(f, next("preparer." + f));
    }
    ObjectNode approver = (ObjectNode) s.get("approver");
    for (String f : List.of("name", "office", "title")) {
      approver.put(f, next("approver." + f));
    }
    for (Iterator<JsonNode> it = s.path("answers").elements(); it.hasNext(); ) {
      ObjectNode answer = (ObjectNode) it.next();
      answer.put("notes", next("notes"));
      if (answer.has("notApplicable")) {
        ((ObjectNode) answer.get("notApplicable")).put("reason", next("notApplicable.reason"));
      }
      // One more document of a kind the criterion already accepts, for more hostile slots.
      if (!(answer.get("evidence") instanceof ArrayNode evidence) || evidence.isEmpty()) {
        continue;
      }
      evidence.addObject().put("kind", evidence.get(0).path("kind").asText());
      for (JsonNode e : evidence) {
        ObjectNode ev = (ObjectNode) e;
        for (String f : List.of("title", "issuer", "number")) {
          ev.put(f, next("evidence." + f));
        }
        ev.put("url", httpUrl(next("evidence.url")));
      }
    }
  }

  /** Reviews are few: each gets zero-point corrections on up to 7 more answered criteria. */
  private void poisonReview(ObjectNode r, JsonNode submission) {
    Set<String> corrected = new java.util.TreeSet<>();
    r.path("corrections").forEach(c -> corrected.add(c.path("criterion").asText()));
    ArrayNode corrections = (ArrayNode) r.get("corrections");
    int added = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = submission.path("answers").fields();
        it.hasNext() && added < 7; ) {
      Map.Entry<String, JsonNode> answer = it.next();
      if (answer.getValue().has("inputs") && corrected.add(answer.getKey())) {
        corrections.addObject().put("criterion", answer.getKey()).put("points", 0);
        added++;
      }
    }
    ObjectNode reviewer = (ObjectNode) r.get("reviewer");
    for (String f : List.of("name", "office", "title")) {
      reviewer.put(f, next("reviewer." + f));
    }
    for (JsonNode c : r.path("corrections")) {
      ((ObjectNode) c).put("reason", next("review.reason"));
      // The correction's evidence, shown on the scorecard as a unit's is.
      ((ObjectNode) c)
          .putArray("evidence")
          .addObject()
          .put("kind", "document")
          .put("number", next("review.evidence.number"))
          .put("title", next("review.evidence.title"))
          .put("url", httpUrl(next("review.evidence.url")));
    }
    // Objections: a reference and a decision's reason are free text too (shown on the scorecard
    // and the reviewers' workbench, and in its CSV).
    String criterion = r.path("corrections").path(0).path("criterion").asText(null);
    com.fasterxml.jackson.databind.node.ArrayNode objections = r.putArray("objections");
    objections
        .addObject()
        .put("reference", next("objection.reference"))
        .put("received", "2025-01-20");
    ObjectNode decided =
        objections
            .addObject()
            .put("reference", next("objection.reference"))
            .put("received", "2025-01-15")
            .put("decision", "partly-upheld")
            .put("reason", next("objection.reason"))
            .put("decided", "2025-02-01");
    if (criterion != null) {
      ((ObjectNode) objections.get(0)).put("criterion", criterion);
      decided.put("criterion", criterion);
    }
  }

  /**
   * Evidence URLs must be http(s) URIs (schema and validator), so a vector rides in a query,
   * percent-encoded; one that already is such a URI goes in as it is.
   */
  private static String httpUrl(String vector) {
    try {
      java.net.URI uri = new java.net.URI(vector);
      if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
        return vector;
      }
    } catch (java.net.URISyntaxException e) {
      // not a URI as it stands: encode it below
    }
    return "https://example.vn/?q=" + java.net.URLEncoder.encode(vector, StandardCharsets.UTF_8);
  }

  private String next(String field) {
    int[] c = cursors.computeIfAbsent(field, k -> new int[1]);
    return vectors.get(c[0]++ % vectors.size());
  }

  /** How many values each field kind received (at least the corpus size means full coverage). */
  Map<String, Integer> coverage() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    cursors.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(file, to.resolve(from.relativize(file).toString()));
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
