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
 * Runs the shell steps of {@code pull-request.yml} as {@code pull_request_target} runs them: in a
 * checkout of the base branch, with the pull request's head in the base repository as {@code
 * refs/pull/42/head}. The steps are read from the base's own copy of the workflow. A stand-in
 * {@code mvn} on the {@code PATH} records the arguments the real shell passes (so quoting and the
 * {@code env:} plumbing are what CI does) and waits while the test runs what Maven would with them
 * in that folder: the base's {@code .mvn/maven.config} is read as Maven reads it, and {@code
 * -Ddti.skip=true} skips the goal, writing no report. Then the exit status of the job and the
 * report the comment workflow uploads are checked. Issue #13's attacks each end in a failing check.
 */
class WorkflowCommandsTest {

  private static final String NUMBER = "42";

  @TempDir Path tmp;

  @Test
  void theWorkflowCommandIsTheDocumentedOne() throws IOException {
    String command = mavenCommand(Workflows.read("pull-request.yml"));
    String readme = Files.readString(ReviewRepo.PROJECT.resolve("README.md"));
    assertThat(readme).contains(command);
    assertThat(mavenStep(Workflows.read("pull-request.yml")).path("env").path("PR_AUTHOR").asText())
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
    Repos r = repos();
    String file = FOLDER + "mau-huyen-3.json";
    r.head.write(
        file, ReviewRepo.read(FOLDER + "mau-huyen-1.json").replace("mau-huyen-1", "mau-huyen-3"));
    String sha = r.push("Update");

    Run run = runWorkflow(r, "huyen-3", sha, Maven.REAL);

    assertThat(run.failed).isFalse();
    assertThat(run.report)
        .contains("✅")
        .contains("| M | " + file + " |")
        .contains("| gia-lai-2023-huyen | 2023 | Huyện Mẫu Phú \\(mau-huyen-3\\) |");
    assertThat(run.number).isEqualTo(NUMBER);
    assertThat(run.head).isEqualTo(sha);
  }

  @Test
  void aBadPullRequestFailsAndItsReportNamesEachFileAndRule() throws Exception {
    Repos r = repos();
    r.head.write(FOLDER + "mau-huyen-4.json", ReviewRepo.read(FOLDER + "mau-huyen-4.json") + "\n");
    r.head.symlink(FOLDER + "evil.json", "../../../../etc/passwd");
    r.head.write(".github/workflows/x.yml", "on: push\n");
    String sha = r.push("Overreach");

    Run run = runWorkflow(r, "huyen-3", sha, Maven.REAL);

    assertThat(run.failed).isTrue();
    assertThat(run.report)
        .contains("❌")
        .contains("unit-submission")
        .contains("mau-huyen-4.json")
        .contains("symlink")
        .contains("evil.json")
        .contains("maintainer-path")
        .contains("x.yml");
    assertThat(run.number).isEqualTo(NUMBER);
  }

  /**
   * The attack of issue #13: {@code .mvn/maven.config} with {@code -Ddti.skip=true}, one submission
   * truncated and another deleted. Run from the head's checkout the check skipped itself and passed
   * (the control run below shows the stand-in does skip); run from the base's it fails.
   */
  @Test
  void aMavenConfigThatSkipsTheCheckDoesNotReachIt() throws Exception {
    Repos r = repos();
    r.head.write(".mvn/maven.config", "-Ddti.skip=true\n");
    r.head.write(FOLDER + "mau-huyen-3.json", "{ \"unit\": \"mau-huyen-3\",");
    r.head.git(T1, "rm", "-q", FOLDER + "mau-huyen-5.json");
    String sha = r.push("Switch the check off");

    Run run = runWorkflow(r, "huyen-3", sha, Maven.REAL);

    assertThat(r.base.dir.resolve(".mvn/maven.config")).doesNotExist();
    assertThat(run.failed).isTrue();
    assertThat(run.report)
        .contains("❌")
        .contains("maintainer-path")
        .contains(".mvn/maven.config")
        .contains("rename-or-delete")
        .contains("mau-huyen-5.json")
        .contains("mau-huyen-3.json");

    // Control: the same config in the folder Maven runs from skips the goal, and the job still
    // fails, because no report was written.
    Files.createDirectories(r.base.dir.resolve(".mvn"));
    Files.writeString(r.base.dir.resolve(".mvn/maven.config"), "-Ddti.skip=true\n");
    Run skipped = runWorkflow(r, "huyen-3", sha, Maven.REAL);
    assertThat(skipped.failed).isTrue();
    assertThat(skipped.report).contains("The check stopped before writing a report");
  }

