package org.opendti.git;

import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One file changed between a merge base and a pull request's head.
 *
 * <p>Example: {@code Change[kind=RENAMED, oldPath=submissions/f/2023/a.json,
 * newPath=submissions/f/2023/b.json, mode=REGULAR]}.
 *
 * @param kind what happened to the file
 * @param oldPath the path before; null when {@link Kind#ADDED}
 * @param newPath the path after; null when {@link Kind#DELETED}
 * @param mode the file's mode after the change (before it, for a deletion)
 */
public record Change(Kind kind, String oldPath, String newPath, Mode mode) {

  /** What happened to a file. */
  public enum Kind {
    ADDED,
    MODIFIED,
    DELETED,
    RENAMED
  }

  /** The kind of tree entry, as Git records it. */
  public enum Mode {
    REGULAR,
    EXECUTABLE,
    /** A symbolic link: its content is a path, which may point outside the repository. */
    SYMLINK,
    /** A submodule (gitlink): a commit of another repository. */
    SUBMODULE,
    OTHER
  }

  /** By path, then kind: the order a reviewer reads a diff in. */
  public static final Comparator<Change> ORDER =
      Comparator.comparing(Change::path)
          .thenComparing(Change::kind)
          .thenComparing(c -> Objects.toString(c.oldPath(), ""));

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mode, "mode");
    if ((kind == Kind.ADDED) != (oldPath == null) || (kind == Kind.DELETED) != (newPath == null)) {
      throw new IllegalArgumentException(kind + " with paths " + oldPath + " -> " + newPath);
    }
  }

  /** The path the file has now, or had before it was deleted. */
  public String path() {
    return newPath != null ? newPath : oldPath;
  }

  /** Every path the change touches: both sides of a rename, otherwise one. */
  public Stream<String> paths() {
    return Stream.of(oldPath, newPath).filter(Objects::nonNull).distinct();
  }

  /**
   * One line as {@code git diff --name-status} prints it, plus the mode when it is not a plain
   * file: {@code R\tsubmissions/f/2023/a.json\tsubmissions/f/2023/b.json} or {@code
   * A\tx.json\t(symlink)}.
   */
  public String format() {
    String line =
        switch (kind) {
          case ADDED -> "A\t" + newPath;
          case MODIFIED -> "M\t" + newPath;
          case DELETED -> "D\t" + oldPath;
          case RENAMED -> "R\t" + oldPath + "\t" + newPath;
        };
    return switch (mode) {
      case REGULAR, EXECUTABLE -> line;
      default -> line + "\t(" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
    };
  }

  public boolean isSymlink() {
    return mode == Mode.SYMLINK;
  }
}
