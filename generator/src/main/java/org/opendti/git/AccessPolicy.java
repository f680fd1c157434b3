package org.opendti.git;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.InvalidInputException;
import org.opendti.validate.Diagnostic;
import org.opendti.validate.Severity;

/**
 * Who may change what, read from {@code policy/access.json} (schema {@code
 * schemas/access.schema.json}).
 *
 * <pre>{@code
 * {
 *   "$schema": "../schemas/access.schema.json",
 *   "maintainers": ["@opendti/maintainers"],
 *   "reviewers": ["@opendti/inspection-team"],
 *   "maintainerPaths": [".github/**", "pom.xml", "generator/**", "criteria/**"],
 *   "units": { "nga-nam": ["@nga-nam-cntt", "@opendti/nga-nam"] }
 * }
 * }</pre>
 *
 * <p>Accounts are GitHub handles with their {@code @}: a user {@code @login} or a team {@code
 * @org/team}. Teams cannot be resolved offline; see {@link PathPolicy}.
 *
 * @param maintainers who may change the maintainer paths, and own everything not owned otherwise
 * @param reviewers the inspection team: they write the {@code *.review.json} files
 * @param maintainerPaths globs ({@code *}, {@code ?}, {@code **}) of paths only maintainers change
 * @param units unit id → the accounts that may submit for that unit, by unit id
 */
public record AccessPolicy(
    List<String> maintainers,
    List<String> reviewers,
    List<String> maintainerPaths,
    SortedMap<String, List<String>> units) {

  /** Where the policy lives in the repository. */
  public static final String FILE = "policy/access.json";

  public AccessPolicy {
    maintainers = List.copyOf(maintainers);
    reviewers = List.copyOf(reviewers);
    maintainerPaths = List.copyOf(maintainerPaths);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    units.forEach((unit, accounts) -> copy.put(unit, List.copyOf(accounts)));
    units = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Reads {@code policy/access.json} under {@code repoRoot}, strictly (duplicate keys, unknown
   * fields and trailing content are errors).
   *
   * @throws InvalidInputException listing every problem found
   */
  public static AccessPolicy read(Path repoRoot) {
    return AccessPolicyJson.read(repoRoot.resolve(FILE), FILE);
  }

  /**
   * Reads the policy as committed at {@code revision}. A pull request is checked against its base's
   * policy, never its own: otherwise it could list its author for any unit.
   *
   * @throws InvalidInputException when the file is missing or invalid there
   */
  public static AccessPolicy readAt(GitRepo repo, String revision) {
    byte[] json =
        repo.read(revision, FILE)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        FILE + " is missing at " + revision,
                        List.of(
                            new Diagnostic(
                                Severity.ERROR,
                                "missing-file",
                                FILE,
                                0,
                                0,
                                "",
                                "the file is missing at " + revision,
                                null))));
    return parse(json, FILE);
  }

  /** Parses policy JSON; {@code file} names it in diagnostics. */
  public static AccessPolicy parse(byte[] json, String file) {
    return AccessPolicyJson.parse(json, file);
  }

  /** The accounts that may submit for {@code unit}; empty when the unit is not listed. */
  public List<String> owners(String unit) {
    return units.getOrDefault(unit, List.of());
  }

  /** Whether {@code login} (with or without {@code @}) is listed as a maintainer by login. */
  public boolean isMaintainer(String login) {
    return listed(maintainers, login);
  }

  /** A team handle {@code @org/team}, as opposed to a user's {@code @login}. */
  public static boolean isTeam(String account) {
    return account.indexOf('/') >= 0;
  }

  /** Whether {@code login} appears in {@code accounts} as a user; GitHub logins ignore case. */
  static boolean listed(List<String> accounts, String login) {
    String handle = handle(login);
    return accounts.stream().anyMatch(a -> !isTeam(a) && handle(a).equals(handle));
  }

  static String handle(String login) {
    String s = login.strip();
    return (s.startsWith("@") ? s.substring(1) : s).toLowerCase(Locale.ROOT);
  }
}