  @Test
  void aCheckThatWritesNoReportFailsTheJob() throws Exception {
    Repos r = repos();
    r.head.write(FOLDER + "mau-huyen-3.json", ReviewRepo.read(FOLDER + "mau-huyen-3.json") + " ");
    String sha = r.push("Fine");

    Run run = runWorkflow(r, "huyen-3", sha, Maven.SILENT_SUCCESS);

    assertThat(run.failed).isTrue();
    assertThat(run.report).contains("The check stopped before writing a report");
  }

  @Test
  void aHeadThatRewritesTheWorkflowIsJudgedByTheBasesWorkflow() throws Exception {
    Repos r = repos();
    r.head.write(
        ".github/workflows/pull-request.yml",
        "on: pull_request_target\njobs:\n  check:\n    runs-on: ubuntu-latest\n"
            + "    steps:\n      - run: echo ok\n");
    r.head.write(FOLDER + "mau-huyen-4.json", "{}");
    String sha = r.push("My own check");

    Run run = runWorkflow(r, "huyen-3", sha, Maven.REAL);

    assertThat(Files.readString(r.base.dir.resolve(".github/workflows/pull-request.yml")))
        .isEqualTo(Files.readString(Workflows.DIR.resolve("pull-request.yml")));
    assertThat(run.failed).isTrue();
    assertThat(run.report)
        .contains("maintainer-path")
        .contains(".github/workflows/pull-request.yml")
        .contains("unit-submission");
  }

  @Test
  void aHeadMovedSinceTheEventIsNotChecked() throws Exception {
    Repos r = repos();
    r.head.write(FOLDER + "mau-huyen-3.json", ReviewRepo.read(FOLDER + "mau-huyen-3.json") + " ");
    String first = r.push("First");
    r.head.write(FOLDER + "mau-huyen-3.json", ReviewRepo.read(FOLDER + "mau-huyen-3.json") + "  ");
    r.push("Second");

    Run run = runWorkflow(r, "huyen-3", first, Maven.REAL);

    assertThat(run.failed).isTrue();
    assertThat(run.mavenRan).isFalse();
  }

  /** The base repository (with this project's workflow), its checkout, and a fork to push from. */
  private record Repos(GitFixture origin, GitFixture base, GitFixture head) {
    String push(String message) {
      String sha = head.as("District 3", "d3@example.vn").commit(message, T1);
      origin.git(T1, "fetch", "-q", head.dir.toString(), "+HEAD:refs/pull/" + NUMBER + "/head");
      return sha;
    }
  }

  private Repos repos() throws IOException {
    GitFixture origin = ReviewRepo.create(tmp.resolve("origin"), tmp);
    origin.write(
        ".github/workflows/pull-request.yml",
        Files.readString(Workflows.DIR.resolve("pull-request.yml")));
    origin.write(
        ".ci/settings.xml", Files.readString(ReviewRepo.PROJECT.resolve(".ci/settings.xml")));
    origin.as("Maria", "maria@example.vn").commit("The check", T1);
    GitFixture head = origin.fork(tmp.resolve("head"));
    head.git(T1, "checkout", "-q", "-b", "pr");
    return new Repos(origin, origin.fork(tmp.resolve("base")), head);
  }

  /** What the stand-in {@code mvn} does with the arguments it was given. */
  private enum Maven {
    /** What {@code mvn package} does in the publish module: {@code dti:report}. */
    REAL,
    /** Exits 0 and writes nothing, as a check switched off would. */
    SILENT_SUCCESS
  }

  private record Run(boolean failed, boolean mavenRan, String report, String number, String head) {}

  /**
   * The job: each step with a shell script, in order, from the base checkout's workflow; after a
   * failed step only {@code if: always()} steps run, as on GitHub.
   */
  private Run runWorkflow(Repos r, String author, String headSha, Maven maven) throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path args = tmp.resolve("mvn-args");
    Path done = tmp.resolve("mvn-done");
    Files.deleteIfExists(args);
    Files.deleteIfExists(done);
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\nprintf '%s\\0' \"$@\" > '"
            + args
            + ".tmp' && mv '"
            + args
            + ".tmp' '"
            + args
            + "'\nwhile [ ! -f '"
            + done
            + "' ]; do sleep 0.05; done\nexit $(cat '"
            + done
            + "')\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = new TreeMap<>();
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("BASE_REF", "main");
    env.put("PR_AUTHOR", author);
    env.put("PR_NUMBER", NUMBER);
    env.put("HEAD_SHA", headSha);

