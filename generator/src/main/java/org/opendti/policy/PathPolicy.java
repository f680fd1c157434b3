package org.opendti.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;
import org.opendti.git.Change;
import org.opendti.git.Change.Kind;
import org.opendti.git.SubmissionPath;
import org.opendti.model.AccessPolicy;
import org.opendti.policy.PolicyViolation.Rule;
import org.opendti.policy.internal.Glob;

/**
 * Checks a pull request's changed files against {@link AccessPolicy}: units change only their own
 * submissions, reviewers write reviews, maintainers change the project, and no file comes from
 * outside the known folders or as a link.
 *
 * <pre>{@code
 * PathPolicy policy = PathPolicy.of(PolicyFiles.accessPolicy(root));
 * List<PolicyViolation> v = policy.check(changed.changes(), "alice", false);
 * }</pre>
 *
 * <p>An account belongs to a unit, the reviewers or the maintainers when it is listed there by
 * login, or is a member of a listed team as the policy's {@code teams} says (issue #13: the host's
 * CODEOWNERS review request alone does not stop an outsider's change). Anyone else changing,
 * renaming or deleting a unit's files, or writing a review, gets an error, whether the unit is
 * owned by logins or by teams. A maintainer who changes a unit's submission or a review gets a
 * {@link Severity#WARNING}: allowed (to fix data), but shown. The tools and the rules themselves
 * ({@link #ALWAYS_MAINTAINER_PATHS}) are maintainer-only whatever the policy lists. Thread-safe.
 */
public final class PathPolicy {

  private final AccessPolicy access;
  private final List<Glob> maintainerPaths;

  /**
   * Paths only maintainers change even when {@code maintainerPaths} leaves them out: the build
   * ({@code .mvn/}, every {@code pom.xml}), the tools, the workflows, the templates, the schemas
   * and the policy. The pull-request check runs the base's tools on the head's data, so a change
   * here would not even be run by it; it must still never pass as a unit's change.
   */
  public static final List<String> ALWAYS_MAINTAINER_PATHS =
      List.of(
          ".mvn/**",
          "pom.xml",
          "**/pom.xml",
          "generator/**",
          "maven-plugin/**",
          "publish/**",
          ".github/**",
          "site-templates/**",
          "schemas/**",
          "policy/**");

  private PathPolicy(AccessPolicy access) {
    this.access = access;
    this.maintainerPaths =
        java.util.stream.Stream.concat(
                ALWAYS_MAINTAINER_PATHS.stream(), access.maintainerPaths().stream())
            .distinct()
            .map(Glob::of)
            .toList();
  }

  public static PathPolicy of(AccessPolicy access) {
    return new PathPolicy(access);
  }

  /**
   * Every violation in {@code changes}, sorted by {@link PolicyViolation#ORDER}.
   *
   * @param author the pull request's author, a GitHub login with or without {@code @}
   * @param authorIsMaintainer whether the author is a maintainer (the caller may know team
   *     membership; {@link AccessPolicy#isMaintainer} answers from the file alone)
   */
  public List<PolicyViolation> check(
      List<Change> changes, String author, boolean authorIsMaintainer) {
    Checker c = new Checker(author, authorIsMaintainer);
    changes.forEach(c::check);
    return c.found.stream().sorted(PolicyViolation.ORDER).toList();
  }

  /** Whether {@code path} is one only maintainers may change. */
  public boolean isMaintainerPath(String path) {
    return maintainerPaths.stream().anyMatch(g -> g.matches(path));
  }

  /** One check run: the author and what was found so far. */
  private final class Checker {
    private final String author;
    private final boolean maintainer;
    private final List<PolicyViolation> found = new ArrayList<>();

    Checker(String author, boolean maintainer) {
      String login = author.strip();
      this.author = login.startsWith("@") ? login : "@" + login;
      this.maintainer = maintainer;
    }

    void check(Change change) {
      if (change.kind() != Kind.DELETED && change.mode() == Change.Mode.SYMLINK) {
        add(Severity.ERROR, Rule.SYMLINK, change.path(), Text.of("policy.symlink"));
      }
      if (change.kind() != Kind.DELETED && change.mode() == Change.Mode.SUBMODULE) {
        add(Severity.ERROR, Rule.SUBMODULE, change.path(), Text.of("policy.submodule"));
      }
      change
          .paths()
          .forEach(
              p -> {
                boolean removed =
                    p.equals(change.oldPath())
                        && (change.kind() == Kind.DELETED || change.kind() == Kind.RENAMED);
                path(p, removed);
              });
    }

    private void path(String path, boolean removed) {
      if (isMaintainerPath(path)) {
        if (!maintainer) {
          add(
              Severity.ERROR,
              Rule.MAINTAINER_PATH,
              path,
              Text.of("policy.maintainer-path", author, access.maintainers()));
        }
        return;
      }
      if (!path.startsWith(SubmissionPath.ROOT)) {
        add(
            maintainer ? Severity.WARNING : Severity.ERROR,
            Rule.UNKNOWN_PATH,
            path,
            Text.of("policy.unknown-path", AccessPolicy.FILE));
        return;
      }
      Optional<SubmissionPath> sp = SubmissionPath.parse(path);
      if (sp.isEmpty()) {
        add(
            maintainer ? Severity.WARNING : Severity.ERROR,
            Rule.SUBMISSION_PATH,
            path,
            Text.of("policy.submission-path"));
      } else if (sp.get().review()) {
        review(path, sp.get().unit());
      } else {
        submission(path, sp.get().unit(), removed);
      }
    }

    private void submission(String path, String unit, boolean removed) {
      List<String> owners = access.owners(unit);
      if (access.includes(owners, author)) {
        return;
      }
      Rule rule = removed ? Rule.RENAME_OR_DELETE : Rule.UNIT_SUBMISSION;
      Text what = Text.of(removed ? "policy.removes" : "policy.changes", author, unit);
      if (maintainer) {
        add(Severity.WARNING, rule, path, Text.of("policy.by-maintainer", what));
      } else if (owners.isEmpty()) {
        add(
            Severity.ERROR,
            Rule.UNLISTED_UNIT,
            path,
            Text.of("policy.unlisted-unit", unit, AccessPolicy.FILE));
      } else {
        add(Severity.ERROR, rule, path, Text.of("policy.not-listed", what, owners));
      }
    }

    private void review(String path, String unit) {
      List<String> reviewers = access.reviewers();
      if (access.includes(reviewers, author)) {
        return;
      }
      if (access.includes(access.owners(unit), author)) {
        add(
            Severity.ERROR,
            Rule.REVIEW_FILE,
            path,
            Text.of("policy.review-of-own-unit", author, unit));
      } else if (maintainer) {
        add(
            Severity.WARNING,
            Rule.REVIEW_FILE,
            path,
            Text.of("policy.review-by-maintainer", author));
      } else {
        add(
            Severity.ERROR,
            Rule.REVIEW_FILE,
            path,
            Text.of("policy.not-a-reviewer", author, reviewers));
      }
    }

    private void add(Severity severity, Rule rule, String path, Text message) {
      found.add(new PolicyViolation(severity, rule, path, message));
    }
  }
}
