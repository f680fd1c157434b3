package org.opendti.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The folders beside a published site {@code parent/name} (issue #13): the output path is a
 * symbolic link to a version folder {@code .name.v<N>}, N counting publishes up from 1. A new
 * version is written completely, then a link to it made under {@code .name.link-<N>} and renamed
 * over the output path: one {@code rename(2)}, so a reader finds either the old site or the new
 * one, never nothing. A version that was replaced stays for {@link #GRACE} after it was replaced
 * (and at least until the next publish starts), so a reader that followed the old link a moment
 * before a swap still reads a whole site, even when publishes follow each other quickly; a version
 * folder's modification time is set when it is linked, and is the time the one before it was
 * replaced.
 *
 * <p>Where links are not possible (Windows; a file system without symbolic links), the output path
 * is a plain folder, replaced by two renames as before, with a moment where it does not exist.
 */
final class SiteVersions {

  private static final Pattern VERSION = Pattern.compile("v([0-9]{1,9})");

  /** How long a replaced version is kept for readers still in it. */
  static final Duration GRACE = Duration.ofMinutes(1);

  private final Path parent;
  private final String name;
  private final Path target;

  SiteVersions(Path target) {
    this.target = target;
    this.parent = target.getParent();
    this.name = target.getFileName().toString();
  }

  /** The version folder the output path links to, or null (a plain folder, nothing, not ours). */
  Path current() throws IOException {
    if (!Files.isSymbolicLink(target)) {
      return null;
    }
    Path to = Files.readSymbolicLink(target);
    if (to.getNameCount() != 1 || to.isAbsolute() || number(to) < 0) {
      return null;
    }
    Path version = parent.resolve(to);
    return Files.isDirectory(version, LinkOption.NOFOLLOW_LINKS) ? version : null;
  }

  /**
   * Deletes what earlier publishes left beside the site, except {@code keep}: staging ({@code
   * .name.new-*}), a previous site moved aside ({@code .name.old-*}), a link not yet renamed
   * ({@code .name.link-*}) and every version folder but the linked one: a killed publish's
   * half-written one, and those replaced more than {@link #GRACE} ago. Only one publisher targets a
   * folder at a time.
   */
  void removeStale(Path keep) throws IOException {
    List<Path> stale = new ArrayList<>();
    TreeMap<Integer, Path> versions = new TreeMap<>();
    String prefix = "." + name + ".";
    // Every sibling, compared as text: the name may hold characters a glob would read as a pattern.
    try (var siblings = Files.newDirectoryStream(parent)) {
      for (Path p : siblings) {
        String file = p.getFileName().toString();
        String rest = file.startsWith(prefix) ? file.substring(prefix.length()) : "";
        boolean ours =
            rest.startsWith("new-")
                || rest.startsWith("old-")
                || rest.startsWith("link-")
                || number(p) >= 0;
        if (ours && !p.equals(keep)) {
          stale.add(p);
        }
        if (number(p) >= 0 && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          versions.put(number(p), p);
        }
      }
    }
    int linked = keep == null ? -1 : number(keep);
    Instant cutoff = Instant.now().minus(GRACE);
    stale.removeIf(
        p -> {
          int n = number(p);
          if (n < 0 || n >= linked) {
            return false;
          }
          // Replaced when the next version was linked: that version's modification time.
          Path next = versions.higherEntry(n).getValue();
          try {
            return Files.getLastModifiedTime(next, LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .isAfter(cutoff);
          } catch (IOException e) {
            return false;
          }
        });
    for (Path p : stale) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        SitePublisher.deleteTree(p);
      } else {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A new, empty version folder, numbered after {@code current} (null: the first). */
  Path create(Path current) throws IOException {
    int n = current == null ? 1 : number(current) + 1;
    return Files.createDirectory(parent.resolve("." + name + ".v" + n));
  }

  /**
   * Points the output path at {@code version}: a link made beside it, then renamed over it. The
   * output path being a plain folder (from a build before versions, or one without links) is moved
   * aside first: the one step with a moment where the output path does not exist.
   *
   * @return false if no symbolic link can be made here; nothing was changed then
   */
  boolean link(Path version) throws IOException {
    Path link = parent.resolve("." + name + ".link-" + number(version));
    Files.deleteIfExists(link);
    // The moment the version before it is replaced (removeStale keeps that one for GRACE).
    Files.setLastModifiedTime(version, FileTime.from(Instant.now()));
    try {
      Files.createSymbolicLink(link, version.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      // Not a failure: a file system without symbolic links (Windows without the privilege, some
      // network mounts) refuses here, and the caller publishes with the two-rename swap instead
      // (README, "How the site is replaced"). Nothing has been changed yet.
      return false;
    }
    try {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        SitePublisher.swap(link, target, parent, name);
      } else {
        Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      Files.deleteIfExists(link);
      throw e;
    }
    return true;
  }

  /** Whether the file system is one where links are tried: POSIX (Linux, macOS), not Windows. */
  static boolean linksTried(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** N of a version folder {@code .name.vN}, or -1 for any other file name. */
  private int number(Path file) {
    String s = file.getFileName().toString();
    String prefix = "." + name + ".";
    if (!s.startsWith(prefix)) {
      return -1;
    }
    var m = VERSION.matcher(s.substring(prefix.length()));
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }
}
