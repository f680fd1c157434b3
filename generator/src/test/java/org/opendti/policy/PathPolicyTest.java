package org.opendti.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.git.GitFixture.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.git.Change;
import org.opendti.git.Change.Kind;
import org.opendti.git.Change.Mode;
import org.opendti.git.GitFixture;
import org.opendti.git.GitRepo;
import org.opendti.model.AccessPolicy;

class PathPolicyTest {

  private static final String A = "submissions/f/2023/a.json";
  private static final String B = "submissions/f/2023/b.json";
  private static final String C = "submissions/f/2023/c.json";
  private static final String T = "submissions/f/2023/t.json";
  private static final String A_REVIEW = "submissions/f/2023/a.review.json";

  private static final AccessPolicy ACCESS =
      PolicyFiles.parse(
          """
          {"maintainers": ["@opendti/maintainers", "@maria"],
           "reviewers": ["@opendti/inspection-team", "@ivan"],
           "maintainerPaths": [".github/**", "pom.xml", "**/pom.xml", "generator/**", "docs/**"],
           "units": {"a": ["@alice"], "b": ["@Bob"], "t": ["@opendti/unit-t"]},
           "teams": {"@opendti/maintainers": ["@max"], "@opendti/inspection-team": ["@ines"],
                     "@opendti/unit-t": ["@tom"]}}
          """);

  private final PathPolicy policy = PathPolicy.of(ACCESS);

  @Test
  void aUnitChangesItsOwnSubmission() {
    assertThat(check("alice", false, modified(A))).isEmpty();
    assertThat(check("@BOB", false, modified(B))).as("logins ignore case").isEmpty();
  }

  @Test
  void anotherUnitsSubmissionIsAnError() {
    List<PolicyViolation> found = check("alice", false, modified(B));
    assertThat(found).extracting(this::summary).containsExactly("ERROR unit-submission " + B);
    assertThat(found.get(0).message().in(Lang.EN))
        .isEqualTo("@alice changes unit b's submission but is not listed for it (listed: @Bob)");
    assertThat(found.get(0).message().in(Lang.VI))
        .isEqualTo(
            "@alice sửa hồ sơ của đơn vị b nhưng không có tên trong danh sách của đơn vị"
                + " (danh sách: @Bob)");
  }

  @Test
  void renamingOrDeletingASubmissionTheAuthorDoesNotOwnIsAnError() {
    assertThat(check("alice", false, new Change(Kind.DELETED, B, null, Mode.REGULAR)))
        .extracting(this::summary)
        .containsExactly("ERROR rename-or-delete " + B);
    assertThat(check("alice", false, new Change(Kind.RENAMED, B, A, Mode.REGULAR)))
        .extracting(this::summary)
        .as("the new path is alice's own")
        .containsExactly("ERROR rename-or-delete " + B);
    assertThat(check("alice", false, new Change(Kind.RENAMED, A, B, Mode.REGULAR)))
        .extracting(this::summary)
        .containsExactly("ERROR unit-submission " + B);
  }

  @Test
  void aUnitOwnedByATeamIsChangedOnlyByTheTeamsMembers() {
    assertThat(check("tom", false, modified(T))).as("a member, by the policy's teams").isEmpty();
    assertThat(check("alice", false, modified(T)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(summary(v)).isEqualTo("ERROR unit-submission " + T);
              assertThat(v.message().in(Lang.EN)).contains("@opendti/unit-t");
            });
    assertThat(check("alice", false, new Change(Kind.DELETED, T, null, Mode.REGULAR)))
        .extracting(this::summary)
        .containsExactly("ERROR rename-or-delete " + T);
    assertThat(check("alice", false, new Change(Kind.RENAMED, T, A, Mode.REGULAR)))
        .extracting(this::summary)
        .containsExactly("ERROR rename-or-delete " + T);
  }

  @Test
  void theToolsAndTheRulesAreMaintainerOnlyWhateverThePolicyLists() {
    PathPolicy bare = PathPolicy.of(policyWith("docs/**"));
    for (String path :
        List.of(
            ".mvn/maven.config",
            "pom.xml",
            "publish/pom.xml",
            "generator/src/main/java/X.java",
            "maven-plugin/src/main/java/X.java",
            ".github/workflows/pull-request.yml",
            "site-templates/page.ftlh",
            "schemas/submission.schema.json",
            "policy/access.json")) {
      assertThat(bare.check(List.of(modified(path)), "alice", false))
          .extracting(this::summary)
          .as(path)
          .containsExactly("ERROR maintainer-path " + path);
    }
    assertThat(ACCESS.isMaintainer("max")).isTrue();
    assertThat(policy.check(List.of(modified(".mvn/maven.config")), "max", true)).isEmpty();
  }

  @Test
  void anUnlistedUnitIsAnError() {
    assertThat(check("alice", false, added(C)))
        .extracting(this::summary)
        .containsExactly("ERROR unlisted-unit " + C);
  }

  @Test
  void symlinksAndSubmodulesAreErrorsEvenForMaintainers() {
    assertThat(check("maria", true, new Change(Kind.ADDED, null, "docs/x.md", Mode.SYMLINK)))
        .extracting(this::summary)
        .containsExactly("ERROR symlink docs/x.md");
    assertThat(check("alice", false, new Change(Kind.MODIFIED, A, A, Mode.SYMLINK)))
        .extracting(this::summary)
        .containsExactly("ERROR symlink " + A);
    assertThat(check("maria", true, new Change(Kind.ADDED, null, "docs/lib", Mode.SUBMODULE)))
        .extracting(this::summary)
        .containsExactly("ERROR submodule docs/lib");
    assertThat(check("alice", false, new Change(Kind.DELETED, A, null, Mode.SYMLINK)))
        .as("removing a link is fine")
        .isEmpty();
  }

