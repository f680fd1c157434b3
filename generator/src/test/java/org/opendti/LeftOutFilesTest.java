package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostic;

/** Issue #13: a build names every file it leaves out of the site, with its errors. */
class LeftOutFilesTest {

  @TempDir Path repo;

  @Test
  void everyFileWithAnErrorIsNamedWithItsErrorsAndAFrameworkIsNot() throws Exception {
    Path base = Path.of(getClass().getResource("/fixtures/malformed/_base").toURI());
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = repo.resolve(base.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    Files.writeString(repo.resolve("submissions/demo-xa/2023/demo-b.json"), "{ \"unit\": ");
    Path a = repo.resolve("submissions/demo-xa/2023/demo-a.json");
    Files.writeString(a, Files.readString(a).replace("\"n\": 7", "\"n\": -0"));

    PipelineResult result = Pipeline.builder().repositoryRoot(repo).build().check();

    assertThat(result.leftOut().keySet())
        .containsExactly(
            "submissions/demo-xa/2023/demo-a.json",
            "submissions/demo-xa/2023/demo-a.review.json",
            "submissions/demo-xa/2023/demo-b.json");
    assertThat(result.leftOut().get("submissions/demo-xa/2023/demo-a.json"))
        .extracting(Diagnostic::code)
        .extracting(c -> c.id())
        .containsExactly("negative-zero");
    assertThat(result.accepted().submissions()).isEmpty();
  }
}