    JsonNode workflow =
        Workflows.readFrom(r.base.dir.resolve(".github/workflows"), "pull-request.yml");
    boolean failed = false;
    boolean mavenRan = false;
    for (JsonNode step : Workflows.steps(workflow)) {
      if (!step.has("run") || (failed && !step.path("if").asText().contains("always()"))) {
        continue;
      }
      Process p = bash(r.base.dir, env, step.get("run").asText());
      if (step.get("run").asText().contains("mvn ")) {
        while (p.isAlive() && !Files.exists(args)) {
          Thread.sleep(20);
        }
        if (Files.exists(args)) {
          mavenRan = true;
          List<String> argv = List.of(Files.readString(args).split("\0"));
          int status = maven == Maven.REAL ? mavenPackage(r.base.dir, argv) : 0;
          Files.writeString(done, String.valueOf(status));
        }
      }
      p.getInputStream().transferTo(System.out);
      if (p.waitFor() != 0) {
        failed = true;
      }
    }
    Path out = r.base.dir.resolve("target/pr-report");
    String report = Files.readString(out.resolve("report.md"));
    String number =
        Files.exists(out.resolve("number")) ? Files.readString(out.resolve("number")).strip() : "";
    String head =
        Files.exists(out.resolve("head")) ? Files.readString(out.resolve("head")).strip() : "";
    Files.deleteIfExists(out.resolve("report.md"));
    return new Run(failed, mavenRan, report, number, head);
  }

  /**
   * What {@code mvn package} with these arguments does in {@code root}, the folder it runs from:
   * the arguments of {@code root/.mvn/maven.config} come first, as Maven reads them, and in the
   * publish module's {@code pull-request-report} profile {@code dti:report} runs unless {@code
   * dti.skip} is set; its failure is Maven's exit status 1.
   */
  private static int mavenPackage(Path root, List<String> argv) throws IOException {
    List<String> all = new ArrayList<>();
    Path config = root.resolve(".mvn/maven.config");
    if (Files.exists(config)) {
      all.addAll(List.of(Files.readString(config).strip().split("\\s+")));
    }
    all.addAll(argv);
    Map<String, String> props = new TreeMap<>();
    List<String> goals = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String a = all.get(i);
      if (a.startsWith("-D")) {
        String[] kv = a.substring(2).split("=", 2);
        props.put(kv[0], kv.length > 1 ? kv[1] : "true");
      } else if (a.equals("--settings") || a.equals("-s")) {
        assertThat(root.resolve(all.get(++i))).as("the base's settings").isRegularFile();
      } else if (!a.startsWith("-")) {
        goals.add(a);
      }
    }
    assertThat(argv).contains("-B", "-ntp", "-DskipTests");
    assertThat(goals).containsExactly("package");
    assertThat(props).containsKeys("dti.base", "dti.head", "dti.author", "dti.reportFile");
    if (Boolean.parseBoolean(props.getOrDefault("dti.skip", "false"))) {
      return 0;
    }
    PullRequestReport report =
        PullRequestCheck.builder()
            .repositoryRoot(root)
            .base(props.get("dti.base"))
            .head(props.get("dti.head"))
            .author(props.get("dti.author"))
            .authorIsMaintainer(Boolean.parseBoolean(props.get("dti.authorIsMaintainer")))
            .build()
            .run();
    Path file = Path.of(props.get("dti.reportFile"));
    Files.createDirectories(file.getParent());
    Files.writeString(file, PullRequestMarkdown.render(report, Lang.VI), StandardCharsets.UTF_8);
    return report.failed() ? 1 : 0;
  }

  private static JsonNode mavenStep(JsonNode workflow) {
    List<JsonNode> steps =
        Workflows.steps(workflow).stream()
            .filter(s -> s.path("run").asText().contains("mvn "))
            .toList();
    assertThat(steps).hasSize(1);
    return steps.get(0);
  }

  /** The Maven command line of the check, as README shows it. */
  private static String mavenCommand(JsonNode workflow) {
    return mavenStep(workflow)
        .get("run")
        .asText()
        .lines()
        .filter(l -> l.contains("mvn "))
        .findFirst()
        .orElseThrow()
        .strip();
  }

  private static Process bash(Path dir, Map<String, String> env, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_"));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    return pb.start();
  }
}
