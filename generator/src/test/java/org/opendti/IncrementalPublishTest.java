package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.synth.CohortSpec;
import org.opendti.synth.SampleCohorts;

/** A rebuild after one changed submission rewrites only the pages whose bytes changed. */
class IncrementalPublishTest {

  private static final Path PROJECT = Path.of("..");
  private static final String SUBMISSION = "submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json";

  @TempDir Path tmp;
  private Path repo;

  @BeforeEach
  void cohort() throws IOException {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("criteria"));
    Files.createDirectories(repo.resolve("units"));
    Files.copy(
        PROJECT.resolve("criteria/gia-lai-2023-xa.json"),
        repo.resolve("criteria/gia-lai-2023-xa.json"));
    Files.copy(PROJECT.resolve("units/levels.json"), repo.resolve("units/levels.json"));
    SampleCohorts.generate(
            repo, List.of("gia-lai-2023-xa"), new CohortSpec("mau", "Tỉnh Mẫu", 0, 2, 3, 7))
        .writeTo(repo);
  }

  private PipelineResult publish(Path out) throws IOException {
    return Pipeline.builder()
        .repositoryRoot(repo)
        .templates(PROJECT.resolve("site-templates"))
        .build()
        .publish(out);
  }

  /** Files of a published site; {@code out} links to its version folder, walked from there. */
  private static List<String> files(Path out) throws IOException {
    Path dir = out.toRealPath();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void oneChangedSubmissionRewritesOnlyThePagesThatDiffer() throws IOException {
    Path site = tmp.resolve("site");
    publish(site);
    List<String> all = files(site);
    for (String f : all) {
      Files.setLastModifiedTime(site.resolve(f), FileTime.fromMillis(0));
    }
    Path before = tmp.resolve("before");
    publish(before);
    assertThat(files(before)).isEqualTo(all);

    // The contact's name shows on the unit's scorecards only, not in any score.
    Path file = repo.resolve(SUBMISSION);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(json).contains("Cán bộ mẫu ");
    Files.writeString(
        file, json.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "), StandardCharsets.UTF_8);
    publish(site);

    List<String> differ = new ArrayList<>();
    for (String f : files(site)) {
      if (!Files.exists(before.resolve(f))
          || !Arrays.equals(
              Files.readAllBytes(site.resolve(f)), Files.readAllBytes(before.resolve(f)))) {
        differ.add(f);
      }
    }
    List<String> rewritten = new ArrayList<>();
    for (String f : files(site)) {
      if (Files.getLastModifiedTime(site.resolve(f)).toMillis() != 0) {
        rewritten.add(f);
      }
    }
    assertThat(differ)
        .contains(
            "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html",
            "en/units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html");
    assertThat(rewritten).isEqualTo(differ).hasSizeLessThan(all.size() / 4);
  }

  @Test
  void anUnchangedRepositoryRepublishesWithoutWritingAndByteIdentical() throws IOException {
    Path site = tmp.resolve("site");
    publish(site);
    List<String> all = files(site);
    List<byte[]> bytes = new ArrayList<>();
    for (String f : all) {
      bytes.add(Files.readAllBytes(site.resolve(f)));
      Files.setLastModifiedTime(site.resolve(f), FileTime.fromMillis(0));
    }
    publish(site);
    assertThat(files(site)).isEqualTo(all);
    for (int i = 0; i < all.size(); i++) {
      Path f = site.resolve(all.get(i));
      assertThat(Files.readAllBytes(f)).as(all.get(i)).isEqualTo(bytes.get(i));
      assertThat(Files.getLastModifiedTime(f).toMillis()).as(all.get(i)).isZero();
    }
  }

  @Test
  void aRenderFailingHalfWayLeavesThePreviousSiteAsItWas() throws IOException {
    Path site = tmp.resolve("site");
    publish(site);
    List<String> all = files(site);
    byte[] home = Files.readAllBytes(site.resolve("index.html"));
    Path templates = tmp.resolve("templates");
    try (Stream<Path> s = Files.walk(PROJECT.resolve("site-templates"))) {
      for (Path f : s.toList()) {
        Path to = templates.resolve(PROJECT.resolve("site-templates").relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    // Scorecards come after the home, criteria and ranking pages: some files are already written.
    Files.writeString(templates.resolve("scorecard.ftlh"), "${noSuchVariable}");
    Pipeline broken = Pipeline.builder().repositoryRoot(repo).templates(templates).build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.publish(site))
        .isInstanceOf(org.opendti.render.SiteRenderException.class);

    assertThat(files(site)).isEqualTo(all);
    assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(home);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .as("the site, its version folder, and no staging left behind")
          .containsExactly(".site.v1", "repo", "site", "templates");
    }
  }
}
