package org.opendti.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git program answers exactly as JGit's {@link GitRepo#changedPaths(String, String)} does
 * wherever it answers, on loose objects and on packs with deltas, and leaves to JGit every
 * repository and revision it does not read exactly.
 */
class GitCliTest {

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

  /** Every kind of change of GitRepoTest, read loose, then packed with deltas and packed refs. */
  @Test
  void agreesWithJGitOnEveryKindOfChangeLooseAndPacked() throws Exception {
    git.git(at("2024-01-02T00:00:00Z"), "checkout", "-q", "-b", "pr");
    git.write(A, "{\"unit\":\"a\",\"v\":2}\n")
        .write("README.md", "# Changed\n")
        .write("submissions/g/2024/new.json", "{}\n")
        .write("submissions/tên có dấu/2024/đơn vị.json", "{}\n")
        .symlink("submissions/f/2023/link.json", "../x.json");
    git.git(at("2024-01-02T00:00:00Z"), "rm", "-q", B);
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
    git.git(at("2024-01-03T00:00:00Z"), "checkout", "-q", "pr");
    List<String[]> pairs =
        List.of(
            new String[] {"main", "pr"},
            new String[] {"main", "HEAD"},
            new String[] {"pr", "main"},
            new String[] {"pr", "pr"},
            new String[] {start, "HEAD"},
            new String[] {"refs/heads/main", "HEAD"});

    assertThat(direct("main", "HEAD").orElseThrow())
        .contains(B, X, X + "/inner.json", "criteria/f.json")
        .contains("submissions/tên có dấu/2024/đơn vị.json", "submissions/f/2023/link.json")
        .doesNotContain("units/u.json");
    for (String[] p : pairs) {
      assertAgrees(p[0], p[1]);
    }

    git.git(at("2024-01-03T00:00:00Z"), "pack-refs", "--all");
    git.git(at("2024-01-03T00:00:00Z"), "repack", "-q", "-a", "-d", "-f", "--depth=50");
    git.git(at("2024-01-03T00:00:00Z"), "prune-packed");
    assertThat(git.dir.resolve(".git/refs/heads/main")).doesNotExist();
    assertThat(looseObjects()).isZero();
    assertThat(deltified("tree")).as("trees stored as deltas").isPositive();
    for (String[] p : pairs) {
      assertAgrees(p[0], p[1]);
    }
  }

  /**
   * A random history of branches and merges (with committer dates out of order), loose and then
   * packed with long delta chains: 200 random pairs of its commits give JGit's paths, directly
   * wherever the pair has one merge base (all 625 pairs, five processes each, took up to two
   * minutes of every build). The direct answers must be most of them, or the test proves little.
   */
  @Test
  void agreesWithJGitOnPairsOfARandomHistory() throws Exception {
    Random random = new Random(17);
    List<String> commits = new ArrayList<>(List.of(start));
    List<String> branches = new ArrayList<>(List.of("main"));
    Instant when = at("2024-01-01T00:00:00Z");
    for (int i = 0; i < 24; i++) {
      when = when.plusSeconds(random.nextInt(7200) - 1800); // sometimes earlier than its parent
      String branch = branches.get(random.nextInt(branches.size()));
      git.git(when, "checkout", "-q", branch);
      if (random.nextInt(4) == 0) {
        String fresh = "b" + i;
        git.git(when, "checkout", "-q", "-b", fresh);
        branches.add(fresh);
      }
      if (random.nextInt(4) == 0 && branches.size() > 1) {
        String other = branches.get(random.nextInt(branches.size()));
        git.git(when, "merge", "-q", "--no-ff", "-s", "ours", "-m", "merge " + other, other);
      }
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        String file = "submissions/f/" + (2020 + random.nextInt(3)) + "/u" + random.nextInt(6);
        if (random.nextInt(5) == 0 && Files.exists(git.dir.resolve(file + ".json"))) {
          git.git(when, "rm", "-q", file + ".json");
        } else {
          git.write(
              file + ".json",
              "{\"v\":" + random.nextInt(1000) + ",\"pad\":\"" + "p".repeat(300) + "\"}\n");
        }
      }
      commits.add(git.commit("change " + i, when));
    }
    List<String[]> pairs = new ArrayList<>();
    for (String base : commits) {
      for (String head : commits) {
        pairs.add(new String[] {base, head});
      }
    }
    Collections.shuffle(pairs, random);
    pairs = pairs.subList(0, 200);
    int direct = compare(pairs);
    git.git(when, "repack", "-q", "-a", "-d", "-f", "--depth=100", "--window=50");
    git.git(when, "prune-packed");
    assertThat(looseObjects()).isZero();
    assertThat(deltified("tree")).as("trees stored as deltas").isPositive();
    int directPacked = compare(pairs);

