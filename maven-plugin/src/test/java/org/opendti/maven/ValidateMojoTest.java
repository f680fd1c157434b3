package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dti:validate} with and without {@code -Ddti.base}, on the valid repository of the {@code
 * validate-good} invoker project committed with the {@code git} command line, plus a broken file on
 * main that only the full check reports.
 */
class ValidateMojoTest {

  private static final String GOOD = "submissions/demo-xa/2023/demo-a.json";
  private static final String BROKEN = "submissions/demo-xa/2023/demo-x.json";

  @TempDir Path tmp;
  private Path repo;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void repository() throws Exception {
    repo = tmp.resolve("repo");
    copy(Path.of("src/it/validate-good"), repo);
    Files.writeString(repo.resolve(BROKEN), "{ broken", StandardCharsets.UTF_8);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "Initial");
  }

  @Test
  void withoutBaseEveryFileIsCheckedAndReportedInVietnamese() {
    assertThatThrownBy(() -> mojo(null).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Kiểm tra không đạt: 1 lỗi");
    assertThat(log).anyMatch(l -> l.contains("kiểm tra mọi tệp"));
    assertThat(log)
        .anyMatch(l -> l.startsWith("error: " + BROKEN + ":1:3: lỗi [json-unquoted-key] "));
  }

  @Test
  void anUnknownLanguageIsAUsageErrorInBothLanguages() {
    ValidateMojo mojo = mojo(null);
    mojo.lang = "fr";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("-Ddti.lang (<lang>)")
        .hasMessageContaining("\"fr\"")
        .hasMessageContaining("vi (tiếng Việt)")
        .hasMessageContaining("vi (Vietnamese)");
    assertThat(log).as("nothing was checked").isEmpty();
  }

  @Test
  void withBaseOnlyTheChangedSubmissionIsChecked() throws Exception {
    git("checkout", "-q", "-b", "pr");
    Path good = repo.resolve(GOOD);
    Files.writeString(good, Files.readString(good).replace("\"demo-a\"", "\"demo-q\""));

    ValidateMojo mojo = mojo("main");
    mojo.lang = "en";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Validation failed");
    // The review is checked too: it now corrects a submission that names another unit.
    assertThat(log)
        .contains(
            "info: dti:validate: changed-files check since main, files checked (2): "
                + GOOD
                + ", "
                + GOOD.replace(".json", ".review.json"))
        .anyMatch(l -> l.matches("error: " + GOOD + ":\\d+:\\d+: error \\[path-mismatch\\].*"))
        .noneMatch(l -> l.contains(BROKEN));
  }

  @Test
  void withBaseAndNothingChangedNothingIsChecked() throws Exception {
    mojo("HEAD").execute();

    assertThat(log)
        .contains(
            "info: dti:validate: kiểm tra phần thay đổi so với HEAD, đã kiểm tra 0 tệp",
            "info: dti:validate: 0 lỗi, 0 cảnh báo");
  }

  private ValidateMojo mojo(String base) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.repositoryRoot = repo.toFile();
    mojo.base = base;
    mojo.mainRef = "";
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            log.add("info: " + content);
          }

          @Override
          public void warn(CharSequence content) {
            log.add("warning: " + content);
          }

          @Override
          public void error(CharSequence content) {
            log.add("error: " + content);
          }
        });
    return mojo;
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
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
