package org.opendti.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.git.Change.Kind;
import org.opendti.git.Change.Mode;

class GitRepoTest {

  private static final String A = "submissions/f/2023/a.json";
  private static final String B = "submissions/f/2023/b.json";
  private static final String X = "submissions/f/2023/x.json";

  @TempDir Path tmp;
  private GitFixture git;
  private String start;

  @BeforeEach
  void layout() throws Exception {
    git = GitFixture.init(Files.createDirectory(tmp.resolve("repo")), tmp);
    git.write("README.md", "# Sample\n")
        .write("criteria/f.json", "{\"id\":\"f\"}\n")
        .write("units/u.json", "{\"units\":[]}\n")
        .write(A, "{\"unit\":\"a\",\"v\":1}\n")
        .write(B, "{\"unit\":\"b\",\"long\":\"" + "b".repeat(200) + "\"}\n")
        .write(X, "{\"unit\":\"x\"}\n");
    start = git.commit("Initial layout", at("2024-01-01T00:00:00Z"));
  }

  @Test
  void changesAreTakenFromTheMergeBaseWithRenamesAndSymlinks() {
    git.git(at("2024-01-02T00:00:00Z"), "checkout", "-q", "-b", "pr");
    git.write(A, "{\"unit\":\"a\",\"v\":2}\n").symlink("submissions/f/2023/link.json", "../x.json");
    git.git(at("2024-01-02T00:00:00Z"), "mv", B, "submissions/f/2023/renamed.json");
    git.git(at("2024-01-02T00:00:00Z"), "rm", "-q", X);
    git.commit("Edit, rename, delete, link", at("2024-01-02T00:00:00Z"));
    // main moves on after the branch started: its change is not the pull request's
    git.git(at("2024-01-03T00:00:00Z"), "checkout", "-q", "main");
    git.write("units/u.json", "{\"units\":[1]}\n").commit("Registry", at("2024-01-03T00:00:00Z"));

    try (GitRepo repo = GitRepo.open(git.dir)) {
      ChangedFiles changed = repo.changedFiles("main", "pr");

      assertThat(changed.mergeBase()).isEqualTo(start);
      assertThat(changed.base()).isEqualTo(repo.resolve("main")).isNotEqualTo(start);
      assertThat(changed.head()).isEqualTo(repo.resolve("pr"));
      assertThat(changed.changes())
          .containsExactly(
              new Change(Kind.MODIFIED, A, A, Mode.REGULAR),
              new Change(Kind.ADDED, null, "submissions/f/2023/link.json", Mode.SYMLINK),
              new Change(Kind.RENAMED, B, "submissions/f/2023/renamed.json", Mode.REGULAR),
              new Change(Kind.DELETED, X, null, Mode.REGULAR));
      assertThat(changed.changes().get(1).isSymlink()).isTrue();
      assertThat(changed.changes())
          .extracting(Change::format)
          .containsExactly(
              "M\t" + A,
              "A\tsubmissions/f/2023/link.json\t(symlink)",
              "R\t" + B + "\tsubmissions/f/2023/renamed.json",
              "D\t" + X);
      assertThat(changed.submissions()).hasSize(4);
    }
  }

