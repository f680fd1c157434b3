package org.opendti.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.pullrequest.ReviewRepo.FOLDER;
import static org.opendti.pullrequest.ReviewRepo.T1;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.git.GitFixture;
import org.w3c.dom.Document;

/**
 * Runs, in a temporary clone of a pull request, the shell steps {@code pull-request.yml} runs. A
 * stand-in {@code mvn} on the {@code PATH} records the arguments the real shell passes (so quoting
 * and the {@code env:} plumbing are what CI does), then the test runs the core of the goal those
 * arguments select ({@link PullRequestCheck} as {@code dti:report} would) and the workflow's
 * remaining steps, and checks the exit status and the report the comment workflow uploads.
 */
class WorkflowCommandsTest {

  @TempDir Path tmp;

  @Test
  void theWorkflowCommandIsTheDocumentedOne() throws IOException {
    String command = mavenStep().get("run").asText().strip();
    String readme = Files.readString(ReviewRepo.PROJECT.resolve("README.md"));
    assertThat(readme).contains(command);
    assertThat(mavenStep().path("env").path("PR_AUTHOR").asText())
        .isEqualTo("${{ github.event.pull_request.user.login }}");
  }

  @Test
  void thePublishModuleRunsTheReportWheneverABaseIsGiven() throws Exception {
    Document pom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(ReviewRepo.PROJECT.resolve("publish/pom.xml").toFile());
    var profile = pom.getElementsByTagName("profile").item(0);
    String text = profile.getTextContent();
    assertThat(text).contains("dti.base").contains("report").contains("validate");
  }

  @Test
  void aGoodPullRequestPassesAndUploadsItsReport() throws Exception {
    GitFixture main = ReviewRepo.create(tmp.resolve("main"), tmp);
    GitFixture clone = main.fork(tmp.resolve("clone"));
    clone.git(T1, "checkout", "-q", "-b", "pr");
    String file = FOLDER + "mau-huyen-3.json";
    clone.write(
        file, ReviewRepo.read(FOLDER + "mau-huyen-1.json").replace("mau-huyen-1", "mau-huyen-3"));
    clone.as("District 3", "d3@example.vn").commit("Update", T1);

    Run run = runWorkflow(clone, "huyen-3");

    assertThat(run.exitStatus).isZero();
    assertThat(run.report)
        .contains("✅")
        .contains("| M | " + file + " |")
        .contains("| gia-lai-2023-huyen | 2023 | mau-huyen-3 |");
    assertThat(run.number).isEqualTo("42");
  }

  @Test
  void aBadPullRequestFailsAndItsReportNamesEachFileAndRule() throws Exception {
    GitFixture main = ReviewRepo.create(tmp.resolve("main"), tmp);
    GitFixture clone = main.fork(tmp.resolve("clone"));
    clone.git(T1, "checkout", "-q", "-b", "pr");
    clone.write(FOLDER + "mau-huyen-4.json", ReviewRepo.read(FOLDER + "mau-huyen-4.json") + "\n");
    clone.symlink(FOLDER + "evil.json", "../../../../etc/passwd");
    clone.write(".github/workflows/x.yml", "on: push\n");
    clone.as("District 3", "d3@example.vn").commit("Overreach", T1);

    Run run = runWorkflow(clone, "huyen-3");

    assertThat(run.exitStatus).isEqualTo(1);
    assertThat(run.report)
        .contains("❌")
        .contains("unit-submission")
        .contains("mau-huyen-4.json")
        .contains("symlink")
        .contains("evil.json")
        .contains("maintainer-path")
        .contains("x.yml");
    assertThat(run.number).isEqualTo("42");
  }

  private record Run(int exitStatus, String report, String number) {}

  private Run runWorkflow(GitFixture clone, String author) throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path args = tmp.resolve("mvn-args");
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nprintf '%s\\0' \"$@\" > '" + args + "'\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = new TreeMap<>();
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("BASE_REF", "main");
    env.put("PR_AUTHOR", author);
    env.put("PR_NUMBER", "42");

    assertThat(bash(clone.dir, env, mavenStep().get("run").asText())).isZero();
    List<String> argv = List.of(Files.readString(args).split("\0"));
    int status = dtiReport(clone.dir, argv);

    for (JsonNode step : Workflows.steps(Workflows.read("pull-request.yml"))) {
      if (step.has("run") && !step.get("run").asText().contains("mvn")) {
        assertThat(bash(clone.dir, env, step.get("run").asText())).isZero();
      }
    }
    Path out = clone.dir.resolve("target/pr-report");
    return new Run(
        status,
        Files.readString(out.resolve("report.md")),
        Files.readString(out.resolve("number")).strip());
  }

  /**
   * What {@code mvn package} with these arguments does in the publish module's {@code
   * pull-request-report} profile: {@code dti:report}, whose failure is Maven's exit status 1.
   */
  private static int dtiReport(Path root, List<String> argv) throws IOException {
    Map<String, String> props = new TreeMap<>();
    List<String> goals = new ArrayList<>();
    for (String a : argv) {
      if (a.startsWith("-D")) {
        String[] kv = a.substring(2).split("=", 2);
        props.put(kv[0], kv.length > 1 ? kv[1] : "true");
      } else if (!a.startsWith("-")) {
        goals.add(a);
      }
    }
    assertThat(argv).contains("-B", "-ntp", "-DskipTests");
    assertThat(goals).containsExactly("package");
    assertThat(props).containsKeys("dti.base", "dti.author", "dti.reportFile");
    PullRequestReport report =
        PullRequestCheck.builder()
            .repositoryRoot(root)
            .base(props.get("dti.base"))
            .head(props.getOrDefault("dti.head", "HEAD"))
            .author(props.get("dti.author"))
            .authorIsMaintainer(Boolean.parseBoolean(props.get("dti.authorIsMaintainer")))
            .build()
            .run();
    Path file = Path.of(props.get("dti.reportFile"));
    Files.createDirectories(file.getParent());
    Files.writeString(file, PullRequestMarkdown.render(report, Lang.VI), StandardCharsets.UTF_8);
    return report.failed() ? 1 : 0;
  }

  private static JsonNode mavenStep() {
    List<JsonNode> steps =
        Workflows.steps(Workflows.read("pull-request.yml")).stream()
            .filter(s -> s.path("run").asText().contains("mvn "))
            .toList();
    assertThat(steps).hasSize(1);
    return steps.get(0);
  }

  private static int bash(Path dir, Map<String, String> env, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_"));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    p.getInputStream().transferTo(System.out);
    return p.waitFor();
  }
}
