package org.opendti.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.opendti.diagnostic.Text;

/** Writes part of a commit's tree into a folder; see {@link GitRepo#materialise}. */
final class Materialiser {

  private Materialiser() {}

  static List<String> write(Repository repo, ObjectId commit, Path target, List<String> folders) {
    List<String> written = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tw = new TreeWalk(repo)) {
      tw.addTree(walk.parseCommit(commit).getTree());
      tw.setRecursive(true);
      tw.setFilter(PathFilterGroup.createFromStrings(folders));
      while (tw.next()) {
        int mode = tw.getRawMode(0);
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
          continue;
        }
        String path = tw.getPathString();
        Path file = resolve(target, path);
        Files.createDirectories(file.getParent());
        Files.write(file, repo.open(tw.getObjectId(0)).getBytes());
        written.add(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.sort(null);
    return List.copyOf(written);
  }

  /**
   * Resolves segment by segment, so the target's file system (Jimfs or the default one) decides the
   * separator, and refuses segments that could climb out: Git's own checks forbid them, but a
   * hand-crafted tree object need not obey.
   */
  private static Path resolve(Path target, String path) {
    Path file = target;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || segment.contains("\\")
          || segment.equalsIgnoreCase(".git")) {
        throw new RevisionException(path, Text.of("git.unsafe-path", path));
      }
      file = file.resolve(segment);
    }
    return file;
  }
}
