package org.opendti.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.opendti.Pipeline;

/**
 * The site under test: this repository built with the {@link Pipeline} into {@code
 * quality/target/site-under-test/}, once per test JVM (the build takes seconds; every check reads
 * the same output).
 */
final class Sites {

  private Sites() {}

  /** The repository root ({@code ../} from the module; surefire passes it). */
  static Path repositoryRoot() {
    return Path.of(System.getProperty("opendti.repositoryRoot", "..")).toAbsolutePath().normalize();
  }

  /** Where screenshots go. */
  static Path screenshots() {
    Path dir = Path.of(System.getProperty("opendti.screenshots", "target/screenshots"));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built site of this repository (built on first use). */
  static Path site() {
    return Built.SITE;
  }

  /** Every HTML page of the site, relative paths with '/' separators, sorted. */
  static List<String> htmlPages(Path output) {
    try {
      // A published output path is a link to its version folder: walked from where it points.
      Path site = output.toRealPath();
      try (Stream<Path> s = Files.walk(site)) {
        return s.filter(p -> p.toString().endsWith(".html"))
            .map(p -> site.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** First page whose relative path starts with {@code prefix} and ends with {@code suffix}. */
  static String firstPage(Path site, String prefix, String suffix) {
    return htmlPages(site).stream()
        .filter(p -> p.startsWith(prefix) && p.endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no page " + prefix + "…" + suffix + " in " + site));
  }

  /**
   * The repository address the site under test is built with, as the publish workflow passes it on
   * GitHub: the submission forms link to its new-file and edit pages.
   */
  static final String REPOSITORY_URL = "https://github.com/opendti/opendti";

  /** Builds {@code repo} into {@code out} with the real pipeline. */
  static Path build(Path repo, Path out) {
    try {
      Pipeline.builder().repositoryRoot(repo).repositoryUrl(REPOSITORY_URL).build().publish(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Holder idiom: the build runs once, on first access, thread-safely. */
  private static final class Built {
    static final Path SITE =
        build(
            repositoryRoot(),
            Path.of(System.getProperty("opendti.siteUnderTest", "target/site-under-test"))
                .toAbsolutePath());
  }
}
