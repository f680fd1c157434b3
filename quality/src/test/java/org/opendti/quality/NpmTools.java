package org.opendti.quality;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkers installed from the npm registry by the build ({@code quality/src/npm}, pinned in its
 * package-lock.json, installed into {@code target/npm/} by exec-maven-plugin before the tests).
 */
final class NpmTools {

  private NpmTools() {}

  private static Path modules() {
    return Path.of(System.getProperty("opendti.npm", "target/npm/node_modules"));
  }

  /** The Nu HTML checker's jar (npm package {@code vnu-jar}, MIT). */
  static Path vnuJar() {
    return require(modules().resolve("vnu-jar/build/dist/vnu.jar"));
  }

  /** axe-core's browser bundle (npm package {@code axe-core}, MPL-2.0, used unmodified). */
  static Path axe() {
    return require(modules().resolve("axe-core/axe.min.js"));
  }

  /** Lighthouse's command line (npm package {@code lighthouse}, Apache-2.0), run with Node. */
  static Path lighthouse() {
    return require(modules().resolve("lighthouse/cli/index.js"));
  }

  private static Path require(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new AssertionError(
          p + " is missing: run `mvn -pl quality verify` (its npm step installs it)");
    }
    return p;
  }
}
