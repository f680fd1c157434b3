package org.opendti.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendti.git.GitFixture.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A main branch with every way a submission lands: a --no-ff pull request merge, a squash commit, a
 * backdated branch merged after the deadline, a fork's branch, a rename, a deletion and direct
 * commits.
 */
class ProvenanceTest {

  private static final String A = "submissions/f/2023/a.json";
  private static final String B = "submissions/f/2023/b.json";
  private static final String C = "submissions/f/2023/c.json";
  private static final String D = "submissions/f/2023/d.json";
  private static final String GONE = "submissions/f/2023/gone.json";
  private static final String A_V2 = "{\"unit\":\"a\",\"v\":2}\n";

  /** The period's deadline in the tests: 2024-02-01. */
  private static final Instant BACKDATED = at("2024-01-20T09:00:00Z");

  private static final Instant MERGE_12 = at("2024-01-10T08:00:00Z");
  private static final Instant SQUASH_13 = at("2024-01-15T08:00:00Z");
  private static final Instant LATE_MERGE = at("2024-02-10T08:00:00Z");
  private static final Instant FORK_MERGE = at("2024-02-12T08:00:00Z");
  private static final Instant RENAME = at("2024-02-14T08:00:00Z");

  @TempDir Path tmp;
  private GitFixture git;
  private String merge12;
  private String squash13;
  private String lateMerge;
  private String backdated;
  private String forkMerge;
  private String rename;

  @BeforeEach
  void history() throws Exception {
    git = GitFixture.init(Files.createDirectory(tmp.resolve("repo")), tmp);
    git.as("Maintainer", "m@example.vn");
    git.write("criteria/f.json", "{}\n").write(GONE, "{\"unit\":\"gone\"}\n");
    git.commit("Initial layout", at("2024-01-01T00:00:00Z"));

    // Pull request #12 from unit a, merged with a merge commit.
    git.git(at("2024-01-05T00:00:00Z"), "checkout", "-q", "-b", "unit-a/submit");
    git.as("Unit A", "a@example.vn").write(A, "{\"unit\":\"a\",\"v\":1}\n");
    git.commit("Submission of a", at("2024-01-05T00:00:00Z"));
    git.git(at("2024-01-10T00:00:00Z"), "checkout", "-q", "main");
    git.as("GitHub", "noreply@github.com");
    merge12 =
        git.mergeNoFf(
            "unit-a/submit",
            "Merge pull request #12 from unit-a/submit\n\nSubmission of a\n\nApproved-by: @inspector",
            MERGE_12);

    git.write(A, A_V2);
    // Pull request #13, squash-merged: the host's commit on main keeps the author's (earlier,
    // settable) author date; only its committer time is the merge's.
    squash13 =
        git.commit(
            "Update submission (#13)\n\nReviewed-by: Bob <bob@example.vn>",
            at("2024-01-11T00:00:00Z"),
            SQUASH_13);

    // A branch whose commit claims (author and committer) a time before the deadline, merged
    // after it. Main moves on meanwhile, so the merge is a real one.
    git.git(at("2024-01-16T00:00:00Z"), "checkout", "-q", "-b", "unit-b/late");
    git.as("Unit B", "b@example.vn").write(B, "{\"unit\":\"b\"}\n");
    backdated = git.commit("Submission of b", BACKDATED, BACKDATED);
    git.git(at("2024-02-05T00:00:00Z"), "checkout", "-q", "main");
    git.as("Maintainer", "m@example.vn").git(at("2024-02-05T00:00:00Z"), "rm", "-q", GONE);
    git.commit("Remove a withdrawn submission", at("2024-02-05T00:00:00Z"));
    git.as("GitHub", "noreply@github.com");
    lateMerge = git.mergeNoFf("unit-b/late", "Merge pull request #15 from unit-b/late", LATE_MERGE);

    // Pull request #14 from a fork, fetched back as the host does.
    GitFixture fork = git.fork(tmp.resolve("fork")).as("Unit C", "c@example.vn");
    fork.write(C, "{\"unit\":\"c\"}\n").commit("Submission of c", at("2024-02-11T00:00:00Z"));
    git.git(FORK_MERGE, "fetch", "-q", fork.dir.toString(), "main:refs/pull/14/head");
    forkMerge =
        git.mergeNoFf("refs/pull/14/head", "Merge pull request #14 from c/main", FORK_MERGE);

    // A direct commit on main renames c to d.
    git.as("Maintainer", "m@example.vn").git(RENAME, "mv", C, D);
    rename = git.commit("Rename c to d", RENAME);
  }

  @Test
  void aMergedThenSquashedSubmissionRecordsBothPullRequestsButNoApproverFromItsMessages()
      throws Exception {
    FileProvenance a = provenance().of(A).orElseThrow();

    // The messages carry Approved-by: and Reviewed-by: lines, which anyone can write (issue #13).
    assertThat(a.added()).isEqualTo(MainCommit.unapproved(merge12, MERGE_12, 12));
    assertThat(a.lastChanged()).isEqualTo(MainCommit.unapproved(squash13, SQUASH_13, 13));
    assertThat(a.lastChanged().approversKnown()).isFalse();
    assertThat(a.commits()).containsExactly(merge12, squash13);
    assertThat(a.sha256()).isEqualTo(sha256(A_V2));
    assertThat(a.arrival()).isEqualTo(SQUASH_13);
  }

  @Test
  void aBackdatedBranchCommitArrivesAtTheMerge() throws Exception {
    FileProvenance b = provenance().of(B).orElseThrow();

    assertThat(b.added().sha()).isEqualTo(lateMerge);
    assertThat(b.added().pullRequest()).isEqualTo(15);
    assertThat(b.commits()).containsExactly(lateMerge).doesNotContain(backdated);
    assertThat(b.arrival()).isEqualTo(LATE_MERGE).isAfter(at("2024-02-01T00:00:00Z"));
    assertThat(GitArrivalTimes.of(provenance()).arrivalOf(B)).contains(LATE_MERGE);
  }

