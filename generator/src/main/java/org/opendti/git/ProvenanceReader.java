package org.opendti.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.opendti.diagnostic.Text;
import org.opendti.git.internal.CommitMessages;

/**
 * One pass over main's first-parent line, oldest first, diffing each commit with its first parent
 * under {@code submissions/}: a merge's diff is everything its pull request brought in, at the
 * merge's time. Side-branch commits are never visited, so their (settable) times never count.
 */
final class ProvenanceReader {

  private static final String ROOT = "submissions";

  private ProvenanceReader() {}

  /** A file's history while it is being read. */
  private static final class Entry {
    MainCommit added;
    MainCommit last;
    ObjectId blob;
    final List<String> commits = new ArrayList<>();
  }

  static Provenance read(Repository repo, ObjectId tip) {
    try (RevWalk walk = new RevWalk(repo)) {
      Map<String, Entry> live = new HashMap<>();
      for (RevCommit c : firstParentLine(repo, walk, walk.parseCommit(tip))) {
        MainCommit mc = null;
        try (TreeWalk tw = new TreeWalk(repo)) {
          if (c.getParentCount() == 0) {
            tw.addTree(new EmptyTreeIterator());
          } else {
            tw.addTree(walk.parseCommit(c.getParent(0)).getTree());
          }
          tw.addTree(c.getTree());
          tw.setRecursive(true);
          tw.setFilter(AndTreeFilter.create(PathFilter.create(ROOT), TreeFilter.ANY_DIFF));
          while (tw.next()) {
            String path = tw.getPathString();
            if (tw.getRawMode(1) == FileMode.TYPE_MISSING) {
              live.remove(path); // deleted: a later re-add starts a new history
              continue;
            }
            if (mc == null) {
              mc = mainCommit(c);
            }
            Entry e = live.get(path);
            if (e == null || tw.getRawMode(0) == FileMode.TYPE_MISSING) {
              e = new Entry();
              e.added = mc;
              live.put(path, e);
            }
            e.last = mc;
            e.blob = tw.getObjectId(1);
            e.commits.add(c.name());
          }
        }
      }
      SortedMap<String, FileProvenance> files = new TreeMap<>();
      for (Map.Entry<String, Entry> me : live.entrySet()) {
        Entry e = me.getValue();
        files.put(
            me.getKey(),
            new FileProvenance(me.getKey(), e.added, e.last, e.commits, sha256(repo, e.blob)));
      }
      return new Provenance(tip.name(), files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Main's first-parent line, oldest first. A shallow clone cuts it short and would date every file
   * at the cut, so it is refused rather than read.
   */
  private static List<RevCommit> firstParentLine(Repository repo, RevWalk walk, RevCommit tip)
      throws IOException {
    Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
    List<RevCommit> line = new ArrayList<>();
    for (RevCommit c = tip; c != null; ) {
      if (shallow.contains(c)) {
        throw new RevisionException(tip.name(), Text.of("git.shallow", c.name()));
      }
      line.add(c);
      c = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
    }
    Collections.reverse(line);
    return line;
  }

  private static MainCommit mainCommit(RevCommit c) {
    // Approvers are never read from the message: see MainCommit.
    return MainCommit.unapproved(
        c.name(),
        c.getCommitterIdent().getWhenAsInstant(),
        CommitMessages.pullRequest(c.getShortMessage()));
  }

  private static String sha256(Repository repo, ObjectId blob) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(repo.open(blob).getBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