  /**
   * The paths alone (what the changed-files check reads, without rename detection) are exactly both
   * sides of every change the full diff finds: renames, an edited rename, a mode change, a link, a
   * file that became a folder, changes outside the inputs, and none of main's own.
   */
  @Test
  void changedPathsAreBothSidesOfEveryChange() throws Exception {
    git.git(at("2024-01-02T00:00:00Z"), "checkout", "-q", "-b", "pr");
    git.write(A, "{\"unit\":\"a\",\"v\":2}\n")
        .write("README.md", "# Changed\n")
        .write("submissions/g/2024/new.json", "{}\n")
        .symlink("submissions/f/2023/link.json", "../x.json");
    git.git(at("2024-01-02T00:00:00Z"), "rm", "-q", B);
    // moved to another period, one character shorter: a rename Git detects, edited
    git.write(
        "submissions/f/2024/b.json", "{\"unit\":\"b\",\"long\":\"" + "b".repeat(199) + "\"}\n");
    git.git(at("2024-01-02T00:00:00Z"), "rm", "-q", X);
    git.write(X + "/inner.json", "{}\n");
    Files.setPosixFilePermissions(
        git.dir.resolve("criteria/f.json"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    git.commit("Many kinds of change", at("2024-01-02T00:00:00Z"));
    git.git(at("2024-01-03T00:00:00Z"), "checkout", "-q", "main");
    git.write("units/u.json", "{\"units\":[1]}\n").commit("Registry", at("2024-01-03T00:00:00Z"));

    try (GitRepo repo = GitRepo.open(git.dir)) {
      java.util.SortedSet<String> fromDiff = new java.util.TreeSet<>();
      repo.changedFiles("main", "pr").changes().forEach(c -> c.paths().forEach(fromDiff::add));

      assertThat(repo.changedPaths("main", "pr"))
          .containsExactlyElementsOf(fromDiff)
          .contains(B, "submissions/f/2024/b.json", X, X + "/inner.json", "criteria/f.json")
          .doesNotContain("units/u.json")
          .hasSize(9);
      assertThat(repo.changedPaths("pr", "pr")).isEmpty();
    }
  }

  @Test
  void aForkedBranchFetchedBackAsARefIsDiffedLikeAnyOther() throws Exception {
    GitFixture fork = git.fork(tmp.resolve("fork")).as("Fork", "fork@example.vn");
    fork.write("submissions/f/2023/c.json", "{\"unit\":\"c\"}\n")
        .commit("Submission of c", at("2024-01-05T00:00:00Z"));
    git.git(
        at("2024-01-06T00:00:00Z"),
        "fetch",
        "-q",
        tmp.resolve("fork").toString(),
        "main:refs/pull/14/head");

    try (GitRepo repo = GitRepo.open(git.dir)) {
      assertThat(repo.changedFiles("refs/pull/14/head").changes())
          .as("HEAD is main: the fork's branch adds nothing to it")
          .isEmpty();
      assertThat(repo.changedFiles("main", "refs/pull/14/head").changes())
          .containsExactly(new Change(Kind.ADDED, null, "submissions/f/2023/c.json", Mode.REGULAR));
    }
  }

  @Test
  void readsAFileAtACommit() {
    git.write(A, "{\"unit\":\"a\",\"v\":2}\n").commit("Edit", at("2024-01-02T00:00:00Z"));

    try (GitRepo repo = GitRepo.open(git.dir)) {
      assertThat(repo.read(start, A)).hasValueSatisfying(b -> assertThat(text(b)).contains("1"));
      assertThat(repo.read("HEAD", A)).hasValueSatisfying(b -> assertThat(text(b)).contains("2"));
      assertThat(repo.read("HEAD", "no/such.json")).isEmpty();
      assertThat(repo.read("HEAD", "submissions")).as("a folder is not a file").isEmpty();
    }
  }

  @Test
  void materialisesOnlyThePipelineFoldersAndNoSymlinks() throws Exception {
    git.symlink("submissions/f/2023/link.json", "../../../README.md")
        .commit("Link", at("2024-01-02T00:00:00Z"));

    try (GitRepo repo = GitRepo.open(git.dir);
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path target = fs.getPath("/base");
      assertThat(repo.materialise(start, target))
          .containsExactly("criteria/f.json", A, B, X, "units/u.json");
      assertThat(Files.readString(target.resolve(A))).isEqualTo("{\"unit\":\"a\",\"v\":1}\n");
      assertThat(target.resolve("README.md")).doesNotExist();

      Path head = fs.getPath("/head");
      assertThat(repo.materialise("HEAD", head)).doesNotContain("submissions/f/2023/link.json");
      assertThat(head.resolve("submissions/f/2023/link.json")).doesNotExist();
    }
  }

  @Test
  void unknownRevisionsAndUnrelatedHistoriesAreTheUsersToFix() throws Exception {
    GitFixture other = GitFixture.init(Files.createDirectory(tmp.resolve("other")), tmp);
    other.write("README.md", "other\n").commit("Other", at("2024-01-01T00:00:00Z"));
    git.git(at("2024-01-02T00:00:00Z"), "fetch", "-q", other.dir.toString(), "main:other");

    try (GitRepo repo = GitRepo.open(git.dir)) {
      assertThatThrownBy(() -> repo.changedFiles("origin/main", "HEAD"))
          .isInstanceOf(RevisionException.class)
          .hasMessageContaining("origin/main");
      assertThatThrownBy(() -> repo.changedFiles("other", "main"))
          .isInstanceOf(RevisionException.class)
          .hasMessageContaining("share no history");
    }
    assertThatThrownBy(() -> GitRepo.open(tmp.resolve("nothing")))
        .isInstanceOf(NotARepositoryException.class);
  }

  static Instant at(String iso) {
    return GitFixture.at(iso);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
