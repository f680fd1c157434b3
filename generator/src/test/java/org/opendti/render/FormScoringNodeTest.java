package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Submission;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;
import org.opendti.validate.Validator;

/**
 * The form's scoring core ({@code assets/form-scoring.js}, run under Node) against the Java {@link
 * Scorer}: the same points per criterion for the real Ngã Năm submission (seed {@code 002_…}) and
 * sample submissions of every other framework; and the JSON the form writes loads and validates.
 */
class FormScoringNodeTest {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final ObjectMapper JSON = new ObjectMapper();
  static Dataset accepted;

  @BeforeAll
  static void load() {
    accepted = Pipeline.builder().repositoryRoot(REPO).build().check().accepted();
  }

  /** Up to {@code perFramework} submissions of each framework, all of Ngã Năm's. */
  private static List<Submission> cases(int perFramework) {
    Map<String, List<Submission>> byFw = new TreeMap<>();
    for (Submission s : accepted.submissions()) {
      List<Submission> l = byFw.computeIfAbsent(s.framework(), k -> new ArrayList<>());
      if (s.framework().equals("nga-nam-2024") || l.size() < perFramework) {
        l.add(s);
      }
    }
    return byFw.values().stream().flatMap(List::stream).toList();
  }

  @Test
  void jsPointsEqualJavaPointsPerCriterion(@TempDir Path tmp) throws Exception {
    List<Submission> subs = cases(6);
    assertThat(subs).extracting(Submission::unit).contains("nga-nam");
    // Reviews correct scores after the fact; the form scores what the unit writes.
    Dataset noReviews = new Dataset(accepted.registry(), accepted.frameworks(), subs, List.of());
    List<UnitScore> java = new Scorer().score(noReviews, ArrivalTimes.none());
    ArrayNode cases = JSON.createArrayNode();
    for (Submission s : subs) {
      cases
          .addObject()
          .put("key", key(s.framework(), s.period(), s.unit()))
          .put("framework", frameworkData(tmp, s.framework()).toString())
          .put("submission", REPO.resolve(s.file()).toString());
    }
    Path casesFile = tmp.resolve("cases.json");
    JSON.writeValue(casesFile.toFile(), cases);

    JsonNode js =
        JSON.readTree(
            NodeScript.run(
                "score-submissions.js", NodeScript.scoringModule(), casesFile.toString()));

    int compared = 0;
    int totals = 0;
    for (UnitScore u : java) {
      JsonNode unit = js.get(key(u.frameworkId(), u.periodId(), u.unitId()));
      assertThat(unit).as(u.unitId()).isNotNull();
      for (CriterionScore c : u.criteria()) {
        JsonNode r = unit.get("criteria").get(c.criterionId());
        String at = u.frameworkId() + " " + u.periodId() + " " + u.unitId() + " " + c.criterionId();
        assertThat(r).as(at).isNotNull();
        assertThat(r.get("points").asText()).as(at).isEqualTo(c.points().toPlainString());
        assertThat(r.get("status").asText()).as(at).isEqualTo(status(c.status()));
        compared++;
      }
      if (unit.get("pendingCohort").asInt() == 0) {
        assertThat(unit.get("total").asText()).as(u.unitId()).isEqualTo(u.total().toPlainString());
        totals++;
      }
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(totals).isGreaterThan(0);
  }

  /**
   * Random answers (seeded) to every criterion of every framework: late dates around month ends,
   * ratios above 1, zero denominators, 0.005 ties, points above the maximum, not-applicable claims
   * and priority sectors, which the real submissions rarely reach.
   */
  @Test
  void jsPointsEqualJavaPointsOnRandomAnswers(@TempDir Path tmp) throws Exception {
    Random random = new Random(20231125L);
    List<Submission> subs = new ArrayList<>();
    ArrayNode cases = JSON.createArrayNode();
    for (Framework fw : accepted.frameworks()) {
      for (int i = 0; i < 40; i++) {
        Submission s = RandomAnswers.submission(fw, "u" + i, random);
        subs.add(s);
        Path file = tmp.resolve(fw.id() + "-u" + i + ".json");
        JSON.writeValue(file.toFile(), RandomAnswers.json(s));
        cases
            .addObject()
            .put("key", key(s.framework(), s.period(), s.unit()))
            .put("framework", frameworkData(tmp, fw.id()).toString())
            .put("submission", file.toString());
      }
    }
    Path casesFile = tmp.resolve("cases.json");
    JSON.writeValue(casesFile.toFile(), cases);
    Dataset data = new Dataset(accepted.registry(), accepted.frameworks(), subs, List.of());
    List<UnitScore> java = new Scorer().score(data, ArrivalTimes.none());

    JsonNode js =
        JSON.readTree(
            NodeScript.run(
                "score-submissions.js", NodeScript.scoringModule(), casesFile.toString()));

    int compared = 0;
    for (UnitScore u : java) {
      JsonNode unit = js.get(key(u.frameworkId(), u.periodId(), u.unitId()));
      for (CriterionScore c : u.criteria()) {
        JsonNode r = unit.get("criteria").get(c.criterionId());
        String at = u.frameworkId() + " " + u.unitId() + " " + c.criterionId();
        assertThat(r.get("points").asText()).as(at).isEqualTo(c.points().toPlainString());
        compared++;
      }
      assertThat(unit.get("pendingCohort").asInt()).as(u.unitId()).isZero();
      assertThat(unit.get("total").asText()).as(u.unitId()).isEqualTo(u.total().toPlainString());
    }
    assertThat(compared).isGreaterThan(1000);
  }

  /**
   * Cohort criteria ({@code 003_…} 8.4) in both variants: the frameworks' own relativeToBest, and
   * the same frameworks with minMax ((x − x_min) / (x_best − x_min) × max), on random answers: the
   * script gives every unit the points and total the Java scorer gives against the same cohort.
   */
  @Test
  void jsCohortPointsEqualJavaPointsInBothVariants(@TempDir Path tmp) throws Exception {
    Path repo = tmp.resolve("repo");
    copyTree(REPO.resolve("units"), repo.resolve("units"));
    Files.createDirectories(repo.resolve("criteria"));
    List<Framework> variants = new ArrayList<>();
    for (Framework fw : accepted.frameworks()) {
      if (fw.allCriteria().stream().noneMatch(c -> c.method() instanceof Method.Cohort)) {
        continue;
      }
      variants.add(fw);
      Path file = Path.of(Validator.frameworkFile(fw.id()));
      String text = Files.readString(REPO.resolve(file));
      assertThat(text).contains("\"relativeToBest\"");
      Files.writeString(repo.resolve(file), text.replace("\"relativeToBest\"", "\"minMax\""));
    }
    LoadResult loaded = RepositoryLoader.builder().build().load(repo);
    List<Framework> minMax = loaded.dataset().frameworks();
    assertThat(minMax).hasSameSizeAs(variants).isNotEmpty();
    variants.addAll(minMax);
    Random random = new Random(20261203L);
    int compared = 0;
    for (int v = 0; v < variants.size(); v++) {
      Framework fw = variants.get(v);
      Path dir = Files.createDirectories(tmp.resolve("v" + v));
      Path data = dir.resolve("fw.json");
      Files.writeString(data, FormData.json(fw, Lang.VI, null, Map.of()));
      List<Submission> subs = new ArrayList<>();
      ArrayNode cases = JSON.createArrayNode();
      for (int i = 0; i < 30; i++) {
        Submission s = RandomAnswers.submission(fw, "u" + i, random);
        subs.add(s);
        Path file = dir.resolve("u" + i + ".json");
        JSON.writeValue(file.toFile(), RandomAnswers.json(s));
        cases
            .addObject()
            .put("key", key(s.framework(), s.period(), s.unit()))
            .put("framework", data.toString())
            .put("submission", file.toString());
      }
      Path casesFile = dir.resolve("cases.json");
      JSON.writeValue(casesFile.toFile(), cases);
      Dataset dataset = new Dataset(accepted.registry(), List.of(fw), subs, List.of());
      JsonNode js =
          JSON.readTree(
              NodeScript.run(
                  "score-submissions.js", NodeScript.scoringModule(), casesFile.toString()));
      for (UnitScore u : new Scorer().score(dataset, ArrivalTimes.none())) {
        JsonNode unit = js.get(key(u.frameworkId(), u.periodId(), u.unitId()));
        for (CriterionScore c : u.criteria()) {
          if (!(fw.criterion(c.criterionId()).orElseThrow().method() instanceof Method.Cohort)) {
            continue;
          }
          String at = fw.id() + " v" + v + " " + u.unitId() + " " + c.criterionId();
          assertThat(unit.get("criteria").get(c.criterionId()).get("points").asText())
              .as(at)
              .isEqualTo(c.points().toPlainString());
          compared++;
        }
        assertThat(unit.get("total").asText()).as(u.unitId()).isEqualTo(u.total().toPlainString());
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void submissionBuiltByTheFormLoadsAndValidatesWithoutErrors(@TempDir Path tmp) throws Exception {
    Submission original =
        accepted.submissions().stream()
            .filter(s -> s.unit().equals("nga-nam"))
            .findFirst()
            .orElseThrow();
    Path data = frameworkData(tmp, original.framework());
    String built =
        NodeScript.run(
            "build-submission.js",
            NodeScript.scoringModule(),
            data.toString(),
            REPO.resolve(original.file()).toString());

    JsonNode tree = JSON.readTree(built);
    List<String> keys = new ArrayList<>();
    tree.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "$schema",
            "unit",
            "framework",
            "period",
            "preparer",
            "approver",
            "profile",
            "prioritySector",
            "answers");
    List<String> answerOrder = new ArrayList<>();
    tree.get("answers").fieldNames().forEachRemaining(answerOrder::add);
    assertThat(answerOrder)
        .containsExactlyElementsOf(original.answers().stream().map(a -> a.criterion()).toList());

    Path repo = tmp.resolve("repo");
    copyTree(REPO.resolve("units"), repo.resolve("units"));
    copyTree(REPO.resolve("schemas"), repo.resolve("schemas"));
    Path fwFile = Path.of(Validator.frameworkFile(original.framework()));
    Files.createDirectories(repo.resolve(fwFile).getParent());
    Files.copy(REPO.resolve(fwFile), repo.resolve(fwFile));
    Path target = repo.resolve(original.file());
    Files.createDirectories(target.getParent());
    Files.writeString(target, built);

    LoadResult loaded = RepositoryLoader.builder().build().load(repo);
    Diagnostics report =
        loaded.diagnostics().plus(new Validator().validate(loaded.dataset(), loaded.sources()));
    List<Diagnostic> errors =
        report.all().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertThat(errors).isEmpty();
    Submission reloaded = loaded.dataset().submissions().get(0);
    assertThat(reloaded.answers()).isEqualTo(original.answers());
    assertThat(reloaded.preparer()).isEqualTo(original.preparer());
  }

  private static Path frameworkData(Path dir, String frameworkId) throws IOException {
    Path file = dir.resolve("fw-" + frameworkId + ".json");
    if (!Files.exists(file)) {
      Framework fw = accepted.framework(frameworkId).orElseThrow();
      Files.writeString(file, FormData.json(fw, Lang.VI, null, Map.of()));
    }
    return file;
  }

  private static String status(CriterionScore.Status s) {
    return switch (s) {
      case SCORED -> "scored";
      case NOT_APPLICABLE -> "notApplicable";
      default -> "missing";
    };
  }

  private static String key(String fw, String period, String unit) {
    return fw + "/" + period + "/" + unit;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
        Path f = it.next();
        Path dest = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(f, dest);
        }
      }
    }
  }
}
