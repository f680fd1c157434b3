package org.opendti.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.opendti.diagnostic.Text;
import org.opendti.policy.PathPolicy;

/**
 * A Git repository read with JGit: what a pull request changes, a file's bytes at a commit, a
 * commit's tree written out for the pipeline, and provenance from main's history. Nothing is
 * written to the repository.
 *
 * <pre>{@code
 * try (GitRepo repo = GitRepo.open(Path.of("."))) {
 *   ChangedFiles changed = repo.changedFiles("origin/main", "HEAD");
 *   Path base = Files.createTempDirectory("base");
 *   repo.materialise(changed.mergeBase(), base); // score the base, then the head, and compare
 *   Provenance provenance = repo.provenance("origin/main");
 * }
 * }</pre>
 *
 * <p>Not thread-safe: open one per thread.
 */
public final class GitRepo implements AutoCloseable {

  /** The top-level folders the pipeline reads: what {@link #materialise(String, Path)} writes. */
  public static final List<String> PIPELINE_FOLDERS =
      List.of("criteria", "units", "submissions", "site-templates", "schemas");

  private final Repository repository;

  private GitRepo(Repository repository) {
    this.repository = repository;
  }

  /**
   * Opens the repository whose work tree (or {@code .git} directory) is {@code dir}.
   *
   * @throws NotARepositoryException when {@code dir} is not a Git repository
   */
  public static GitRepo open(Path dir) {
    try {
      FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
      if (Files.exists(dir.resolve(".git"))) {
        builder.setWorkTree(dir.toFile()); // the builder follows a linked worktree's .git file
      } else {
        builder.setGitDir(dir.toFile());
      }
      return new GitRepo(builder.build());
    } catch (IOException | IllegalArgumentException e) {
      throw new NotARepositoryException(dir, Text.of("git.not-a-repository", dir.toString()), e);
    }
  }

  /** The full SHA of the commit {@code revision} names (a branch, tag, SHA or expression). */
  public String resolve(String revision) {
    return commit(revision).name();
  }

  /** The changes from the merge base of {@code base} and {@code HEAD} to {@code HEAD}. */
  public ChangedFiles changedFiles(String base) {
    return changedFiles(base, "HEAD");
  }

