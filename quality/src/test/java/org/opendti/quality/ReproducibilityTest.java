package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same content in separate JVMs, with different time zones, locales, file
 * creation order, file times and folder names, publish byte-identical sites (sha256 of every file).
 */
class ReproducibilityTest {

  private static final List<String> INPUTS =
      List.of("criteria", "units", "schemas", "submissions", "site-templates");

  @Test
  void buildsInDifferentZonesLocalesAndFileOrdersAreByteIdentical(@TempDir Path tmp)
      throws Exception {
    Path repoA = tmp.resolve("repo-a");
    Path repoB = tmp.resolve("another-checkout");
    copy(Sites.repositoryRoot(), repoA, false);
    copy(Sites.repositoryRoot(), repoB, true);

    Path siteA = tmp.resolve("site-a");
    Path siteB = tmp.resolve("site-b");
    build(repoA, siteA, "America/Los_Angeles", "en", "US");
    build(repoB, siteB, "Pacific/Kiritimati", "vi", "VN");

    Map<String, String> a = Reproducibility.manifest(siteA);
    Map<String, String> b = Reproducibility.manifest(siteB);
    assertThat(a).hasSizeGreaterThan(100);
    List<String> differ = new ArrayList<>();
    for (String f : new TreeSet<>(union(a, b))) {
      if (!java.util.Objects.equals(a.get(f), b.get(f))) {
        differ.add(
            f
                + (a.containsKey(f) ? "" : " (only in B)")
                + (b.containsKey(f) ? "" : " (only in A)"));
      }
    }
    System.out.printf("Reproducibility: %d file(s) compared, %d differ%n", a.size(), differ.size());
    assertThat(differ).as("files that differ between the two builds").isEmpty();
  }

  private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
    java.util.Set<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  /**
   * Copies the inputs; {@code reversed} creates files in reverse order with other file times, so
   * directory listing order and mtimes differ from the first copy on most file systems.
   */
  private static void copy(Path from, Path to, boolean reversed) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : INPUTS) {
      try (Stream<Path> s = Files.walk(from.resolve(dir))) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    if (reversed) {
      Collections.reverse(files);
    }
    long t = reversed ? 1_000_000_000L : 1_700_000_000L;
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
      Files.setLastModifiedTime(target, FileTime.from(Instant.ofEpochSecond(t++)));
    }
  }

  private static void build(Path repo, Path out, String zone, String language, String country)
      throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.timezone=" + zone,
            "-Duser.language=" + language,
            "-Duser.country=" + country,
            "-cp",
            classpath,
            BuildSite.class.getName(),
            repo.toString(),
            out.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("TZ", zone);
    // The OS locale stays C.UTF-8 (vi_VN is not generated on these machines; without a UTF-8
    // OS locale Java cannot even name non-ASCII paths); the JVM locale differs via user.*.
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LC_ALL");
    Path log = Files.createTempFile("build-site", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    Files.delete(log);
    assertThat(done).as("build finished in 5 minutes").isTrue();
    assertThat(p.exitValue())
        .as("build in %s %s_%s:%n%s", zone, language, country, output)
        .isZero();
  }
}
