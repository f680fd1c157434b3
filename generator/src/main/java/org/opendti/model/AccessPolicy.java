package org.opendti.model;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who may change what, from {@code policy/access.json} (schema {@code schemas/access.schema.json});
 * read by {@code org.opendti.load} like every other input file.
 *
 * <pre>{@code
 * {
 *   "$schema": "../schemas/access.schema.json",
 *   "maintainers": ["@opendti/maintainers"],
 *   "reviewers": ["@opendti/inspection-team"],
 *   "maintainerPaths": [".github/**", "pom.xml", "generator/**", "criteria/**"],
 *   "units": { "nga-nam": ["@nga-nam-cntt", "@opendti/nga-nam"] },
 *   "teams": { "@opendti/nga-nam": ["@nga-nam-cntt", "@tran-b"] }
 * }
 * }</pre>
 *
 * <p>Accounts are GitHub handles with their {@code @}: a user {@code @login} or a team {@code
 * @org/team}. A team's members are the logins {@code teams} lists for it, in this file, reviewed
 * like every other change to it: the host's team membership is not read, and a team the file does
 * not define has no members (issue #13; {@code validate} reports it as {@code unknown-team}).
 *
 * @param maintainers who may change the maintainer paths, and own everything not owned otherwise
 * @param reviewers the inspection team: they write the {@code *.review.json} files
 * @param maintainerPaths globs ({@code *}, {@code ?}, {@code **}) of paths only maintainers change
 * @param units unit id → the accounts that may submit for that unit, by unit id
 * @param teams team handle ({@code @org/team}, lower case) → the logins of its members
 */
public record AccessPolicy(
    List<String> maintainers,
    List<String> reviewers,
    List<String> maintainerPaths,
    SortedMap<String, List<String>> units,
    SortedMap<String, List<String>> teams) {

  /** Where the policy lives in the repository. */
  public static final String FILE = "policy/access.json";

  public AccessPolicy {
    maintainers = List.copyOf(maintainers);
    reviewers = List.copyOf(reviewers);
    maintainerPaths = List.copyOf(maintainerPaths);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    units.forEach((unit, accounts) -> copy.put(unit, List.copyOf(accounts)));
    units = Collections.unmodifiableSortedMap(copy);
    TreeMap<String, List<String>> members = new TreeMap<>();
    teams.forEach((team, logins) -> members.put("@" + handle(team), List.copyOf(logins)));
    teams = Collections.unmodifiableSortedMap(members);
  }

  /** A policy without teams. */
  public AccessPolicy(
      List<String> maintainers,
      List<String> reviewers,
      List<String> maintainerPaths,
      SortedMap<String, List<String>> units) {
    this(maintainers, reviewers, maintainerPaths, units, new TreeMap<>());
  }

  /**
   * Whether {@code login} is one of {@code accounts}: listed as a user, or a member of a listed
   * team as {@link #teams} defines it. The one test of ownership, maintainership and reviewing.
   */
  public boolean includes(List<String> accounts, String login) {
    if (listed(accounts, login)) {
      return true;
    }
    return accounts.stream()
        .filter(AccessPolicy::isTeam)
        .anyMatch(team -> listed(teams.getOrDefault("@" + handle(team), List.of()), login));
  }

  /** Whether {@code team} is defined in {@link #teams}. */
  public boolean defines(String team) {
    return teams.containsKey("@" + handle(team));
  }

  /** The accounts that may submit for {@code unit}; empty when the unit is not listed. */
  public List<String> owners(String unit) {
    return units.getOrDefault(unit, List.of());
  }

  /** Whether {@code login} (with or without {@code @}) is a maintainer, by login or team. */
  public boolean isMaintainer(String login) {
    return includes(maintainers, login);
  }

  /** A team handle {@code @org/team}, as opposed to a user's {@code @login}. */
  public static boolean isTeam(String account) {
    return account.indexOf('/') >= 0;
  }

  /** Whether {@code login} appears in {@code accounts} as a user; GitHub logins ignore case. */
  public static boolean listed(List<String> accounts, String login) {
    String handle = handle(login);
    return accounts.stream().anyMatch(a -> !isTeam(a) && handle(a).equals(handle));
  }

  public static String handle(String login) {
    String s = login.strip();
    return (s.startsWith("@") ? s.substring(1) : s).toLowerCase(Locale.ROOT);
  }
}