    assertThat(direct).isEqualTo(directPacked).isGreaterThan(pairs.size() / 2);
  }

  @Test
  void anAnnotatedTagAndARemoteBranchArePeeledAndFoundAsJGitFindsThem() {
    git.git(at("2024-01-02T00:00:00Z"), "tag", "-a", "-m", "base", "v1");
    git.git(at("2024-01-02T00:00:00Z"), "update-ref", "refs/remotes/origin/main", start);
    git.write(A, "{\"unit\":\"a\",\"v\":2}\n").commit("Edit", at("2024-01-02T00:00:00Z"));
    // a tag and a branch of the same name: the tag comes first on JGit's search path
    git.git(at("2024-01-02T00:00:00Z"), "tag", "main", start);

    for (String base : List.of("v1", "refs/tags/v1", "origin/main", "main", "heads/main")) {
      assertThat(direct(base, "HEAD")).as(base).hasValue(jgit(base, "HEAD"));
    }
    assertThat(direct("main", "HEAD").orElseThrow()).containsExactly(A);
    git.git(at("2024-01-02T00:00:00Z"), "checkout", "-q", "--detach", "HEAD");
    assertThat(direct("v1", "HEAD").orElseThrow()).containsExactly(A);
  }

  @Test
  void revisionsAndRepositoriesItDoesNotReadExactlyAreLeftToJGit() throws Exception {
    git.write(A, "{\"unit\":\"a\",\"v\":2}\n").commit("Edit", at("2024-01-02T00:00:00Z"));
    String abbreviated = start.substring(0, 10);
    assertThat(jgit(abbreviated, "HEAD")).containsExactly(A);
    for (String base : List.of(abbreviated, "HEAD~1", "HEAD^", "main@{0}", start.toUpperCase())) {
      assertThat(direct(base, "HEAD")).as(base).isEmpty();
      assertThat(ChangedPaths.since(git.dir, base, false)).as(base).isEqualTo(jgit(base, "HEAD"));
    }

    // two merge bases (a criss-cross merge): JGit picks one
    git.git(at("2024-01-03T00:00:00Z"), "checkout", "-q", "-b", "x", start);
    git.write(B, "x\n").commit("x", at("2024-01-03T00:00:00Z"));
    git.git(at("2024-01-04T00:00:00Z"), "checkout", "-q", "-b", "y", "main");
    git.git(at("2024-01-04T00:00:00Z"), "merge", "-q", "--no-ff", "-s", "ours", "-m", "m1", "x");
    git.git(at("2024-01-04T00:00:00Z"), "checkout", "-q", "x");
    git.git(at("2024-01-05T00:00:00Z"), "merge", "-q", "--no-ff", "-s", "ours", "-m", "m2", "main");
    assertThat(direct("y", "x")).isEmpty();
    assertThat(ChangedPaths.since(git.dir, "y", false)).isEqualTo(jgit("y", "x"));

    // a shallow clone: its cut commits have parents that are not there
    Path shallow = tmp.resolve("shallow");
    git.git(
        at("2024-01-05T00:00:00Z"),
        "clone",
        "-q",
        "--depth=1",
        "--no-local",
        "--branch",
        "main",
        git.dir.toUri().toString(),
        shallow.toString());
    assertThat(GitCli.changedPaths(shallow, "HEAD", "HEAD")).isEmpty();
    assertThat(ChangedPaths.since(shallow, "HEAD", false)).isEmpty();

    // a linked work tree: its .git is a file, its refs and objects are elsewhere
    Path linked = tmp.resolve("linked");
    git.git(at("2024-01-05T00:00:00Z"), "worktree", "add", "-q", linked.toString(), "y");
    assertThat(GitCli.changedPaths(linked, "main", "HEAD")).isEmpty();
    assertThat(ChangedPaths.since(linked, "main", false)).isEqualTo(jgit("main", "y"));
  }

  private int compare(List<String[]> pairs) {
    int direct = 0;
    for (String[] pair : pairs) {
      Optional<SortedSet<String>> answer = direct(pair[0], pair[1]);
      if (answer.isPresent()) {
        assertThat(answer.get()).as(pair[0] + " → " + pair[1]).isEqualTo(jgit(pair[0], pair[1]));
        direct++;
      }
    }
    return direct;
  }

  private void assertAgrees(String base, String head) {
    assertThat(direct(base, head)).as(base + " → " + head).hasValue(jgit(base, head));
  }

  private Optional<SortedSet<String>> direct(String base, String head) {
    return GitCli.changedPaths(git.dir, base, head);
  }

  private SortedSet<String> jgit(String base, String head) {
    try (GitRepo repo = GitRepo.open(git.dir)) {
      return repo.changedPaths(base, head);
    }
  }

  /** Objects of {@code type} stored as a delta in the pack ({@code verify-pack} gives a base). */
  private long deltified(String type) throws Exception {
    try (var files = Files.list(git.dir.resolve(".git/objects/pack"))) {
      Path idx = files.filter(p -> p.toString().endsWith(".idx")).findFirst().orElseThrow();
      return git.git(at("2024-01-01T00:00:00Z"), "verify-pack", "-v", idx.toString())
          .lines()
          .map(l -> l.trim().split("\\s+"))
          .filter(f -> f.length == 7 && f[1].equals(type))
          .count();
    }
  }

  private long looseObjects() throws Exception {
    try (var files = Files.walk(git.dir.resolve(".git/objects"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getParent().getFileName().toString().matches("[0-9a-f]{2}"))
          .count();
    }
  }

  private static Instant at(String iso) {
    return GitFixture.at(iso);
  }
}
