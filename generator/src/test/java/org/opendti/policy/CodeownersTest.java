package org.opendti.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.model.AccessPolicy;

class CodeownersTest {

  private static final AccessPolicy POLICY =
      new AccessPolicy(
          List.of("@opendti/maintainers"),
          List.of("@opendti/inspection-team"),
          List.of(".github/**", "**/pom.xml", "README.md"),
          new TreeMap<>(
              Map.of(
                  "van-lam", List.of("@vanlam-it"),
                  "lac-dao", List.of("@opendti/lac-dao", "@opendti/inspection-team"))));

  @Test
  void generatesOwnersFromThePolicy() {
    assertThat(Codeowners.generate(POLICY))
        .isEqualTo(
            """
            # Generated from policy/access.json: do not edit by hand.
            # Regenerate with `mvn -B dti:codeowners` after changing the policy.
            # GitHub applies the last matching line.

            # Anything not listed below: the maintainers.
            * @opendti/maintainers

            # Maintainer paths.
            /.github/** @opendti/maintainers
            **/pom.xml @opendti/maintainers
            /README.md @opendti/maintainers

            # Reviews: the inspection team.
            /submissions/**/*.review.json @opendti/inspection-team

            # Each unit's submission: its accounts and the inspection team; its review: the team.
            /submissions/*/*/lac-dao.json @opendti/lac-dao @opendti/inspection-team
            /submissions/*/*/lac-dao.review.json @opendti/inspection-team
            /submissions/*/*/van-lam.json @vanlam-it @opendti/inspection-team
            /submissions/*/*/van-lam.review.json @opendti/inspection-team
            """);
  }

  @Test
  void anEditedFileIsReportedWithADiff() {
    String edited =
        Codeowners.generate(POLICY)
            .replace("van-lam.json @vanlam-it", "van-lam.json @mallory")
            .replace("/README.md @opendti/maintainers\n", "");

    Codeowners.Check check = Codeowners.check(POLICY, edited);

    assertThat(check.upToDate()).isFalse();
    assertThat(check.expected()).isEqualTo(Codeowners.generate(POLICY));
    assertThat(check.diff())
        .startsWith("--- .github/CODEOWNERS (committed)\n+++ .github/CODEOWNERS (generated from")
        .contains("+/README.md @opendti/maintainers\n")
        .contains("-/submissions/*/*/van-lam.json @mallory @opendti/inspection-team\n")
        .contains("+/submissions/*/*/van-lam.json @vanlam-it @opendti/inspection-team\n")
        .contains("@@ -");
  }

  @Test
  void aMissingFileIsOutOfDate() {
    Codeowners.Check check = Codeowners.check(POLICY, (String) null);

    assertThat(check.upToDate()).isFalse();
    assertThat(check.diff()).contains("+* @opendti/maintainers\n");
  }

  @Test
  void writeThenCheckIsUpToDate(@TempDir Path root) throws Exception {
    assertThat(Codeowners.write(POLICY, root)).isTrue();
    assertThat(Codeowners.check(POLICY, root).upToDate()).isTrue();
    assertThat(Codeowners.check(POLICY, root).diff()).isEmpty();
    assertThat(Codeowners.write(POLICY, root)).as("nothing to rewrite").isFalse();
    assertThat(Files.readString(root.resolve(".github/CODEOWNERS"))).contains("van-lam");
  }

  @Test
  void theRepositorysCodeownersIsUpToDate() {
    Path root = AccessPolicyTest.ROOT;

    Codeowners.Check check = Codeowners.check(PolicyFiles.accessPolicy(root), root);

    assertThat(check.upToDate()).as(check.diff()).isTrue();
  }
}