  @Test
  void maintainerPathsAreForMaintainers() {
    assertThat(check("alice", false, modified("generator/pom.xml"), modified("pom.xml")))
        .extracting(this::summary)
        .containsExactly(
            "ERROR maintainer-path generator/pom.xml", "ERROR maintainer-path pom.xml");
    assertThat(check("alice", false, modified(".github/workflows/x.yml")))
        .extracting(this::summary)
        .containsExactly("ERROR maintainer-path .github/workflows/x.yml");
    assertThat(check("maria", true, modified("generator/pom.xml"), modified("pom.xml"))).isEmpty();
  }

  @Test
  void reviewFilesAreForReviewers() {
    assertThat(check("ivan", false, added(A_REVIEW))).isEmpty();
    assertThat(check("alice", false, added(A_REVIEW)))
        .extracting(this::summary)
        .as("a unit never writes its own review")
        .containsExactly("ERROR review-file " + A_REVIEW);
    assertThat(check("ines", false, added(A_REVIEW))).as("in the inspection team").isEmpty();
    assertThat(check("bob", false, added(A_REVIEW)))
        .extracting(this::summary)
        .as("bob is in no reviewers' team")
        .containsExactly("ERROR review-file " + A_REVIEW);
    PathPolicy usersOnly =
        PathPolicy.of(
            new AccessPolicy(ACCESS.maintainers(), List.of("@ivan"), List.of(), ACCESS.units()));
    assertThat(usersOnly.check(List.of(added(A_REVIEW)), "bob", false))
        .extracting(this::summary)
        .containsExactly("ERROR review-file " + A_REVIEW);
  }

  @Test
  void filesOutsideTheKnownFoldersAreErrors() {
    assertThat(check("alice", false, added("notes.txt"), added("submissions/f/2023/a/proof.pdf")))
        .extracting(this::summary)
        .containsExactly(
            "ERROR unknown-path notes.txt", "ERROR submission-path submissions/f/2023/a/proof.pdf");
    assertThat(check("maria", true, added("notes.txt")))
        .extracting(this::summary)
        .containsExactly("WARNING unknown-path notes.txt");
  }

  @Test
  void aMaintainerChangingAUnitsDataIsAWarning() {
    assertThat(check("maria", true, modified(B), modified(A_REVIEW)))
        .extracting(this::summary)
        .containsExactly("WARNING review-file " + A_REVIEW, "WARNING unit-submission " + B);
  }

  @Test
  void globsFollowGitignoreRules() {
    assertThat(policy.isMaintainerPath("pom.xml")).isTrue();
    assertThat(policy.isMaintainerPath("maven-plugin/pom.xml")).isTrue();
    assertThat(policy.isMaintainerPath(".github/CODEOWNERS")).isTrue();
    assertThat(policy.isMaintainerPath(".githubx/a")).isFalse();
    assertThat(policy.isMaintainerPath("submissions/pom.xml.json")).isFalse();
    assertThat(PathPolicy.of(policyWith("docs/*.md")).isMaintainerPath("docs/a/b.md")).isFalse();
    assertThat(PathPolicy.of(policyWith("docs/?.md")).isMaintainerPath("docs/a.md")).isTrue();
  }

  @Test
  void aForksPullRequestIsCheckedFromItsRealDiff(@TempDir Path tmp) throws Exception {
    GitFixture git = GitFixture.init(Files.createDirectory(tmp.resolve("repo")), tmp);
    git.write(A, "{}\n").write(B, "{}\n").write("pom.xml", "<project/>\n");
    git.commit("Initial layout", at("2024-01-01T00:00:00Z"));
    GitFixture fork = git.fork(tmp.resolve("fork")).as("Alice", "alice@example.vn");
    fork.write(A, "{\"v\":2}\n").write(B, "{\"v\":2}\n").write("pom.xml", "<project>x</project>\n");
    fork.symlink("submissions/f/2023/link.json", "../../../pom.xml");
    fork.commit("Everything at once", at("2024-01-02T00:00:00Z"));
    git.git(
        at("2024-01-03T00:00:00Z"), "fetch", "-q", fork.dir.toString(), "main:refs/pull/7/head");

    try (GitRepo repo = GitRepo.open(git.dir)) {
      List<Change> changes = repo.changedFiles("main", "refs/pull/7/head").changes();
      assertThat(policy.check(changes, "alice", ACCESS.isMaintainer("alice")))
          .extracting(this::summary)
          .containsExactly(
              "ERROR maintainer-path pom.xml",
              "ERROR unit-submission " + B,
              "ERROR unlisted-unit submissions/f/2023/link.json",
              "ERROR symlink submissions/f/2023/link.json");
    }
  }

  private List<PolicyViolation> check(String author, boolean maintainer, Change... changes) {
    return policy.check(List.of(changes), author, maintainer);
  }

  private String summary(PolicyViolation v) {
    return v.severity() + " " + v.rule().code() + " " + v.file();
  }

  private static AccessPolicy policyWith(String glob) {
    return new AccessPolicy(List.of("@m"), List.of(), List.of(glob), ACCESS.units());
  }

  private static Change modified(String path) {
    return new Change(Kind.MODIFIED, path, path, Mode.REGULAR);
  }

  private static Change added(String path) {
    return new Change(Kind.ADDED, null, path, Mode.REGULAR);
  }
}
