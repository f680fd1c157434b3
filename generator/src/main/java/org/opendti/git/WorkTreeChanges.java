package org.opendti.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What {@link ChangedPaths} adds from the work tree: what is staged, edited or new under the input
 * folders and not yet committed (see there for how it is compared).
 */
final class WorkTreeChanges {

  /** The folders the pipeline reads input from; changes elsewhere do not matter. */
  private static final List<String> INPUT_FOLDERS = List.of("units", "criteria", "submissions");

  private WorkTreeChanges() {}

  /** Staged against {@code HEAD}, and the work tree against the index. */
  static SortedSet<String> of(Path root) {
    SortedSet<String> paths = new TreeSet<>();
    // The builder follows a linked worktree's .git file.
    try (Repository repository =
        new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build()) {
      DirCache index = repository.readDirCache();
      paths.addAll(staged(repository, index));
      paths.addAll(unstaged(root, repository, index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  /** Index against {@code HEAD}: subtrees whose ids agree are skipped without being read. */
  private static SortedSet<String> staged(Repository repository, DirCache index)
      throws IOException {
    SortedSet<String> paths = new TreeSet<>();
    ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
    try (RevWalk commits = new RevWalk(repository);
        TreeWalk walk = new TreeWalk(repository)) {
      if (head == null) {
        walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
      } else {
        walk.addTree(commits.parseCommit(head).getTree());
      }
      walk.addTree(new DirCacheIterator(index));
      walk.setRecursive(true);
      walk.setFilter(
          AndTreeFilter.create(
              PathFilterGroup.createFromStrings(INPUT_FOLDERS), TreeFilter.ANY_DIFF));
      while (walk.next()) {
        paths.add(walk.getPathString());
      }
    }
    return paths;
  }

  /** Work tree against the index: edited, deleted and new files under the input folders. */
  private static SortedSet<String> unstaged(Path root, Repository repository, DirCache index)
      throws IOException {
    Map<String, BasicFileAttributes> files = files(root);
    Instant indexWritten =
        Files.getLastModifiedTime(repository.getIndexFile().toPath()).toInstant();
    SortedSet<String> paths = new TreeSet<>();
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry entry = index.getEntry(i);
      String path = entry.getPathString();
      if (!INPUT_FOLDERS.contains(path.substring(0, Math.max(0, path.indexOf('/'))))) {
        continue;
      }
      BasicFileAttributes file = files.remove(path);
      if (file == null || !file.isRegularFile()) {
        paths.add(path); // deleted, or now a link (which the full check reports)
      } else if (IndexedBlobs.maybeChanged(
              entry.getLength(), entry.getLastModifiedInstant(), file, indexWritten)
          && !BlobIds.of(Files.readAllBytes(root.resolve(path)))
              .equals(entry.getObjectId().name())) {
        paths.add(path);
      }
    }
    paths.addAll(files.keySet()); // not in the index: new
    return paths;
  }

  /** Every file and link under the input folders, by repository-relative path. */
  private static Map<String, BasicFileAttributes> files(Path root) throws IOException {
    Map<String, BasicFileAttributes> files = new HashMap<>();
    for (String folder : INPUT_FOLDERS) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              files.put(folder + "/" + dir.relativize(file).toString().replace('\\', '/'), attrs);
              return FileVisitResult.CONTINUE;
            }
          });
    }
    return files;
  }
}