  /**
   * The changes from the merge base of {@code base} and {@code head} to {@code head}.
   *
   * @throws RevisionException when a revision is unknown or the two share no history
   */
  public ChangedFiles changedFiles(String base, String head) {
    try (RevWalk walk = new RevWalk(repository);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      RevCommit baseCommit = walk.parseCommit(commit(base));
      RevCommit headCommit = walk.parseCommit(commit(head));
      RevCommit mergeBase = mergeBase(walk, baseCommit, headCommit, base, head);
      diff.setRepository(repository);
      diff.setDetectRenames(true);
      List<Change> changes = new ArrayList<>();
      for (DiffEntry e : diff.scan(mergeBase.getTree(), headCommit.getTree())) {
        changes.add(change(e));
      }
      return new ChangedFiles(baseCommit.name(), mergeBase.name(), headCommit.name(), changes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The paths of {@link #changedFiles(String, String)}' changes, both sides of each, sorted: every
   * path whose entry (content, mode or kind) differs between the merge base of {@code base} and
   * {@code head} and {@code head}. Without rename detection, which only pairs a deleted path with
   * an added one and so cannot change the set: only the two trees are walked, subtrees with equal
   * ids skipped, no blob read.
   *
   * @throws RevisionException when a revision is unknown or the two share no history
   */
  public SortedSet<String> changedPaths(String base, String head) {
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk trees = new TreeWalk(repository)) {
      RevCommit baseCommit = walk.parseCommit(commit(base));
      RevCommit headCommit = walk.parseCommit(commit(head));
      RevCommit mergeBase = mergeBase(walk, baseCommit, headCommit, base, head);
      trees.addTree(mergeBase.getTree());
      trees.addTree(headCommit.getTree());
      trees.setRecursive(true);
      trees.setFilter(TreeFilter.ANY_DIFF);
      SortedSet<String> paths = new TreeSet<>();
      while (trees.next()) {
        paths.add(trees.getPathString());
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RevCommit mergeBase(
      RevWalk walk, RevCommit baseCommit, RevCommit headCommit, String base, String head)
      throws IOException {
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(baseCommit);
    walk.markStart(headCommit);
    RevCommit mergeBase = walk.next();
    if (mergeBase == null) {
      throw new RevisionException(base, Text.of("git.no-shared-history", base, head));
    }
    return walk.parseCommit(mergeBase);
  }

  /** The bytes of the file at {@code path} in commit {@code revision}; empty if no such file. */
  public Optional<byte[]> read(String revision, String path) {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit c = walk.parseCommit(commit(revision));
      try (TreeWalk tw = TreeWalk.forPath(repository, path, c.getTree())) {
        if (tw == null || (tw.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          return Optional.empty();
        }
        return Optional.of(repository.open(tw.getObjectId(0)).getBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the files of {@link #PIPELINE_FOLDERS} at commit {@code revision} under {@code target}
   * (any file system, e.g. Jimfs), so the pipeline can score that commit. Symlinks and submodules
   * are skipped: a link could point outside the tree, and {@link PathPolicy} reports them.
   *
   * @return the repository-relative paths written, sorted
   */
  public List<String> materialise(String revision, Path target) {
    return Materialiser.write(repository, commit(revision), target, PIPELINE_FOLDERS);
  }

  /**
   * Reads main's first-parent history once into per-file provenance of everything under {@code
   * submissions/}.
   *
   * @param mainRef the main branch as this clone knows it, e.g. {@code origin/main} or {@code main}
   */
  public Provenance provenance(String mainRef) {
    return provenance(mainRef, KnownContent.NONE);
  }

  /**
   * {@link #provenance(String)}, taking each file's SHA-256 from {@code known} where the bytes it
   * was computed from are main's blob, instead of reading and hashing the file again.
   */
  public Provenance provenance(String mainRef, KnownContent known) {
    return ProvenanceReader.read(repository, commit(mainRef), known);
  }

  @Override
  public void close() {
    repository.close();
  }

  private ObjectId commit(String revision) {
    try {
      ObjectId id = repository.resolve(revision + "^{commit}");
      if (id == null) {
        throw new RevisionException(revision, Text.of("git.unknown-revision", revision));
      }
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
      throw new RevisionException(revision, Text.of("git.not-a-revision", revision));
    }
  }

  private static Change change(DiffEntry e) {
    return switch (e.getChangeType()) {
      case ADD, COPY -> new Change(Change.Kind.ADDED, null, e.getNewPath(), mode(e.getNewMode()));
      case MODIFY ->
          new Change(Change.Kind.MODIFIED, e.getOldPath(), e.getNewPath(), mode(e.getNewMode()));
      case DELETE -> new Change(Change.Kind.DELETED, e.getOldPath(), null, mode(e.getOldMode()));
      case RENAME ->
          new Change(Change.Kind.RENAMED, e.getOldPath(), e.getNewPath(), mode(e.getNewMode()));
    };
  }

  static Change.Mode mode(FileMode mode) {
    int bits = mode.getBits();
    if (FileMode.REGULAR_FILE.equals(bits)) {
      return Change.Mode.REGULAR;
    } else if (FileMode.EXECUTABLE_FILE.equals(bits)) {
      return Change.Mode.EXECUTABLE;
    } else if (FileMode.SYMLINK.equals(bits)) {
      return Change.Mode.SYMLINK;
    } else if (FileMode.GITLINK.equals(bits)) {
      return Change.Mode.SUBMODULE;
    }
    return Change.Mode.OTHER;
  }
}
