package org.opendti.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
import org.eclipse.jgit.lib.Constants;
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

  static Provenance read(Repository repo, ObjectId tip, KnownContent known) {
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
      List<Map.Entry<String, Entry>> entries = new ArrayList<>(live.entrySet());
      Path workTree =
          repo.isBare() ? null : repo.getWorkTree().toPath().toAbsolutePath().normalize();
      List<FileProvenance> read =
          entries.parallelStream()
              .map(
                  me -> {
                    Entry e = me.getValue();
                    return new FileProvenance(
                        me.getKey(),
                        e.added,
                        e.last,
                        e.commits,
                        known
                            .sha256(me.getKey(), e.blob.name())
                            .orElseGet(() -> sha256(repo, workTree, me.getKey(), e.blob)));
                  })
              .toList();
      SortedMap<String, FileProvenance> files = new TreeMap<>();
      read.forEach(f -> files.put(f.path(), f));
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

  /**
   * The SHA-256 of {@code blob}, the content of {@code path} at main's tip. Read from the work tree
   * when the file there is that blob (its Git blob id, the SHA-1 of its header and bytes, is {@code
   * blob}'s), as it is in a clean checkout of main: inflating every blob from the object database
   * took 6.5–8 s of CPU for 22,089 files (issue #17, the twenty-third measurement), reading the
   * files about 1 s. Else, or for anything but a regular file inside the work tree, from the object
   * database.
   */
  private static String sha256(Repository repo, Path workTree, String path, ObjectId blob) {
    try {
      String fromWorkTree = workTree == null ? null : fromWorkTree(workTree, path, blob);
      if (fromWorkTree != null) {
        return fromWorkTree;
      }
      MessageDigest md = sha("SHA-256");
      try (InputStream in = repo.open(blob, Constants.OBJ_BLOB).openStream()) {
        digest(in, md);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SHA-256 of the work tree's {@code path} if its Git blob id is {@code blob}, else null. */
  private static String fromWorkTree(Path workTree, String path, ObjectId blob) {
    Path file = workTree.resolve(path).normalize();
    try {
      if (!file.startsWith(workTree) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      long size = Files.size(file);
      MessageDigest id = BlobIds.start(size);
      MessageDigest md = sha("SHA-256");
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        if (digest(in, id, md) != size) {
          return null; // changed while read
        }
      }
      return ObjectId.fromRaw(id.digest()).equals(blob)
          ? HexFormat.of().formatHex(md.digest())
          : null;
    } catch (IOException | RuntimeException e) {
      return null; // unreadable here: the object database has it
    }
  }

  /** Feeds {@code in} to every digest; returns how many bytes it held. */
  private static long digest(InputStream in, MessageDigest... digests) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      for (MessageDigest d : digests) {
        d.update(buffer, 0, n);
      }
      total += n;
    }
    return total;
  }

  private static MessageDigest sha(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has " + algorithm, e);
    }
  }
}
