package org.opendti.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The workflows follow GitHub's hardening guide: actions pinned to full commit SHAs, least
 * permissions, no untrusted expression inside a shell script, and the privileged {@code
 * workflow_run} workflow never checks out or runs the pull request's code.
 */
class WorkflowSecurityTest {

  private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");

  /** Expressions whose text a pull request's author controls. */
  private static final Pattern UNTRUSTED =
      Pattern.compile("\\$\\{\\{[^}]*github\\.(event|head_ref)[^}]*}}");

  private final Map<String, JsonNode> workflows = Workflows.all();

  @Test
  void theThreeWorkflowsAreRead() {
    assertThat(workflows).containsKeys("pull-request.yml", "comment.yml", "publish.yml");
  }

  @Test
  void everyActionIsPinnedToACommit() {
    List<String> unpinned = new ArrayList<>();
    workflows.forEach(
        (name, w) ->
            Workflows.steps(w).stream()
                .filter(s -> s.has("uses"))
                .map(s -> s.get("uses").asText())
                .filter(u -> !PINNED.matcher(u).matches())
                .forEach(u -> unpinned.add(name + ": " + u)));
    assertThat(unpinned).isEmpty();
  }

  @Test
  void noUntrustedExpressionInsideAScript() {
    List<String> found = new ArrayList<>();
    workflows.forEach(
        (name, w) ->
            Workflows.steps(w).stream()
                .filter(s -> s.has("run"))
                .map(s -> s.get("run").asText())
                .filter(r -> UNTRUSTED.matcher(r).find())
                .forEach(r -> found.add(name + ": " + r)));
    assertThat(found).isEmpty();
  }

  @Test
  void thePatternCatchesAnInjection() {
    assertThat(UNTRUSTED.matcher("echo ${{ github.event.pull_request.title }}").find()).isTrue();
    assertThat(UNTRUSTED.matcher("echo ${{ github.head_ref }}").find()).isTrue();
    assertThat(UNTRUSTED.matcher("echo \"$PR_TITLE\"").find()).isFalse();
  }

  @Test
  void everyWorkflowDeclaresPermissionsAtTheTop() {
    workflows.forEach(
        (name, w) -> assertThat(w.has("permissions")).as(name + " declares permissions").isTrue());
  }

  @Test
  void thePullRequestCheckRunsTheBasesToolsWithAReadOnlyToken() {
    JsonNode w = workflows.get("pull-request.yml");
    assertThat(w.path("on").has("pull_request_target")).isTrue();
    assertThat(w.path("on").has("pull_request")).as("the head's own workflow never runs").isFalse();
    assertThat(permissions(w.get("permissions"))).containsExactly("contents=read");
    w.path("jobs").forEach(job -> assertThat(job.has("permissions")).isFalse());
  }

  /**
   * Issue #13: the only checkout is the base's (no {@code ref}, no {@code repository}), the head is
   * fetched as a ref and never written into the working tree, nothing is cached between runs, and
   * no secret is read.
   */
  @Test
  void thePullRequestCheckNeverChecksOutOrRunsTheHead() throws Exception {
    JsonNode w = workflows.get("pull-request.yml");
    List<JsonNode> steps = Workflows.steps(w);
    List<JsonNode> checkouts =
        steps.stream()
            .filter(s -> s.path("uses").asText().startsWith("actions/checkout@"))
            .toList();
    assertThat(checkouts).hasSize(1);
    assertThat(checkouts.get(0).path("with").has("ref")).isFalse();
    assertThat(checkouts.get(0).path("with").has("repository")).isFalse();
    for (JsonNode s : steps) {
      String run = s.path("run").asText();
      assertThat(run)
          .as("no step writes the head into the working tree")
          .doesNotContainPattern(
              "git\\s+(checkout|switch|restore|reset|worktree|merge|pull|read-tree)")
          .doesNotContain("gh pr checkout");
      assertThat(s.path("with").has("cache")).as("no cache a later run would restore").isFalse();
    }
    String text = java.nio.file.Files.readString(Workflows.DIR.resolve("pull-request.yml"));
    assertThat(text).doesNotContain("secrets.").doesNotContain("GITHUB_TOKEN");
    String maven =
        steps.stream()
            .map(s -> s.path("run").asText())
            .filter(r -> r.contains("mvn "))
            .findFirst()
            .orElseThrow();
    assertThat(maven)
        .as("the base's settings, the head's data by ref, and a missing report fails the job")
        .contains("--settings .ci/settings.xml")
        .contains("-Ddti.head=refs/remotes/pull/head")
        .contains("test -s target/pr-report/report.md")
        .doesNotContain("dti.authorIsMaintainer");
    assertThat(ReviewRepo.PROJECT.resolve(".ci/settings.xml")).isRegularFile();
  }