  @Test
  void renamesStartANewHistoryAndDeletedFilesAreGone() throws Exception {
    Provenance p = provenance();

    assertThat(p.files().keySet()).containsExactly(A, B, D);
    FileProvenance d = p.of(D).orElseThrow();
    assertThat(d.added()).isEqualTo(MainCommit.unapproved(rename, RENAME, null));
    assertThat(d.commits()).containsExactly(rename).doesNotContain(forkMerge);
    assertThat(p.tip()).isEqualTo(rename);
  }

  @Test
  void arrivalTimesReadTheRepositoryOnce() {
    GitArrivalTimes arrivals = GitArrivalTimes.read(git.dir, "main");

    assertThat(arrivals.arrivalOf(A)).contains(SQUASH_13);
    assertThat(arrivals.arrivalOf("./" + D)).contains(RENAME);
    assertThat(arrivals.arrivalOf(C)).as("renamed away").isEmpty();
    assertThat(arrivals.arrivalOf(GONE)).isEmpty();
    assertThat(arrivals.arrivalOf("submissions/f/2023/not-yet-merged.json")).isEmpty();
  }

  @Test
  void aForkMergeIsRecordedBeforeTheRename() throws Exception {
    try (GitRepo repo = GitRepo.open(git.dir)) {
      Provenance before = repo.provenance(forkMerge);
      FileProvenance c = before.of(C).orElseThrow();
      assertThat(c.added()).isEqualTo(MainCommit.unapproved(forkMerge, FORK_MERGE, 14));
      assertThat(before.files()).doesNotContainKey(D);
    }
  }

  @Test
  void aShallowCloneIsRefusedRatherThanMisdated() {
    Path shallow = tmp.resolve("shallow");
    git.git(RENAME, "clone", "-q", "--depth", "1", "file://" + git.dir, shallow.toString());

    try (GitRepo repo = GitRepo.open(shallow)) {
      assertThatThrownBy(() -> repo.provenance("HEAD"))
          .isInstanceOf(RevisionException.class)
          .hasMessageContaining("shallow");
    }
  }

  /**
   * A file's digest is that of its content at main's tip. It is read from the work tree when the
   * file there is main's (its Git blob id matches), else from Git's objects: an edited or missing
   * file in the work tree changes nothing, and a bare clone, which has no work tree, gives the same
   * provenance.
   */
  @Test
  void theDigestIsMainsContentWhateverTheWorkTreeHolds() throws Exception {
    Provenance clean = provenance();
    String b = Files.readString(git.dir.resolve(B), StandardCharsets.UTF_8);
    Files.writeString(git.dir.resolve(A), "{\"unit\":\"a\",\"v\":3}\n", StandardCharsets.UTF_8);
    Files.delete(git.dir.resolve(B));
    Files.createDirectory(git.dir.resolve(D + ".tmp"));
    Files.delete(git.dir.resolve(D));
    Files.move(git.dir.resolve(D + ".tmp"), git.dir.resolve(D));

    Provenance edited = provenance();

    assertThat(edited.of(A).orElseThrow().sha256()).isEqualTo(sha256(A_V2));
    assertThat(edited.of(B).orElseThrow().sha256()).isEqualTo(sha256(b));
    assertThat(edited).isEqualTo(clean);
    Path bare = tmp.resolve("bare.git");
    git.git(RENAME, "clone", "-q", "--bare", "file://" + git.dir, bare.toString());
    try (GitRepo repo = GitRepo.open(bare)) {
      assertThat(repo.provenance("main")).isEqualTo(clean);
    }
  }

  /**
   * A file already read and hashed elsewhere (the loader) is not hashed again when what was read is
   * main's blob: its SHA-256 is taken as given. The blob id asked about is Git's own ({@link
   * BlobIds#of} agrees with it); a file whose bytes read are another blob is hashed as before.
   */
  @Test
  void aDigestKnownForMainsBlobIsTakenAsGiven() throws Exception {
    Provenance clean = provenance();
    String given = "a".repeat(64);
    byte[] mainsA = A_V2.getBytes(StandardCharsets.UTF_8);
    byte[] otherA = "{\"unit\":\"a\",\"v\":3}\n".getBytes(StandardCharsets.UTF_8);
    java.util.List<String> asked = new java.util.ArrayList<>();

    Provenance known =
        provenance(
            (path, blob) -> {
              synchronized (asked) {
                asked.add(path);
              }
              return path.equals(A) && blob.equals(BlobIds.of(mainsA))
                  ? java.util.Optional.of(given)
                  : java.util.Optional.empty();
            });
    Provenance otherBytes =
        provenance(
            (path, blob) ->
                path.equals(A) && blob.equals(BlobIds.of(otherA))
                    ? java.util.Optional.of(given)
                    : java.util.Optional.empty());

    assertThat(asked).containsExactlyInAnyOrderElementsOf(clean.files().keySet());
    assertThat(known.of(A).orElseThrow().sha256()).isEqualTo(given);
    assertThat(known.of(B)).isEqualTo(clean.of(B));
    assertThat(otherBytes).isEqualTo(clean);
    assertThat(BlobIds.of(mainsA)).isEqualTo(git.git(RENAME, "rev-parse", "main:" + A).trim());
  }

  private Provenance provenance() {
    return provenance(KnownContent.NONE);
  }

  private Provenance provenance(KnownContent known) {
    try (GitRepo repo = GitRepo.open(git.dir)) {
      return repo.provenance("main", known);
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
