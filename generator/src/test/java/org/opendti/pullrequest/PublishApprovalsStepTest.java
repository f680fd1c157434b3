package org.opendti.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.git.GitFixture;
import org.opendti.load.ApprovalsFile;
import org.opendti.model.Approvals;

/**
 * The publish workflow's "who approved each merge" step, run as GitHub runs it ({@code bash -eo
 * pipefail}) in a scratch repository, against a stand-in {@code gh} that answers from canned API
 * responses through the step's own {@code --jq} filters (with jq, as {@code gh} does) and counts
 * the requests. GitHub lets the job's token make about 1,000 requests an hour, and a national
 * repository has thousands of merges: each merge is asked about once across runs (the answers are
 * kept with the site cache), a run asks about at most {@code APPROVALS_PER_RUN} new merges, and a
 * refused request ends the asking, not the publish. Only reviews given before the merge count.
 */
class PublishApprovalsStepTest {

  private static final String STEP = "Read who approved each merged pull request";

  @TempDir Path tmp;

  private GitFixture repo;
  private Path responses;
  private Path log;
  private String c1;
  private String c3;
  private String c4;

  private record Run(int status, String output, int requests, Approvals approvals) {}

  @BeforeEach
  void scratchRepository() throws IOException {
    repo =
        GitFixture.init(
            Files.createDirectories(tmp.resolve("repo")),
            Files.createDirectories(tmp.resolve("home")));
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    c1 = repo.write("submissions/f/2024/a.json", "{}").commit("a", t);
    repo.write("README.md", "x").commit("not a submission", t.plusSeconds(60));
    c3 = repo.write("submissions/f/2024/b.json", "{}").commit("b", t.plusSeconds(120));
    c4 = repo.write("submissions/f/2024/c.json", "{}").commit("pushed", t.plusSeconds(180));
    responses = Files.createDirectories(tmp.resolve("responses"));
    log = tmp.resolve("gh.log");
    // c1 and c3 were merged by pull requests 1 and 3 at noon; c4 was pushed (no merge).
    respond("commits/" + c1 + "/pulls", pull(1, c1));
    respond("commits/" + c3 + "/pulls", pull(9, "0".repeat(40)), pull(3, c3));
    respond("commits/" + c4 + "/pulls");
    // An approval given after the merge did not approve it (rv4), nor undo changes asked before
    // the merge (rv3).
    // Nor does one from outside the repository (passer-by: anyone may approve a public pull
    // request), from a deleted account (no user) or from an app ("name[bot]", which the record
    // cannot hold: one such login would make the whole file unreadable).
    respond(
        "pulls/1/reviews",
        review("rv1", "APPROVED", "11:00"),
        review("passer-by", "NONE", "APPROVED", "11:10"),
        review("newcomer", "FIRST_TIME_CONTRIBUTOR", "APPROVED", "11:15"),
        "{\"user\": null, \"author_association\": \"MEMBER\", \"state\": \"APPROVED\","
            + " \"submitted_at\": \"2024-03-01T11:20:00Z\"}",
        review("helper[bot]", "COLLABORATOR", "APPROVED", "11:25"),
        review("rv2", "COMMENTED", "11:30"),
        review("owner", "OWNER", "APPROVED", "11:40"),
        review("rv4", "APPROVED", "13:00"));
    respond(
        "pulls/3/reviews",
        review("rv1", "APPROVED", "10:00"),
        review("rv3", "APPROVED", "10:30"),
        review("rv3", "CHANGES_REQUESTED", "11:00"),
        review("rv3", "APPROVED", "12:30"));
  }

  private static String pull(int number, String mergeCommit) {
    return "{\"number\": "
        + number
        + ", \"merge_commit_sha\": \""
        + mergeCommit
        + "\", \"merged_at\": \"2024-03-01T12:00:00Z\"}";
  }

  /** A review by a collaborator of the repository. */
  private static String review(String login, String state, String time) {
    return review(login, "COLLABORATOR", state, time);
  }

  private static String review(String login, String association, String state, String time) {
    return "{\"user\": {\"login\": \""
        + login
        + "\"}, \"author_association\": \""
        + association
        + "\", \"state\": \""
        + state
        + "\", \"submitted_at\": \"2024-03-01T"
        + time
        + ":00Z\"}";
  }

  /** The API's answer at {@code path}: a JSON array of {@code items}. */
  private void respond(String path, String... items) throws IOException {
    Files.writeString(
        responses.resolve(("repos/o/r/" + path).replace('/', '_') + ".json"),
        "[" + String.join(", ", items) + "]");
  }

