package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Submission;

class RepositoryLoaderTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();
  private static final String SUBMISSION = "submissions/demo-xa/2023/demo-a.json";

  private FileSystem fs;
  private Path repo;

  @BeforeEach
  void setUp() throws IOException {
    fs = Jimfs.newFileSystem(Configuration.windows());
    repo = fs.getPath("C:\\repo");
    Files.createDirectories(repo);
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private void copyBase() throws IOException {
    Path base = MalformedInputTest.fixtures().resolve("_base");
    try (Stream<Path> files = Files.walk(base)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path target = repo;
        for (Path part : base.relativize(source)) {
          target = target.resolve(part.toString());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, Files.readAllBytes(source));
      }
    }
  }

  private void write(String path, String text) throws IOException {
    Path target = repo.resolve(path.replace('/', '\\'));
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
  }

  private String baseText(String path) throws IOException {
    return Files.readString(repo.resolve(path.replace('/', '\\')));
  }

  /**
   * Every unit on a cycle of parents is reported at its own {@code parent}, the cycle written from
   * it, and left out; units below a cycle, or under a parent the registry does not know, stay.
   */
  @Test
  void everyUnitOnACycleIsReportedOnceAndOnlyThoseAreLeftOut() throws IOException {
    copyBase();
    write(
        "units/cycles.json",
        """
        {"units": [
          {"id": "duoi", "name": "Dưới", "level": "xa", "parent": "c1"},
          {"id": "c1", "name": "C1", "level": "huyen", "parent": "c2"},
          {"id": "c2", "name": "C2", "level": "huyen", "parent": "c3"},
          {"id": "c3", "name": "C3", "level": "huyen", "parent": "c1"},
          {"id": "tu", "name": "Tự", "level": "huyen", "parent": "tu"},
          {"id": "mo-coi", "name": "Mồ côi", "level": "xa", "parent": "khong-co"}
        ]}
        """);

    LoadResult result = LOADER.loadContext(repo);

    assertThat(result.diagnostics().all())
        .extracting(d -> d.code() + " " + d.pointer() + " " + d.args())
        .containsExactly(
            "parent-cycle /units/1/parent [c1, c1 → c2 → c3 → c1]",
            "parent-cycle /units/2/parent [c2, c2 → c3 → c1 → c2]",
            "parent-cycle /units/3/parent [c3, c3 → c1 → c2 → c3]",
            "parent-cycle /units/4/parent [tu, tu → tu]");
    assertThat(result.diagnostics().all()).extracting(Diagnostic::line).containsExactly(3, 4, 5, 6);
    assertThat(result.dataset().registry().units())
        .extracting(org.opendti.model.Unit::id)
        .contains("duoi", "mo-coi", "demo-a")
        .doesNotContain("c1", "c2", "c3", "tu");
  }

  /**
   * The context a changed scope reads (its registry files read on threads of their own) is the
   * registry the whole load assembles, with the same diagnostics in the same order: a unit in two
   * files, a cycle of parents across files, a date that does not exist, a file that fails its
   * schema and one that is not JSON decide which units exist, so a changed submission's findings
   * depend on all of them.
   */
  @Test
  void theContextIsTheWholeLoadsRegistryReadFileByFile() throws IOException {
    copyBase();
    write(
        "units/b-more.json",
        """
        {"units": [
          {"id": "demo-c", "name": "Xã Mẫu C", "level": "xa", "parent": "demo-huyen"},
          {"id": "demo-a", "name": "Xã Mẫu A lần hai", "level": "xa", "parent": "demo-huyen"},
          {"id": "vong-1", "name": "Vòng 1", "level": "huyen", "parent": "vong-2"}
        ]}
        """);
    write(
        "units/f-date.json",
        """
        {"units": [
          {"id": "demo-d", "name": "Xã Mẫu D", "level": "xa", "parent": "demo-huyen",
           "validFrom": "2023-02-30"}
        ]}
        """);
    write(
        "units/c-cycle.json",
        """
        {"units": [
          {"id": "vong-2", "name": "Vòng 2", "level": "huyen", "parent": "vong-1"},
          {"id": "demo-e", "name": "Xã Mẫu E", "level": "xa", "parent": "vong-1"}
        ]}
        """);
    write("units/d-schema.json", "{\"units\": [{\"id\": \"x\", \"level\": \"xa\", \"pop\": 1}]}\n");
    write("units/e-broken.json", "{\"units\": [},\n");

    LoadResult whole = LOADER.load(repo);
    List<Diagnostic> ofRegistry =
        whole.diagnostics().all().stream().filter(d -> d.file().startsWith("units/")).toList();

    assertThat(ofRegistry)
        .extracting(Diagnostic::code)
        .contains(
            org.opendti.diagnostic.Code.DUPLICATE_ID,
            org.opendti.diagnostic.Code.PARENT_CYCLE,
            org.opendti.diagnostic.Code.INVALID_DATE,
            org.opendti.diagnostic.Code.SCHEMA_ADDITIONAL_PROPERTY,
            org.opendti.diagnostic.Code.JSON_BRACKET_MISMATCH);
    for (int run = 0; run < 20; run++) {
      LoadResult context = LOADER.loadContext(repo);
      assertThat(context.dataset().registry()).isEqualTo(whole.dataset().registry());
      assertThat(context.diagnostics().all()).containsExactlyElementsOf(ofRegistry);
    }
    assertThat(whole.dataset().registry().unit("demo-c")).isPresent();
    assertThat(whole.dataset().registry().unit("vong-1")).isEmpty();
    assertThat(whole.dataset().registry().unit("demo-d")).as("its file has an error").isEmpty();
  }

  @Test
  void loadsFromAnyFileSystemWithForwardSlashPaths() throws IOException {
    copyBase();

    LoadResult result = LOADER.load(repo);

    assertThat(result.diagnostics().all()).isEmpty();
    assertThat(result.dataset().submissions())
        .extracting(Submission::file)
        .containsExactly(SUBMISSION);
    assertThat(result.dataset().reviews().get(0).file())
        .isEqualTo("submissions/demo-xa/2023/demo-a.review.json");
  }

  @Test
  void missingFoldersGiveAnEmptyDataset() {
    LoadResult result = LOADER.load(repo);

    assertThat(result.diagnostics().all()).isEmpty();
    assertThat(result.dataset().frameworks()).isEmpty();
    assertThat(result.dataset().registry().units()).isEmpty();
  }

  @Test
  void otherFilesAreIgnored() throws IOException {
    copyBase();
    write("submissions/README.md", "# not json");
    write("notes.json", "{");

    assertThat(LOADER.load(repo).diagnostics().all()).isEmpty();
  }

  @Test
  void jsonInASubFolderOfCriteriaIsAWarning() throws IOException {
    copyBase();
    write("criteria/old/demo-xa.json", "not even json");

    assertThat(LOADER.load(repo).diagnostics().all())
        .extracting(Diagnostic::file, diag -> diag.code().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("criteria/old/demo-xa.json", "ignored-file"));
  }

  @Test
  void symlinksAreReportedNotFollowed() throws IOException {
    copyBase();
    Path outside = fs.getPath("C:\\outside");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("x.json"), baseText(SUBMISSION));
    Files.createSymbolicLink(
        repo.resolve("submissions\\demo-xa\\2023\\demo-b.json"), outside.resolve("x.json"));
    Files.createSymbolicLink(repo.resolve("submissions\\linked"), outside);

    LoadResult result = LOADER.load(repo);

    assertThat(result.diagnostics().all())
        .extracting(Diagnostic::file, diag -> diag.code().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("submissions/demo-xa/2023/demo-b.json", "symlink"),
            org.assertj.core.groups.Tuple.tuple("submissions/linked", "symlink"));
    assertThat(result.dataset().submissions()).hasSize(1);
  }

  @Test
  void submissionsAreSortedByPath() throws IOException {
    copyBase();
    String text = baseText(SUBMISSION);
    for (String unit : List.of("zeta", "alpha", "mid")) {
      write(
          "submissions/demo-xa/2023/" + unit + ".json",
          text.replace("\"demo-a\"", "\"" + unit + "\""));
    }

    List<String> files =
        LOADER.load(repo).dataset().submissions().stream().map(Submission::file).toList();

    assertThat(files).isSorted().hasSize(4);
  }

  @Test
  void sourceIndexLocatesEveryMemberAndElement() throws IOException {
    copyBase();
    LoadResult result = LOADER.load(repo);
    JsonNode tree = new ObjectMapper().readTree(baseText(SUBMISSION));
    List<String> pointers = new ArrayList<>();
    collect(tree, "", pointers);

    assertThat(pointers).hasSizeGreaterThan(40);
    for (String pointer : pointers) {
      SourceLocation at = result.sources().locate(SUBMISSION, pointer);
      assertThat(at.line()).as(pointer).isPositive();
      if (!pointer.isEmpty()) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        assertThat(at).as(pointer).isNotEqualTo(result.sources().locate(SUBMISSION, parent));
      }
    }
    assertThat(result.sources().locate(SUBMISSION, "/answers/2/inputs/a"))
        .isEqualTo(new SourceLocation(17, 29));
    assertThat(result.sources().locateKey(SUBMISSION, "/answers/2"))
        .isEqualTo(new SourceLocation(17, 5));
    assertThat(result.sources().locateKey(SUBMISSION, "/answers/1/evidence/0"))
        .isEqualTo(result.sources().locate(SUBMISSION, "/answers/1/evidence/0"));
  }

  private static void collect(JsonNode node, String pointer, List<String> into) {
    into.add(pointer);
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> collect(e.getValue(), pointer + "/" + SourceIndex.escape(e.getKey()), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, into);
      }
    }
  }

  @Test
  void listenerHearsOfEveryFile() throws IOException {
    copyBase();
    List<String> heard = new ArrayList<>();
    RepositoryLoader loader =
        RepositoryLoader.builder()
            .listener((file, done, total) -> heard.add(done + "/" + total + " " + file))
            .build();

    loader.load(repo);

    assertThat(heard)
        .containsExactly(
            "1/4 units/registry.json",
            "2/4 criteria/demo-xa.json",
            "3/4 " + SUBMISSION,
            "4/4 submissions/demo-xa/2023/demo-a.review.json");
  }

  @Test
  void concurrentLoadsAgree() throws Exception {
    copyBase();
    write("submissions/demo-xa/2023/bad.json", "{ \"unit\": 1 }");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LoadResult>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> LOADER.load(repo)));
      }
      LoadResult first = results.get(0).get();
      assertThat(first.diagnostics().all()).isNotEmpty();
      for (Future<LoadResult> r : results) {
        assertThat(r.get().diagnostics()).isEqualTo(first.diagnostics());
        assertThat(r.get().dataset()).isEqualTo(first.dataset());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void singleFileIsTypedByTheContextsFramework() throws IOException {
    copyBase();
    Dataset context = LOADER.load(repo).dataset();
    byte[] bad =
        baseText(SUBMISSION)
            .replace("\"a\": 998", "\"a\": \"99,8\"")
            .getBytes(StandardCharsets.UTF_8);

    LoadResult alone = LOADER.loadFile(SUBMISSION, bad);
    LoadResult withContext = LOADER.loadFile(SUBMISSION, bad, context);

    assertThat(alone.diagnostics().all()).isEmpty();
    assertThat(withContext.diagnostics().all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo("input-type");
              assertThat(d.hint(Lang.EN)).isEqualTo("write numbers with a decimal point: 99.8");
            });
    assertThat(withContext.dataset().submissions()).isEmpty();
    assertThat(withContext.dataset().frameworks()).isEqualTo(context.frameworks());
    assertThat(withContext.dataset().registry()).isEqualTo(context.registry());
  }

  @Test
  void unknownPathIsReported() {
    LoadResult result = LOADER.loadText("docs/x.json", "{}");

    assertThat(result.diagnostics().all())
        .extracting(diag -> diag.code().id())
        .containsExactly("unknown-file");
  }

  @Test
  void oversizeFileIsNotRead() throws IOException {
    copyBase();
    Path big = repo.resolve("submissions\\demo-xa\\2023\\big.json");
    try (var out = Files.newOutputStream(big)) {
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        out.write(chunk);
      }
    }

    assertThat(LOADER.load(repo).diagnostics().all())
        .extracting(Diagnostic::file, diag -> diag.code().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "submissions/demo-xa/2023/big.json", "file-too-large"));
  }

  /**
   * A file over the size limit gets the same diagnostic whichever reader meets it: the whole load
   * (a framework, a registry file, a submission), the pull request's context and its changed files.
   */
  @Test
  void oversizeFilesAreReportedAlikeByEveryReader() throws IOException {
    copyBase();
    String framework = "criteria/zz-big.json";
    String registry = "units/zz-big.json";
    String submission = "submissions/demo-xa/2023/big.json";
    String oversize = " ".repeat((int) org.opendti.load.internal.StrictJsonReader.MAX_BYTES + 1);
    for (String path : List.of(framework, registry, submission)) {
      write(path, oversize);
    }

    assertThat(tooLarge(LOADER.load(repo)))
        .containsExactlyInAnyOrder(framework, registry, submission);
    LoadResult context = LOADER.loadContext(repo);
    assertThat(tooLarge(context)).containsExactlyInAnyOrder(framework, registry);
    assertThat(tooLarge(LOADER.loadFiles(repo, context, List.of(submission))))
        .containsExactlyInAnyOrder(framework, registry, submission);
  }

  private static List<String> tooLarge(LoadResult result) {
    return result.diagnostics().all().stream()
        .filter(d -> d.code() == org.opendti.diagnostic.Code.FILE_TOO_LARGE)
        .map(Diagnostic::file)
        .toList();
  }

  @Test
  void submissionLocationsAreReadAgainOnlyWhenAskedForAndMatchTheFile() throws IOException {
    copyBase();
    // Two lines before the content: "/unit" moves, so a stale or eager-only answer would show.
    write(SUBMISSION, "\n\n" + baseText(SUBMISSION));
    String text = baseText(SUBMISSION);
    String[] lines = text.split("\n", -1);
    int line = 0;
    while (!lines[line].contains("\"unit\"")) {
      line++;
    }
    int column = lines[line].indexOf(':', lines[line].indexOf("\"unit\"")) + 1;
    while (lines[line].charAt(column) == ' ') {
      column++;
    }

    LoadResult result = LOADER.load(repo);

    assertThat(result.diagnostics().all()).isEmpty();
    SourceLocation unit = result.sources().locate(SUBMISSION, "/unit");
    assertThat(unit).isEqualTo(new SourceLocation(line + 1, column + 1));
    assertThat(result.sources().locateKey(SUBMISSION, "/unit"))
        .isEqualTo(new SourceLocation(line + 1, lines[line].indexOf("\"unit\"") + 1));
    // A pointer that does not exist falls back to its nearest ancestor, here the document.
    assertThat(result.sources().locate(SUBMISSION, "/nope/deeper"))
        .isEqualTo(result.sources().locate(SUBMISSION, ""));
  }
}
