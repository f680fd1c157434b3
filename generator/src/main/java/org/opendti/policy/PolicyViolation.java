package org.opendti.policy;

import java.util.Comparator;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;

/**
 * A pull request's change that the access policy does not allow (or, at {@link Severity#INFO},
 * allows only with a team's review).
 *
 * <p>Example: {@code submissions/f/2023/b.json: error [unit-submission] @alice changes unit b's
 * submission but is not listed for it (listed: @bob)}.
 *
 * @param file the path the rule is about
 * @param message what happened, from the catalogue's {@code policy.*} texts
 */
public record PolicyViolation(Severity severity, Rule rule, String file, Text message) {

  /** The rules of {@link PathPolicy}, each with a stable kebab-case code. */
  public enum Rule {
    /** Adding or changing a submission of a unit the author is not listed for. */
    UNIT_SUBMISSION(Code.UNIT_SUBMISSION),
    /** Renaming or deleting a submission or review of a unit the author is not listed for. */
    RENAME_OR_DELETE(Code.RENAME_OR_DELETE),
    /** A submission for a unit that {@code policy/access.json} does not list. */
    UNLISTED_UNIT(Code.UNLISTED_UNIT),
    /** Allowed only if a team approves; CODEOWNERS requests that review. */
    /** A symbolic link: it could point anywhere, so none is accepted. */
    SYMLINK(Code.SYMLINK_CHANGE),
    /** A submodule: content from outside the repository. */
    SUBMODULE(Code.SUBMODULE),
    /** A maintainer path changed by someone who is not a maintainer. */
    MAINTAINER_PATH(Code.MAINTAINER_PATH),
    /** A {@code *.review.json} changed by someone who is not a reviewer. */
    REVIEW_FILE(Code.REVIEW_FILE),
    /** A file under {@code submissions/} that is neither a submission nor a review. */
    SUBMISSION_PATH(Code.SUBMISSION_PATH),
    /** A file outside every folder the project knows. */
    UNKNOWN_PATH(Code.UNKNOWN_PATH);

    private final Code diagnostic;

    Rule(Code diagnostic) {
      this.diagnostic = diagnostic;
    }

    /** The stable kebab-case code, e.g. {@code unit-submission}. */
    public String code() {
      return diagnostic.id();
    }
  }

  /** By file, then severity (errors first), then rule. */
  public static final Comparator<PolicyViolation> ORDER =
      Comparator.comparing(PolicyViolation::file)
          .thenComparing(PolicyViolation::severity)
          .thenComparing(PolicyViolation::rule)
          .thenComparing(v -> v.message().toString());

  /** As a diagnostic, for the build's report and the pull request's annotations. */
  public Diagnostic toDiagnostic() {
    return Diagnostic.of(severity, rule.diagnostic, file, 0, 0, "", message);
  }
}
