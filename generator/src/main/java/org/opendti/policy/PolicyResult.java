package org.opendti.policy;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.git.ChangedFiles;
import org.opendti.model.AccessPolicy;

/**
 * What {@link PolicyCheck} found: the changed files, the path policy's violations and whether the
 * pull request's CODEOWNERS matches its policy.
 *
 * @param changed the pull request's changes
 * @param violations against the base's policy, sorted
 * @param codeowners the head's CODEOWNERS against the head's policy
 */
public record PolicyResult(
    ChangedFiles changed, List<PolicyViolation> violations, Codeowners.Check codeowners) {

  public PolicyResult {
    violations = List.copyOf(violations);
  }

  /** Violations, then an out-of-date CODEOWNERS, as diagnostics for the build's report. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    violations.forEach(v -> all.add(v.toDiagnostic()));
    if (!codeowners.upToDate()) {
      all.add(
          Diagnostic.of(
              Severity.ERROR,
              Code.CODEOWNERS_OUT_OF_DATE,
              Codeowners.FILE,
              0,
              0,
              "",
              AccessPolicy.FILE,
              codeowners.diff(),
              Codeowners.REGENERATE));
    }
    return List.copyOf(all);
  }

  public boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
