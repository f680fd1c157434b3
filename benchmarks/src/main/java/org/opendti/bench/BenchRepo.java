package org.opendti.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.opendti.synth.CohortSpec;
import org.opendti.synth.GeneratedCohort;
import org.opendti.synth.SampleCohorts;

/**
 * A benchmark repository: the project's real {@code criteria/}, {@code schemas/}, {@code
 * site-templates/}, {@code units/} (without its sample units) and {@code .mvn/} (the JVM options
 * Maven runs the publish with), plus a generated cohort of about {@code units} units (100 communes
 * per district: districts and communes, no departments) for the commune and district frameworks of
 * Gia Lai 2023, every period.
 */
public final class BenchRepo {

  /** The frameworks the cohort submits to: communes (xã) and districts (huyện). */
  public static final List<String> FRAMEWORKS = List.of("gia-lai-2023-huyen", "gia-lai-2023-xa");

  private BenchRepo() {}

  /**
   * {@code BenchRepo <project> <dir> <units> [frameworks]}: writes a benchmark repository; the
   * frameworks (comma-separated ids, default {@link #FRAMEWORKS}) are those the units submit to.
   */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    List<String> frameworks = args.length > 3 ? List.of(args[3].split(",")) : FRAMEWORKS;
    GeneratedCohort c =
        create(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), frameworks);
    System.out.printf(
        "%d unit(s), %d submission file(s) in %d ms%n",
        c.units().size(), c.submissionCount(), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Creates the repository in {@code dir} (which should be empty) from the project at {@code
   * project}; returns the generated cohort.
   */
  public static GeneratedCohort create(Path project, Path dir, int units) throws IOException {
    return create(project, dir, units, FRAMEWORKS);
  }

  /** {@link #create(Path, Path, int)} for other frameworks (ids under {@code criteria/}). */
  public static GeneratedCohort create(Path project, Path dir, int units, List<String> frameworks)
      throws IOException {
    for (String folder : List.of("criteria", "schemas", "site-templates", ".mvn")) {
      copyTree(project.resolve(folder), dir.resolve(folder));
    }
    // The project's registry but its sample units: levels.json, and the real units the frameworks'
    // appliesTo names (Tỉnh Gia Lai), about thirty units beside the generated ones.
    copyTree(project.resolve("units"), dir.resolve("units"));
    try (var sample = Files.newDirectoryStream(dir.resolve("units"), "sample-*.json")) {
      for (Path p : sample) {
        Files.delete(p);
      }
    }
    int districts = Math.max(1, units / 100);
    CohortSpec spec = new CohortSpec("mau", "Tỉnh Mẫu (dữ liệu mẫu)", 0, districts, 99, 2023);
    GeneratedCohort cohort = SampleCohorts.generate(dir, frameworks, spec);
    cohort.writeTo(dir);
    return cohort;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "N file(s), M MB" under {@code dir} (a published site's link: under its version folder). */
  static String size(Path dir) {
    try (Stream<Path> files = Files.walk(dir.toRealPath())) {
      long[] n = {0, 0};
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        n[0]++;
        n[1] += Files.size(f);
      }
      return String.format("%d file(s), %.1f MB", n[0], n[1] / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
