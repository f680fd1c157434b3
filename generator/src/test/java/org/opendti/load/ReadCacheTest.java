package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/**
 * The read cache (issue #17, target 3): a load with it equals a load without it, and a file, a
 * framework or a tool that changed is never taken from it.
 */
class ReadCacheTest {

  private static final Path PROJECT = Path.of("..");
  private static final String TOOL = "tool 1";
  private static final String CHANGED = "submissions/gia-lai-2023-so/2023/mau-so-1.json";

  @TempDir Path repo;
  @TempDir Path cache;

  /** How much of the cache each load used, as the loader reports it. */
  private final List<int[]> used = new ArrayList<>();

  @BeforeEach
  void copyTheProjectsRepository() throws IOException {
    for (String folder : List.of("criteria", "units", "submissions", "policy")) {
      Path from = PROJECT.resolve(folder);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = repo.resolve(folder).resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
        }
      }
    }
  }

  private LoadResult cached(String tool) {
    return RepositoryLoader.builder()
        .readCache(cache, tool)
        .gitBlobIds(true)
        .listener(
            new LoadListener() {
              @Override
              public void fileLoaded(String file, int done, int total) {}

              @Override
              public void readCacheUsed(int reused, int unread, int kept, Path dir) {
                used.add(new int[] {reused, kept, unread});
              }
            })
        .build()
        .load(repo);
  }

  private LoadResult fresh() {
    return RepositoryLoader.builder().gitBlobIds(true).build().load(repo);
  }

  private int reused() {
    return used.get(used.size() - 1)[0];
  }

  private static int files(LoadResult r) {
    return r.dataset().submissions().size() + r.dataset().reviews().size();
  }

  private static void assertSameLoad(LoadResult actual, LoadResult expected) {
    assertThat(actual.dataset().submissions()).isEqualTo(expected.dataset().submissions());
    assertThat(actual.dataset().reviews()).isEqualTo(expected.dataset().reviews());
    assertThat(actual.dataset().frameworks()).isEqualTo(expected.dataset().frameworks());
    assertThat(actual.contentIds()).isEqualTo(expected.contentIds());
    assertThat(format(actual)).isEqualTo(format(expected));
    // Later stages locate values in files taken from the cache as in files read
    for (Submission s : expected.dataset().submissions()) {
      assertThat(actual.sources().locate(s.file(), "/answers"))
          .isEqualTo(expected.sources().locate(s.file(), "/answers"));
    }
  }

  /** Diagnostics as a reader sees them, with their lines and columns. */
  private static List<String> format(LoadResult r) {
    return r.diagnostics().all().stream()
        .map(d -> d.format(Lang.VI) + " @" + r.sources().locate(d.file(), d.pointer()))
        .toList();
  }

  @Test
  void aSecondLoadTakesEveryFileFromTheCacheAndEqualsALoadWithout() {
    LoadResult first = cached(TOOL);
    assertThat(used.get(0)).containsExactly(0, 0, 0);

    LoadResult second = cached(TOOL);

    int all = files(fresh());
    assertThat(all).isGreaterThan(100);
    assertThat(used.get(1)).containsExactly(all, all, 0);
    assertSameLoad(first, fresh());
    assertSameLoad(second, fresh());
    assertThat(second.contentIds().blobs()).hasSize(all);
    // The sample exercises what the codec writes: reviews with corrections, objections and their
    // former inputs, answers not applicable, every kind of value
    List<Review> reviews = second.dataset().reviews();
    assertThat(reviews).anyMatch(r -> r.corrections().stream().anyMatch(c -> c.was() != null));
    assertThat(reviews).anyMatch(r -> r.objections().stream().anyMatch(o -> o.decision() != null));
    List<Value> values =
        second.dataset().submissions().stream()
            .flatMap(s -> s.answers().stream())
            .flatMap(a -> a.inputs().values().stream())
            .toList();
    assertThat(values).hasAtLeastOneElementOfType(Value.Num.class);
    assertThat(values).hasAtLeastOneElementOfType(Value.Bool.class);
    assertThat(values).hasAtLeastOneElementOfType(Value.Text.class);
    assertThat(second.dataset().submissions())
        .anyMatch(s -> s.answers().stream().anyMatch(a -> a.notApplicable() != null));
  }

  /** Edits {@link #CHANGED}: its first note starts with {@code prefix}. */
  private void prefixTheFirstNote(String prefix) throws IOException {
    Path changed = repo.resolve(CHANGED);
    String json = Files.readString(changed, StandardCharsets.UTF_8);
    assertThat(json).contains("\"notes\" : \"");
    Files.writeString(
        changed,
        json.replaceFirst("\"notes\" : \"", "\"notes\" : \"" + prefix),
        StandardCharsets.UTF_8);
  }

  private int unread() {
    return used.get(used.size() - 1)[2];
  }

  /** Commits every file of {@link #repo}, each modified an hour before, so none is racily clean. */
  private void commitAll() throws Exception {
    FileTime anHourAgo = FileTime.from(java.time.Instant.now().minusSeconds(3600));
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, anHourAgo);
      }
    }
    try (org.eclipse.jgit.api.Git git =
        org.eclipse.jgit.api.Git.init()
            .setDirectory(repo.toFile())
            .setInitialBranch("main")
            .call()) {
      // As a fresh clone on a machine whose global Git settings convert no line endings
      org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
      config.setString("core", null, "autocrlf", "false");
      config.save();
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("all")
          .setAuthor("t", "t@example.invalid")
          .setCommitter("t", "t@example.invalid")
          .setSign(false)
          .call();
    }
  }

  @Test
  void inAGitWorkTreeFilesTheIndexSaysAreUnchangedAreNotEvenRead() throws Exception {
    commitAll();
    cached(TOOL);

    LoadResult second = cached(TOOL);

    int all = files(second);
    assertThat(used.get(1)).containsExactly(all, all, all);
    assertSameLoad(second, fresh());
    assertThat(second.contentIds().blobs()).isEqualTo(fresh().contentIds().blobs());
  }

  @Test
  void aFileEditedSinceItWasStagedIsReadAndHashed() throws Exception {
    commitAll();
    cached(TOOL);
    prefixTheFirstNote("Mới. ");

    LoadResult second = cached(TOOL);

    assertThat(reused()).isEqualTo(files(second) - 1);
    assertThat(unread()).isEqualTo(files(second) - 1);
    assertSameLoad(second, fresh());
  }

  @Test
  void aFileAsRecentAsTheIndexIsReadNotBelieved() throws Exception {
    commitAll();
    cached(TOOL);
    // Same bytes, a time after the index was written: racily clean, so read and hashed
    Files.setLastModifiedTime(
        repo.resolve(CHANGED), FileTime.from(java.time.Instant.now().plusSeconds(60)));

    LoadResult second = cached(TOOL);

    assertThat(reused()).isEqualTo(files(second));
    assertThat(unread()).isEqualTo(files(second) - 1);
    assertSameLoad(second, fresh());
  }

  @Test
  void filesThatMayDifferFromTheirBlobsAreAlwaysRead() throws Exception {
    commitAll();
    cached(TOOL);
    Files.writeString(repo.resolve(".gitattributes"), "*.json text eol=crlf\n");

    cached(TOOL);

    assertThat(reused()).isEqualTo(files(fresh()));
    assertThat(unread()).isZero();
    assertThat(org.opendti.git.IndexedBlobs.read(repo).size()).isZero();
  }

  @Test
  void aWorkTreeWhoseLineEndingsGitConvertsIsAlwaysRead() throws Exception {
    commitAll();
    cached(TOOL);
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
      org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
      config.setString("core", null, "autocrlf", "true");
      config.save();
    }

    cached(TOOL);

    assertThat(reused()).isEqualTo(files(fresh()));
    assertThat(unread()).isZero();
  }

  @Test
  void anUnchangedLoadLeavesTheCacheFileAsItWas() throws IOException {
    cached(TOOL);
    Path file = cache.resolve("loaded.bin");
    FileTime before = FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, before);
    byte[] bytes = Files.readAllBytes(file);

    cached(TOOL);

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void aChangedSubmissionIsReadAgainAndTheRestTakenFromTheCache() throws IOException {
    cached(TOOL);
    prefixTheFirstNote("Đã sửa. ");

    LoadResult second = cached(TOOL);

    assertThat(reused()).isEqualTo(files(second) - 1);
    assertSameLoad(second, fresh());
    Submission read =
        second.dataset().submissions().stream()
            .filter(s -> s.file().equals(CHANGED))
            .findFirst()
            .orElseThrow();
    assertThat(read.answers()).anyMatch(a -> a.notes() != null && a.notes().startsWith("Đã sửa. "));
    // One file out of date of 138 does not pay for rewriting the cache: it is read again
    cached(TOOL);
    assertThat(reused()).isEqualTo(files(second) - 1);
  }

  @Test
  void theCacheIsRewrittenWhenMoreThanATwentiethIsOutOfDate() throws IOException {
    cached(TOOL);
    Path file = cache.resolve("loaded.bin");
    byte[] before = Files.readAllBytes(file);
    List<Path> submissions;
    try (Stream<Path> all = Files.walk(repo.resolve("submissions/gia-lai-2023-so"))) {
      submissions = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int limit = files(fresh()) / 20;
    for (Path p : submissions.subList(0, limit)) {
      Files.writeString(p, Files.readString(p, StandardCharsets.UTF_8) + " ");
    }
    cached(TOOL);
    assertThat(Files.readAllBytes(file)).as("a twentieth changed: kept").isEqualTo(before);
    assertThat(reused()).isEqualTo(files(fresh()) - limit);

    Path more = submissions.get(limit);
    Files.writeString(more, Files.readString(more, StandardCharsets.UTF_8) + " ");
    cached(TOOL);
    assertThat(Files.readAllBytes(file))
        .as("more than a twentieth: rewritten")
        .isNotEqualTo(before);
    assertThat(reused()).isEqualTo(files(fresh()) - limit - 1);

    LoadResult third = cached(TOOL);
    assertThat(reused()).isEqualTo(files(third));
    assertSameLoad(third, fresh());
  }

  @Test
  void aChangedFrameworkReadsEveryFileAgain() throws IOException {
    cached(TOOL);
    Path framework = repo.resolve("criteria/gia-lai-2023-so.json");
    Files.writeString(
        framework,
        Files.readString(framework, StandardCharsets.UTF_8) + "\n",
        StandardCharsets.UTF_8);

    LoadResult second = cached(TOOL);

    assertThat(reused()).isZero();
    assertSameLoad(second, fresh());
  }

  @Test
  void aChangedRegistryReadsEveryFileAgain() throws IOException {
    cached(TOOL);
    Path levels = repo.resolve("units/levels.json");
    Files.writeString(
        levels, Files.readString(levels, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);

    cached(TOOL);

    assertThat(reused()).isZero();
  }

  @Test
  void anotherToolVersionReadsEveryFileAgain() {
    cached(TOOL);

    LoadResult second = cached("tool 2");

    assertThat(reused()).isZero();
    assertSameLoad(second, fresh());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cut", "flipped", "empty", "garbage", "missing"})
  void aDamagedCacheCountsAsNoneAndIsWrittenAgain(String damage) throws IOException {
    cached(TOOL);
    Path file = cache.resolve("loaded.bin");
    byte[] bytes = Files.readAllBytes(file);
    switch (damage) {
      case "cut" -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      case "flipped" -> {
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
      }
      case "empty" -> Files.write(file, new byte[0]);
      case "garbage" -> Files.writeString(file, "{\"not\": \"a cache\"}");
      default -> Files.delete(file);
    }

    LoadResult second = cached(TOOL);

    assertThat(reused()).isZero();
    assertSameLoad(second, fresh());
    cached(TOOL);
    assertThat(reused()).isEqualTo(files(second));
  }

  @Test
  void aFileWithAWarningIsReadEachTimeAndWarnsEachTime() throws IOException {
    Path changed = repo.resolve(CHANGED);
    byte[] json = Files.readAllBytes(changed);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    Files.write(changed, withBom);
    cached(TOOL);

    LoadResult second = cached(TOOL);

    assertThat(reused()).isEqualTo(files(second) - 1);
    assertThat(second.diagnostics().all())
        .extracting(Diagnostic::code, Diagnostic::file)
        .contains(org.assertj.core.groups.Tuple.tuple(Code.UTF8_BOM, CHANGED));
    assertSameLoad(second, fresh());
  }

  @Test
  void aFileWithAnErrorIsLeftOutEachTime() throws IOException {
    Path changed = repo.resolve(CHANGED);
    Files.writeString(
        changed,
        Files.readString(changed, StandardCharsets.UTF_8)
            .replaceFirst("\"unit\"", "\"unit\" : 1, \"x\""),
        StandardCharsets.UTF_8);
    cached(TOOL);

    LoadResult second = cached(TOOL);

    assertThat(second.dataset().submissions()).noneMatch(s -> s.file().equals(CHANGED));
    assertThat(second.diagnostics().all()).anyMatch(d -> d.file().equals(CHANGED));
    assertSameLoad(second, fresh());
  }
}
