package org.opendti;

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.publish.SitePublisher;
import org.opendti.render.SiteRenderer;
import org.opendti.synth.CohortSpec;
import org.opendti.synth.SampleCohorts;

/**
 * The incremental render cache (issue #17): a rebuild renders again exactly the pages a change
 * touches (a submission, a framework, a template, the tool's version), reuses the rest, and its
 * output equals a fresh build byte for byte.
 */
class RenderCacheTest {

  private static final Path PROJECT = Path.of("..");
  private static final String XA = "gia-lai-2023-xa";
  private static final String HUYEN = "gia-lai-2023-huyen";
  private static final String SUBMISSION = "submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json";

  @TempDir Path tmp;
  private Path repo;
  private Path templates;
  private Path site;
  private Path cache;
  private int pagePeriods;

  @BeforeEach
  void cohort() throws IOException {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("criteria"));
    Files.createDirectories(repo.resolve("units"));
    for (String fw : List.of(XA, HUYEN)) {
      Files.copy(
          PROJECT.resolve("criteria/" + fw + ".json"), repo.resolve("criteria/" + fw + ".json"));
    }
    Files.copy(PROJECT.resolve("units/levels.json"), repo.resolve("units/levels.json"));
    SampleCohorts.generate(repo, List.of(XA, HUYEN), new CohortSpec("mau", "Tỉnh Mẫu", 0, 2, 3, 7))
        .writeTo(repo);
    templates = tmp.resolve("templates");
    copyTree(PROJECT.resolve("site-templates"), templates);
    site = tmp.resolve("site");
    cache = tmp.resolve("render-cache");
  }

  /** Publishes {@code repo} into {@code out}, with the cache when {@code cached}. */
  private SiteRenderer.CacheUse publish(Path out, boolean cached, String tool) throws IOException {
    PipelineResult result = Pipeline.builder().repositoryRoot(repo).build().checkWithInsights();
    SiteRenderer.Builder b =
        SiteRenderer.builder().templates(templates).toolVersion(tool).pagePeriods(pagePeriods);
    if (cached) {
      b.cache(cache, out);
    }
    SiteRenderer renderer = b.build();
    try (SitePublisher.Session session = new SitePublisher().begin(out)) {
      renderer.render(result.siteInput(), session);
      session.commit();
    }
    return renderer.lastCacheUse();
  }

  private SiteRenderer.CacheUse rebuild() throws IOException {
    return publish(site, true, "1");
  }

  /** The cached site equals a fresh build without a cache, file for file, byte for byte. */
  private void assertEqualsFreshBuild() throws IOException {
    Path fresh = tmp.resolve("fresh-" + System.nanoTime());
    publish(fresh, false, "1");
    Map<String, byte[]> a = files(site);
    Map<String, byte[]> b = files(fresh);
    assertThat(a.keySet()).isEqualTo(b.keySet());
    for (String path : a.keySet()) {
      assertThat(a.get(path)).as(path).isEqualTo(b.get(path));
    }
  }

  private Set<String> pages(String pattern) throws IOException {
    return files(site).keySet().stream()
        .filter(p -> p.matches(pattern))
        .collect(Collectors.toSet());
  }

  @Test
  void anUnchangedRepositoryReusesEveryPageAndEqualsAFreshBuild() throws IOException {
    SiteRenderer.CacheUse first = rebuild();
    assertThat(first.reused()).isZero();
    assertThat(first.rendered()).isNotEmpty();

    SiteRenderer.CacheUse second = rebuild();

    assertThat(second.rendered()).isEmpty();
    assertThat(second.reused()).isEqualTo(first.rendered().size());
    assertEqualsFreshBuild();
  }

  /**
   * Archiving a period ({@code dti.pagePeriods}) and taking it back, with the cache kept: each site
   * equals a fresh build of the same setting; the pages that come back are rendered, not taken from
   * a previous site that no longer has them.
   */
  @Test
  void archivingAPeriodAndTakingItBackEqualsAFreshBuildEachTime() throws IOException {
    rebuild();
    String old = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    String latest = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2024.html";
    assertThat(pages(".*")).contains(old, latest);

    pagePeriods = 1;
    Set<String> archived = rebuild().rendered();
    assertThat(pages(".*")).doesNotContain(old).contains(latest);
    // The latest scorecards now mark the older period archived in their history.
    assertThat(archived).contains(latest, "en/" + latest);
    assertEqualsFreshBuild();

    pagePeriods = 0;
    Set<String> back = rebuild().rendered();
    assertThat(back).contains(old, "en/" + old, latest);
    assertEqualsFreshBuild();
  }

  @Test
  void aChangedSubmissionRendersItsPagesAndNotTheOtherFrameworks() throws IOException {
    rebuild();
    Path file = repo.resolve(SUBMISSION);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file, json.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "), StandardCharsets.UTF_8);

    Set<String> rendered = rebuild().rendered();

    // The contact shows only on the unit's scorecard of that period, in both languages.
    assertThat(rendered)
        .containsExactlyInAnyOrder(
            "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html",
            "en/units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html");
    assertEqualsFreshBuild();
  }

  @Test
  void aChangedFrameworkRendersItsPagesOnly() throws IOException {
    rebuild();
    Path fw = repo.resolve("criteria/" + HUYEN + ".json");
    String json = Files.readString(fw, StandardCharsets.UTF_8);
    String changed = json.replaceFirst("\"name\": \"", "\"name\": \"Đổi: ");
    assertThat(changed).isNotEqualTo(json);
    Files.writeString(fw, changed, StandardCharsets.UTF_8);

    Set<String> rendered = rebuild().rendered();

    // The Vietnamese name of the first pillar: the Vietnamese pages of the framework; English
    // pages show its English name, unchanged, so they are reused.
    assertThat(rendered).containsAll(pages("units/.*/" + HUYEN + "-.*\\.html"));
    assertThat(rendered).contains("criteria/" + HUYEN + ".html");
    assertThat(rendered).doesNotContainAnyElementsOf(pages("en/units/.*\\.html"));
    assertThat(rendered).doesNotContainAnyElementsOf(pages("(en/)?units/.*/" + XA + "-.*\\.html"));
    assertThat(rendered).doesNotContain("criteria/" + XA + ".html");
    assertEqualsFreshBuild();
  }

  @Test
  void aChangedTemplateRendersThePagesThatUseItOnly() throws IOException {
    rebuild();
    Path ranking = templates.resolve("ranking.ftlh");
    Files.writeString(
        ranking,
        Files.readString(ranking, StandardCharsets.UTF_8)
            .replace("</@layout.shell>", "<p>x</p></@layout.shell>"),
        StandardCharsets.UTF_8);

    Set<String> rendered = rebuild().rendered();

    assertThat(rendered).isNotEmpty().isEqualTo(pages("(en/)?rankings/.*\\.html"));
    assertEqualsFreshBuild();
    assertThat(Files.readString(site.resolve(rendered.iterator().next()))).contains("<p>x</p>");

    // The layout every page imports: every page.
    Path layout = templates.resolve("layout.ftlh");
    Files.writeString(layout, Files.readString(layout) + "<#-- changed -->\n");
    assertThat(rebuild().rendered()).isEqualTo(pages(".*\\.html"));
  }

  @Test
  void thePipelineKeepsTheCacheAndSaysWhatItReused() throws IOException {
    List<org.opendti.diagnostic.Text> said = new java.util.ArrayList<>();
    Pipeline pipeline =
        Pipeline.builder()
            .repositoryRoot(repo)
            .templates(templates)
            .renderCache(cache)
            .listener(said::add)
            .build();
    pipeline.publish(site);
    pipeline.publish(site);
    List<List<Object>> lines =
        said.stream()
            .filter(t -> t.key().equals("progress.render-cache"))
            .map(t -> t.args())
            .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get(0)).isEqualTo(0);
    assertThat(lines.get(1).get(1)).isEqualTo(0);
    assertThat((Integer) lines.get(1).get(0)).isEqualTo(lines.get(0).get(1));
    assertThat(cache.resolve("pages.tsv")).exists();
    assertThat(lines.get(1).get(0).toString()).isNotEqualTo("0");
    assertThat(said.stream().map(t -> t.in(org.opendti.diagnostic.Lang.VI)).toList())
        .anyMatch(l -> l.startsWith("bộ nhớ đệm"));
  }

  @Test
  void aNewToolVersionRendersEveryPage() throws IOException {
    SiteRenderer.CacheUse first = publish(site, true, "1");
    SiteRenderer.CacheUse other = publish(site, true, "2");
    assertThat(other.reused()).isZero();
    assertThat(other.rendered()).isEqualTo(first.rendered());
  }

  @Test
  void aCachedFileEditedOnDiskIsRenderedAgainNotTrusted() throws IOException {
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    byte[] bytes = Files.readAllBytes(site.resolve(page));
    bytes[bytes.length / 2] ^= 1;
    Files.write(site.resolve(page), bytes);

    assertThat(rebuild().rendered()).containsExactly(page);
    assertEqualsFreshBuild();
  }

  /**
   * A reused page is linked from the previous site without being read: its size and modification
   * time are those recorded. The price, as for Git's index: an edit that keeps both is not seen.
   */
  @Test
  void anUnchangedPageIsLinkedWithoutBeingReadSoAnEditKeepingSizeAndTimeIsNotSeen()
      throws IOException {
    rebuild();
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    Path file = site.resolve(page);
    Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);

    assertThat(rebuild().rendered()).isEmpty();

    // The same file, linked into the new version: the edit is still there.
    assertThat(Files.readAttributes(site.resolve(page), BasicFileAttributes.class).fileKey())
        .isEqualTo(inode);
    assertThat(Files.readAllBytes(site.resolve(page))).isEqualTo(bytes);
  }

  /**
   * A page whose file has another modification time but the same size (touched, or restored by
   * {@code actions/cache}) is read and checked, reused if its CRC holds, and its new time recorded.
   */
  @Test
  void aTouchedPageIsCheckedAndReusedAndItsNewTimeRecorded() throws IOException {
    rebuild();
    String page = "en/units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    FileTime touched = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(site.resolve(page), touched);

    assertThat(rebuild().rendered()).isEmpty();

    assertThat(Files.getLastModifiedTime(site.resolve(page))).isEqualTo(touched);
    assertThat(Files.readAllLines(cache.resolve("pages.tsv")))
        .anyMatch(l -> l.startsWith(page + "\t") && l.endsWith("\t" + touched.to(NANOSECONDS)));
    assertEqualsFreshBuild();
  }

  /**
   * An edit within the same tick of the file system's clock as the cache was saved keeps the
   * recorded time: such a page is read and checked ("racily clean" in Git's words).
   */
  @Test
  void aPageAsRecentAsTheCacheIsReadAndChecked() throws IOException {
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    Path file = site.resolve(page);
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
    Files.setLastModifiedTime(cache.resolve("pages.tsv"), time);

    assertThat(rebuild().rendered()).containsExactly(page);
    assertEqualsFreshBuild();
  }

  /** Files of a published site; {@code site} links to its version folder, walked from there. */
  private static Map<String, byte[]> files(Path site) throws IOException {
    Path dir = site.toRealPath();
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
