package org.opendti;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.opendti.diagnostic.Text;

/**
 * Which files a {@link Pipeline} run answers for: the whole repository, or the files a change
 * touches and everything they depend on (the pull-request form of {@code dti:validate}).
 *
 * <pre>{@code
 * pipeline.check(Scope.wholeRepository());
 * pipeline.check(Scope.changedSince("origin/main", false)); // what a branch changes, read from Git
 * pipeline.check(Scope.changedFiles(List.of("submissions/f/2023/u.json")));
 * }</pre>
 *
 * <p>A changed scope reads the registry, the frameworks and the policy files (everything depends on
 * them), each changed submission or review that still exists and each one's other half, and reports
 * only the changed files' diagnostics; a changed registry, framework or policy file, or a path
 * below a symbolic link, widens it to the whole repository. {@link Pipeline} documents what only
 * the whole check sees.
 */
public sealed interface Scope {

  /** Every input file of the repository. */
  static Scope wholeRepository() {
    return Whole.INSTANCE;
  }

  /** These repository-relative paths (forward or back slashes, any order) and what they need. */
  static Scope changedFiles(Collection<String> paths) {
    SortedSet<String> changed = new TreeSet<>();
    paths.forEach(p -> changed.add(p.replace('\\', '/')));
    return new Changed(List.copyOf(changed));
  }

  /**
   * What changed from the merge base of {@code base} and {@code HEAD}, read from Git.
   *
   * @param base e.g. {@code origin/main}
   * @param workTree also what is staged, edited or new in the work tree (for a contributor's own
   *     check); false compares commits only, as in CI where the checkout is clean
   */
  static Scope changedSince(String base, boolean workTree) {
    return new ChangedSince(Objects.requireNonNull(base, "base"), workTree);
  }

  /** The whole repository. */
  enum Whole implements Scope {
    INSTANCE
  }

  /** Changed paths, sorted. */
  record Changed(List<String> paths) implements Scope {
    public Changed {
      paths = List.copyOf(paths);
    }
  }

  /** Changes since a Git revision. */
  record ChangedSince(String base, boolean workTree) implements Scope {}

  /**
   * What a run answered for once the scope was resolved.
   *
   * @param whole true when every file was checked
   * @param reason why, in a few words of the catalogue, e.g. "criteria/x.json changed, and every
   *     submission depends on it" or "only submissions changed"
   * @param files the files whose diagnostics are reported, sorted; for a whole run every input file
   *     that loaded or has a diagnostic
   */
  record Resolved(boolean whole, Text reason, List<String> files) {
    public Resolved {
      files = List.copyOf(files);
    }
  }
}
