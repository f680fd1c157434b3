package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.model.AccessPolicy;
import org.opendti.policy.Codeowners;
import org.opendti.policy.PolicyFiles;

/** {@code dti:report} on a repository made with the {@code git} command line. */
class ReportMojoTest {

  @TempDir Path tmp;

  @Test
  void aPullRequestOnAnotherUnitsFileFailsTheBuildAndStillWritesTheReport() throws Exception {
    Path repo = Files.createDirectory(tmp.resolve("repo"));
    write(
        repo,
        AccessPolicy.FILE,
        """
        {"maintainers": ["@maria"], "reviewers": [], "maintainerPaths": ["policy/**"],
         "units": {"a": ["@alice"], "b": ["@bob"]}}
        """);
    write(repo, Codeowners.FILE, Codeowners.generate(PolicyFiles.accessPolicy(repo)));
    write(repo, "submissions/f/2023/b.json", "{}\n");
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "Initial");
    git(repo, "checkout", "-q", "-b", "pr");
    write(repo, "submissions/f/2023/b.json", "{\"x\": 1}\n");
    git(repo, "commit", "-q", "-am", "Change b");

    ReportMojo mojo = new ReportMojo();
    mojo.repositoryRoot = repo.toFile();
    mojo.base = "main";
    mojo.head = "HEAD";
    mojo.author = "alice";
    mojo.reportFile = tmp.resolve("out/report.md").toFile();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Chưa thể hợp nhất pull request: còn ");
    assertThat(Files.readString(tmp.resolve("out/report.md")))
        .startsWith("## opendti: kết quả kiểm tra pull request")
        .contains("❌ **Chưa thể hợp nhất**")
        .contains("unit-submission")
        .contains("submissions/f/2023/b.json");
    // The whole report beside it, for the artifact: here as short as the comment.
    assertThat(tmp.resolve("out/report-full.md"))
        .hasSameTextualContentAs(tmp.resolve("out/report.md"), StandardCharsets.UTF_8);
  }

  private static void write(Path root, String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    pb.environment().put("GIT_AUTHOR_NAME", "T");
    pb.environment().put("GIT_AUTHOR_EMAIL", "t@example.vn");
    pb.environment().put("GIT_COMMITTER_NAME", "T");
    pb.environment().put("GIT_COMMITTER_EMAIL", "t@example.vn");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }
}