  @Test
  void eachMergeIsAskedAboutOnceAndARunAsksAboutAtMostItsShare() throws Exception {
    assertThat(step().path("env").path("APPROVALS_PER_RUN").asText()).isEqualTo("400");

    Run first = run(2, "");
    // Newest first: c4 (pushed, no pull request) and c3; c1 waits for the next run.
    assertThat(first.status()).isZero();
    assertThat(first.requests()).isEqualTo(3);
    assertThat(first.approvals().commits()).containsOnlyKeys(c3);
    assertThat(first.approvals().of(c3).orElseThrow().approvers()).containsExactly("@rv1");
    assertThat(first.approvals().of(c3).orElseThrow().pullRequest()).isEqualTo(3);
    assertThat(first.output()).contains("::warning::Merges not asked about yet: 1.");

    Run second = run(2, "");
    assertThat(second.requests()).isEqualTo(2);
    assertThat(second.approvals().commits()).containsOnlyKeys(c1, c3);
    assertThat(second.approvals().of(c1).orElseThrow().approvers())
        .containsExactly("@owner", "@rv1");
    assertThat(second.output()).doesNotContain("::warning::");

    Run third = run(2, "");
    assertThat(third.requests()).isZero();
    assertThat(third.approvals()).isEqualTo(second.approvals());
  }

  @Test
  void aRefusedRequestEndsTheAskingNotThePublish() throws Exception {
    // The host refuses the second request (a rate limit): c4 is known, c3 and c1 are not.
    Run refused = run(400, "1");
    assertThat(refused.status()).isZero();
    assertThat(refused.requests()).isEqualTo(2);
    assertThat(refused.approvals().commits()).isEmpty();
    assertThat(refused.output())
        .contains("::warning::Merges not asked about yet: 2 (GitHub refused a request).");

    Run later = run(400, "");
    assertThat(later.requests()).isEqualTo(4);
    assertThat(later.approvals().commits()).containsOnlyKeys(c1, c3);
  }

  @Test
  void aLostOrBrokenRecordIsAskedForAgainFromTheStart() throws Exception {
    run(400, "");
    Files.writeString(repo.dir.resolve("target/approvals.json"), "not json");
    Run again = run(400, "");
    assertThat(again.requests()).isEqualTo(5);
    assertThat(again.approvals().commits()).containsOnlyKeys(c1, c3);
  }

  private JsonNode step() {
    return Workflows.steps(Workflows.read("publish.yml")).stream()
        .filter(s -> STEP.equals(s.path("name").asText()))
        .findFirst()
        .orElseThrow();
  }

  /** The step, as GitHub's {@code bash} runs it, in the scratch repository. */
  private Run run(int perRun, String failAfter) throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path gh = bin.resolve("gh");
    Files.writeString(
        gh,
        String.join(
            "\n",
            "#!/bin/sh",
            "echo \"$*\" >> \"$GH_LOG\"",
            "if [ -n \"$GH_FAIL_AFTER\" ] && [ \"$(wc -l < \"$GH_LOG\")\" -gt \"$GH_FAIL_AFTER\" ];"
                + " then echo 'HTTP 403: API rate limit exceeded' >&2; exit 1; fi",
            "[ \"$1\" = api ] || exit 2",
            "shift",
            "[ \"$1\" = --paginate ] && shift",
            "path=$1",
            "[ \"$2\" = --jq ] || exit 2",
            "f=\"$GH_RESPONSES/$(printf '%s' \"$path\" | tr / _).json\"",
            "[ -f \"$f\" ] || { echo 'HTTP 404: Not Found' >&2; exit 1; }",
            "exec jq -rc \"$3\" < \"$f\"",
            ""));
    Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.deleteIfExists(log);
    Files.createFile(log);
    Map<String, String> env = new TreeMap<>();
    step().path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    env.put("REPO", "o/r");
    env.put("GH_TOKEN", "none");
    env.put("APPROVALS_PER_RUN", Integer.toString(perRun));
    env.put("GH_LOG", log.toString());
    env.put("GH_RESPONSES", responses.toString());
    env.put("GH_FAIL_AFTER", failAfter);
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                "--noprofile",
                "--norc",
                "-eo",
                "pipefail",
                "-c",
                step().get("run").asText())
            .directory(repo.dir.toFile())
            .redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    int requests = Files.readAllLines(log).size();
    ApprovalsFile.Result read =
        ApprovalsFile.read(repo.dir.resolve("target/approvals.json"), "target/approvals.json");
    assertThat(read.diagnostics().all()).as(output).isEmpty();
    return new Run(status, output, requests, read.approvals());
  }
}
