package org.opendti.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;
import org.opendti.git.GitRepo;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.AccessPolicy;
import org.opendti.validate.Validator;

/**
 * Reads {@code policy/access.json} on its own, from the work tree or as committed at a revision,
 * through the same loader and checks as every input file ({@code org.opendti.load}, then {@code
 * org.opendti.validate}): for the goals that need only the policy ({@code dti:codeowners}) and for
 * the pull-request check, which reads the base's policy, never the pull request's.
 *
 * <pre>{@code
 * AccessPolicy policy = PolicyFiles.accessPolicy(root);
 * }</pre>
 */
public final class PolicyFiles {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  private PolicyFiles() {}

  /**
   * {@code policy/access.json} under {@code root}.
   *
   * @throws InvalidInputException listing every problem when the file is missing or invalid
   */
  public static AccessPolicy accessPolicy(Path root) {
    try {
      return parse(Files.readAllBytes(root.resolve(AccessPolicy.FILE)), "");
    } catch (NoSuchFileException e) {
      throw missing("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code policy/access.json} as committed at {@code revision}. A pull request is checked against
   * its base's policy, never its own: otherwise it could list its author for any unit.
   *
   * @throws InvalidInputException when the file is missing or invalid there
   */
  public static AccessPolicy accessPolicyAt(GitRepo repo, String revision) {
    byte[] json = repo.read(revision, AccessPolicy.FILE).orElseThrow(() -> missing(revision));
    return parse(json, Text.of("phrase.at-revision", revision));
  }

  /**
   * Policy JSON given as text, e.g. from a test or a web form.
   *
   * @throws InvalidInputException when it is not a valid access policy
   */
  public static AccessPolicy parse(String json) {
    return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "");
  }

  /** {@code where} is "" or {@code phrase.at-revision}. */
  private static AccessPolicy parse(byte[] json, Object where) {
    LoadResult loaded = LOADER.loadFile(AccessPolicy.FILE, json);
    Diagnostics found =
        loaded.diagnostics().plus(new Validator().validate(loaded.dataset(), loaded.sources()));
    if (found.hasErrors() || loaded.dataset().accessPolicy().isEmpty()) {
      throw new InvalidInputException(
          Text.of("policy.invalid-file", AccessPolicy.FILE, where), found.all());
    }
    return loaded.dataset().accessPolicy().get();
  }

  private static InvalidInputException missing(String revision) {
    Object where = revision.isEmpty() ? "" : Text.of("phrase.at-revision", revision);
    return new InvalidInputException(
        Text.of("policy.missing-file", AccessPolicy.FILE, where),
        List.of(
            Diagnostic.of(Severity.ERROR, Code.MISSING_FILE, AccessPolicy.FILE, 0, 0, "", where)));
  }
}