  @Test
  void theCommentWorkflowPostsOnlyWhileTheCheckedCommitIsTheHead() {
    JsonNode w = workflows.get("comment.yml");
    assertThat(w.path("jobs").path("comment").path("if").asText())
        .contains("'pull_request_target'");
    String run =
        Workflows.steps(w).stream()
            .map(s -> s.path("run").asText())
            .filter(r -> r.contains("gh pr comment"))
            .findFirst()
            .orElseThrow();
    assertThat(run)
        .contains("report/head")
        .contains("headRefOid")
        .contains("\"$head\" != \"$checked\"");
  }

  @Test
  void theCommentWorkflowOnlyReadsArtifactsAndWritesPullRequests() {
    JsonNode w = workflows.get("comment.yml");
    assertThat(permissions(w.get("permissions"))).isEmpty();
    w.path("jobs")
        .forEach(
            job ->
                assertThat(permissions(job.get("permissions")))
                    .containsExactlyInAnyOrder("actions=read", "pull-requests=write"));
  }

  @Test
  void theWorkflowRunWorkflowNeverChecksOutCode() {
    workflows.forEach(
        (name, w) -> {
          if (w.path("on").has("workflow_run")) {
            assertThat(Workflows.steps(w))
                .as(name)
                .noneMatch(s -> s.path("uses").asText().startsWith("actions/checkout@"))
                .noneMatch(s -> s.path("run").asText().matches("(?s).*\\b(mvn|git|\\./).*"));
          }
        });
  }

  @Test
  void publishingWritesPagesOnlyInTheDeployJob() {
    JsonNode w = workflows.get("publish.yml");
    assertThat(permissions(w.get("permissions"))).containsExactly("contents=read");
    assertThat(permissions(w.path("jobs").get("build").get("permissions")))
        .as("reading who approved each merge needs no write")
        .containsExactlyInAnyOrder("contents=read", "pull-requests=read");
    assertThat(permissions(w.path("jobs").get("deploy").get("permissions")))
        .containsExactlyInAnyOrder("pages=write", "id-token=write");
  }

  @Test
  void checkoutsKeepNoCredentialsAndReadFullHistory() {
    workflows.forEach(
        (name, w) ->
            Workflows.steps(w).stream()
                .filter(s -> s.path("uses").asText().startsWith("actions/checkout@"))
                .forEach(
                    s -> {
                      assertThat(s.path("with").path("persist-credentials").asText())
                          .as(name)
                          .isEqualTo("false");
                      // Provenance and the merge base need main's whole history.
                      assertThat(s.path("with").path("fetch-depth").asText())
                          .as(name)
                          .isEqualTo("0");
                    }));
  }

  /** Issue #13: approvers come from the host's reviews into a file the build reads. */
  @Test
  void publishingReadsApproversFromTheHostNotFromCommitMessages() {
    JsonNode w = workflows.get("publish.yml");
    String script =
        Workflows.steps(w).stream()
            .map(s -> s.path("run").asText())
            .reduce("", (a, b) -> a + "\n" + b);
    assertThat(script)
        .contains("pulls/$pr/reviews")
        .contains("\"APPROVED\"")
        .contains("> target/approvals.json")
        .contains("-Ddti.approvals=\"$PWD/target/approvals.json\"")
        .doesNotContain("Approved-by")
        .doesNotContain("%(trailers");
  }

  /** {@code scope=level} pairs, sorted; empty for {@code {}} or a missing block. */
  private static List<String> permissions(JsonNode p) {
    List<String> out = new ArrayList<>();
    if (p != null) {
      assertThat(p.isObject()).as("permissions must list scopes, not read-all/write-all").isTrue();
      p.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
    }
    return out.stream().sorted().toList();
  }
}
