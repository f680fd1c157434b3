package org.opendti.policy;

import java.nio.charset.StandardCharsets;
import org.opendti.git.ChangedFiles;
import org.opendti.git.GitRepo;
import org.opendti.model.AccessPolicy;

/**
 * The Git side of a pull request's check, in one call: its changed files, the path policy (read
 * from the <b>base</b>, so a pull request cannot grant itself rights) and the CODEOWNERS check (at
 * the <b>head</b>, so a pull request that changes the policy must regenerate CODEOWNERS with it).
 *
 * <pre>{@code
 * try (GitRepo repo = GitRepo.open(root)) {
 *   PolicyResult report = PolicyCheck.check(repo, "origin/main", "HEAD", "alice");
 *   report.diagnostics().forEach(d -> System.out.println(d.format(Lang.VI)));
 * }
 * }</pre>
 */
public final class PolicyCheck {

  private PolicyCheck() {}

  /** As {@link #check(GitRepo, String, String, String, boolean)}, maintainers by login only. */
  public static PolicyResult check(GitRepo repo, String base, String head, String author) {
    return check(
        repo, base, head, author, PolicyFiles.accessPolicyAt(repo, base).isMaintainer(author));
  }

  /**
   * Checks the pull request from {@code base} to {@code head} by {@code author}.
   *
   * @param authorIsMaintainer as the host knows it (e.g. membership of the maintainers' team)
   * @throws org.opendti.diagnostic.InvalidInputException when the base's policy is missing or
   *     invalid
   */
  public static PolicyResult check(
      GitRepo repo, String base, String head, String author, boolean authorIsMaintainer) {
    ChangedFiles changed = repo.changedFiles(base, head);
    AccessPolicy basePolicy = PolicyFiles.accessPolicyAt(repo, changed.base());
    var violations = PathPolicy.of(basePolicy).check(changed.changes(), author, authorIsMaintainer);
    AccessPolicy headPolicy = PolicyFiles.accessPolicyAt(repo, changed.head());
    String committed =
        repo.read(changed.head(), Codeowners.FILE)
            .map(b -> new String(b, StandardCharsets.UTF_8))
            .orElse(null);
    return new PolicyResult(changed, violations, Codeowners.check(headPolicy, committed));
  }
}
