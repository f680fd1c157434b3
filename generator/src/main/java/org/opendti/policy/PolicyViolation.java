package org.opendti.policy;

import java.util.Comparator;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;

/**
 * A pull request's change that the access policy does not allow (or, at {@link Severity#INFO},
 * allows only with a team's review).
 *
 * <p>Example: {@code submissions/f/2023/b.json: error [unit-submission] @alice is not listed for
 * unit b in policy/access.json}.
 *
 * @param file the path the rule is about
 */
public record PolicyViolation(Severity severity, Rule rule, String file, String message) {

  /** The rules of {@link PathPolicy}, each with a stable kebab-case code. */
  public enum Rule {
    /** Adding or changing a submission of a unit the author is not listed for. */
    UNIT_SUBMISSION("unit-submission"),
    /** Renaming or deleting a submission or review of a unit the author is not listed for. */
    RENAME_OR_DELETE("rename-or-delete"),
    /** A submission for a unit that {@code policy/access.json} does not list. */
    UNLISTED_UNIT("unlisted-unit"),
    /** Allowed only if a team approves; CODEOWNERS requests that review. */
    TEAM_REVIEW_REQUIRED("team-review-required"),
    /** A symbolic link: it could point anywhere, so none is accepted. */
    SYMLINK("symlink"),
    /** A submodule: content from outside the repository. */
    SUBMODULE("submodule"),
    /** A maintainer path changed by someone who is not a maintainer. */
    MAINTAINER_PATH("maintainer-path"),
    /** A {@code *.review.json} changed by someone who is not a reviewer. */
    REVIEW_FILE("review-file"),
    /** A file under {@code submissions/} that is neither a submission nor a review. */
    SUBMISSION_PATH("submission-path"),
    /** A file outside every folder the project knows. */
    UNKNOWN_PATH("unknown-path");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** By file, then severity (errors first), then rule. */
  public static final Comparator<PolicyViolation> ORDER =
      Comparator.comparing(PolicyViolation::file)
          .thenComparing(PolicyViolation::severity)
          .thenComparing(PolicyViolation::rule)
          .thenComparing(PolicyViolation::message);

  /** As a diagnostic, for the build's report and the pull request's annotations. */
  public Diagnostic toDiagnostic() {
    return new Diagnostic(severity, rule.code(), file, 0, 0, "", message, null);
  }
}
