package org.opendti.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.Lang;
import org.opendti.model.AccessPolicy;

class AccessPolicyTest {

  /** The repository root: tests run in {@code generator/}. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void readsTheRepositorysPolicy() {
    AccessPolicy policy = PolicyFiles.accessPolicy(ROOT);

    assertThat(policy.maintainers()).containsExactly("@opendti/maintainers");
    assertThat(policy.reviewers()).containsExactly("@opendti/inspection-team");
    assertThat(policy.maintainerPaths()).contains(".github/**", "**/pom.xml", "policy/**");
    assertThat(policy.owners("nga-nam")).containsExactly("@opendti/nga-nam");
    assertThat(policy.owners("nowhere")).isEmpty();
  }

  @Test
  void theRepositorysPolicyMatchesItsSchema() throws Exception {
    var schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(ROOT.resolve("schemas/access.schema.json")));
    var mapper = new ObjectMapper();

    assertThat(schema.validate(mapper.readTree(ROOT.resolve(AccessPolicy.FILE).toFile())))
        .isEmpty();
    assertThat(schema.validate(mapper.readTree("{\"maintainers\":[\"alice\"]}")))
        .as("the schema rejects what the reader rejects")
        .isNotEmpty();
  }

  @Test
  void unitsAreSortedAndAccountsMatchByLoginIgnoringCase() {
    AccessPolicy policy =
        parse(
            """
            {"maintainers": ["@Maria", "@opendti/maintainers"], "reviewers": [],
             "maintainerPaths": [], "units": {"b": ["@bob"], "a": ["@alice"]},
             "teams": {"@OpenDTI/Maintainers": ["@Max"]}}
            """);

    assertThat(policy.units().keySet()).containsExactly("a", "b");
    assertThat(policy.isMaintainer("maria")).isTrue();
    assertThat(policy.isMaintainer("@MARIA")).isTrue();
    assertThat(policy.isMaintainer("opendti")).as("a team is not a login").isFalse();
    assertThat(policy.isMaintainer("max")).as("a member of a listed team, by the file").isTrue();
    assertThat(policy.isMaintainer("bob")).isFalse();
  }

  @Test
  void aTeamNamedButNotDefinedIsAnError() {
    assertThatThrownBy(
            () ->
                parse(
                    """
                    {"maintainers": ["@m"], "reviewers": ["@org/inspectors"],
                     "maintainerPaths": [], "units": {"a": ["@org/a-team"]},
                     "teams": {"@org/a-team": ["@alice"]}}
                    """))
        .isInstanceOfSatisfying(
            org.opendti.diagnostic.InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(d -> d.code().id() + " " + d.pointer())
                    .containsExactly("unknown-team /reviewers/0"));
  }

  @Test
  void duplicateKeysAreErrorsWithTheirPlace() {
    assertThatThrownBy(
            () ->
                parse(
                    """
                    {"maintainers": ["@m"], "reviewers": [], "maintainerPaths": [],
                     "units": {"a": ["@alice"], "a": ["@mallory"]}}
                    """))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              Diagnostic d = e.diagnostics().get(0);
              assertThat(d.file()).isEqualTo(AccessPolicy.FILE);
              assertThat(d.code().id()).isEqualTo("duplicate-key");
              assertThat(d.message(Lang.EN)).contains("\"a\" appears twice");
              assertThat(d.line()).isEqualTo(2);
            });
  }

  @Test
  void unknownFieldsMissingFieldsAndTrailingContentAreErrors() {
    assertThatThrownBy(
            () ->
                parse(
                    """
                    {"maintainers": ["@m"], "reviewers": [], "maintainerPaths": [], "units": {},
                     "admins": ["@mallory"]}
                    """))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(message(e)).contains("admins"));
    assertThatThrownBy(() -> parse("{\"maintainers\": [\"@m\"], \"reviewers\": [], \"units\": {}}"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(message(e)).contains("maintainerPaths"));
    assertThatThrownBy(
            () ->
                parse(
                    "{\"maintainers\": [\"@m\"], \"reviewers\": [], \"maintainerPaths\": [],"
                        + " \"units\": {}} {}"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                parse(
                    """
                    {"maintainers": [], "reviewers": ["inspectors", "@x", "@X"],
                     "maintainerPaths": ["/abs", ""], "units": {"Bad_Id": ["@ok"], "c": null}}
                    """))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(d -> d.code() + " " + d.pointer())
                    .containsExactlyInAnyOrder(
                        "schema-min-items /maintainers",
                        "schema-pattern /reviewers/0",
                        "schema-pattern /maintainerPaths/0",
                        "schema-min-length /maintainerPaths/1",
                        "schema-pattern /maintainerPaths/1",
                        "schema-property-name /units/Bad_Id",
                        "schema-type /units/c"));
  }

  @Test
  void anAccountListedTwiceInAnotherCaseIsAnError() {
    assertThatThrownBy(
            () ->
                parse(
                    """
                    {"maintainers": ["@m"], "reviewers": ["@x", "@X"],
                     "maintainerPaths": ["docs/**"], "units": {"a": ["@ok"]}}
                    """))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(d -> d.code() + " " + d.pointer() + " " + d.line())
                    .containsExactly("duplicate-account /reviewers/1 1"));
  }

  @Test
  void aMissingPolicyIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThatThrownBy(() -> PolicyFiles.accessPolicy(dir))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.diagnostics().get(0).code().id()).isEqualTo("missing-file"));
  }

  private static AccessPolicy parse(String json) {
    return PolicyFiles.parse(json);
  }

  private static String message(Throwable e) {
    return ((InvalidInputException) e)
        .diagnostics().stream().map(diag -> diag.format(Lang.EN)).reduce("", String::concat);
  }
}
