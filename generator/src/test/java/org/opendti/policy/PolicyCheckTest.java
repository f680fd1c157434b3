package org.opendti.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.git.GitFixture.at;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.git.Change;
import org.opendti.git.GitFixture;
import org.opendti.git.GitRepo;
import org.opendti.model.AccessPolicy;

class PolicyCheckTest {

  private static final String A = "submissions/f/2023/a.json";
  private static final String POLICY =
      """
      {"maintainers": ["@maria"], "reviewers": ["@ivan"], "maintainerPaths": ["policy/**", ".github/**"],
       "units": {"a": ["@alice"]}}
      """;
  private static final String GRABBED =
      POLICY.replace("[\"@alice\"]", "[\"@alice\", \"@mallory\"]");

  @TempDir Path tmp;
  private GitFixture git;

  @BeforeEach
  void main() throws Exception {
    git = GitFixture.init(Files.createDirectory(tmp.resolve("repo")), tmp);
    git.write(AccessPolicy.FILE, POLICY).write(A, "{}\n");
    git.write(Codeowners.FILE, Codeowners.generate(PolicyFiles.accessPolicy(git.dir)));
    git.commit("Initial layout", at("2024-01-01T00:00:00Z"));
  }

  @Test
  void aPullRequestCannotGrantItselfRightsAndMustRegenerateCodeowners() {
    git.git(at("2024-01-02T00:00:00Z"), "checkout", "-q", "-b", "grab");
    git.as("Mallory", "mallory@example.vn")
        .write(AccessPolicy.FILE, GRABBED)
        .write(A, "{\"x\":1}\n");
    git.commit("Let me in", at("2024-01-02T00:00:00Z"));

    try (GitRepo repo = GitRepo.open(git.dir)) {
      PolicyResult report = PolicyCheck.check(repo, "main", "grab", "mallory");

      assertThat(report.diagnostics())
          .extracting(d -> d.code() + " " + d.file())
          .containsExactly(
              "maintainer-path " + AccessPolicy.FILE,
              "unit-submission " + A,
              "codeowners-out-of-date " + Codeowners.FILE);
      assertThat(report.diagnostics().get(2).message(Lang.EN))
          .contains("+/submissions/*/*/a.json @alice @mallory @ivan");
      assertThat(report.hasErrors()).isTrue();
    }
  }

  @Test
  void aMaintainerChangesThePolicyWithItsCodeowners() throws Exception {
    git.git(at("2024-01-02T00:00:00Z"), "checkout", "-q", "-b", "policy");
    git.as("Maria", "maria@example.vn").write(AccessPolicy.FILE, GRABBED);
    Codeowners.write(PolicyFiles.accessPolicy(git.dir), git.dir);
    git.commit("Add mallory to unit a", at("2024-01-02T00:00:00Z"));

    try (GitRepo repo = GitRepo.open(git.dir)) {
      PolicyResult report = PolicyCheck.check(repo, "main", "policy", "@Maria");

      assertThat(report.diagnostics()).extracting(diag -> diag.format(Lang.EN)).isEmpty();
      assertThat(report.changed().changes())
          .extracting(Change::path)
          .containsExactly(Codeowners.FILE, AccessPolicy.FILE);
    }
  }
}
