package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dti:serve}'s parameter check; serving, fetching and stopping by itself is the {@code
 * serve} invoker project.
 */
class ServeMojoTest {

  @TempDir Path tmp;

  @Test
  void aNegativeStopAfterFailsBeforeAnythingIsBuilt() {
    ServeMojo mojo = new ServeMojo();
    mojo.repositoryRoot = Path.of("src/it/validate-good").toFile();
    mojo.outputDirectory = tmp.resolve("public").toFile();
    mojo.port = 0;
    mojo.stopAfter = -5;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("-Ddti.stopAfter")
        .hasMessageEndingWith("không phải -5");
    assertThat(tmp.resolve("public")).as("nothing published").doesNotExist();
  }
}
