package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two CODEOWNERS goals, run as Maven would after injecting their parameters. */
class CodeownersMojoTest {

  @TempDir Path root;

  @Test
  void theCheckFailsWithTheDiffUntilTheFileIsRegenerated() throws Exception {
    Files.createDirectories(root.resolve("policy"));
    Files.writeString(
        root.resolve("policy/access.json"),
        """
        {"maintainers": ["@maria"], "reviewers": ["@ivan"], "maintainerPaths": ["policy/**"],
         "units": {"a": ["@alice"]}}
        """);
    Files.createDirectories(root.resolve(".github"));
    Files.writeString(root.resolve(".github/CODEOWNERS"), "* @nobody\n");

    CodeownersCheckMojo check = new CodeownersCheckMojo();
    check.repositoryRoot = root.toFile();
    check.lang = "en";
    assertThatThrownBy(check::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("does not match policy/access.json")
        .hasMessageContaining("-* @nobody")
        .hasMessageContaining("@alice");

    CodeownersMojo regenerate = new CodeownersMojo();
    regenerate.repositoryRoot = root.toFile();
    regenerate.execute();

    assertThat(Files.readString(root.resolve(".github/CODEOWNERS"))).contains("@alice");
    check.execute();
  }
}
