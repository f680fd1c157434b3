package org.opendti.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.opendti.diagnostic.Text;

/**
 * The input files a set of changed paths needs read: the changed submissions and reviews that still
 * exist (checked), each one's other half (the review of a changed submission is checked too, since
 * its corrections are validated against the submission; the submission of a changed review is read
 * only as context), or everything, when a file every submission depends on changed.
 *
 * <pre>{@code
 * InputSelection s = InputSelection.of(root, List.of("submissions/f/2023/u.json"));
 * if (s.everything().isPresent()) { ... } else { loader.loadFiles(root, context, s.read()); }
 * }</pre>
 *
 * @param everything why every file must be read, when it must (a changed registry, framework or
 *     policy file, or a changed path that is, or lies below, a symbolic link, which only the whole
 *     load reports)
 * @param checked the files whose diagnostics count, sorted
 * @param context files read only so that the checked ones can be validated, sorted
 */
public record InputSelection(
    Optional<Text> everything, SortedSet<String> checked, SortedSet<String> context) {

  public InputSelection {
    checked = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(checked));
    context = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(context));
  }

  /** Selects what {@code changed} (repository-relative paths) needs under {@code root}. */
  public static InputSelection of(Path root, Collection<String> changed) {
    for (String path : changed) {
      if (path.endsWith(".json") && !path.startsWith("submissions/")) {
        if (FileKind.FOLDERS.contains(path.substring(0, Math.max(0, path.indexOf('/'))))) {
          return everything(Text.of("scope.shared-file-changed", path));
        }
      }
    }
    for (String path : changed) {
      if (FileKind.of(path).isPresent() && linked(root, path)) {
        return everything(Text.of("scope.symlink", path));
      }
    }
    SortedSet<String> checked = new TreeSet<>();
    SortedSet<String> context = new TreeSet<>();
    for (String path : changed) {
      Optional<FileKind> kind = FileKind.of(path);
      if (kind.isEmpty()) {
        continue;
      }
      String other = otherHalf(path, kind.get());
      if (exists(root, path)) {
        checked.add(path);
      }
      if (exists(root, other)) {
        (kind.get() == FileKind.SUBMISSION ? checked : context).add(other);
      }
    }
    context.removeAll(checked);
    return new InputSelection(Optional.empty(), checked, context);
  }

  /** Every file the selection reads: the checked ones and their context. */
  public SortedSet<String> read() {
    SortedSet<String> all = new TreeSet<>(checked);
    all.addAll(context);
    return all;
  }

  private static InputSelection everything(Text why) {
    return new InputSelection(Optional.of(why), new TreeSet<>(), new TreeSet<>());
  }

  /** The review of a submission, or the submission of a review. */
  private static String otherHalf(String path, FileKind kind) {
    String stem = path.substring(0, path.length() - ".json".length());
    return kind == FileKind.REVIEW
        ? stem.substring(0, stem.length() - ".review".length()) + ".json"
        : stem + ".review.json";
  }

  private static boolean exists(Path root, String path) {
    return Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether the path or a folder on the way to it is a symbolic link. */
  private static boolean linked(Path root, String path) {
    Path p = root;
    for (String part : path.split("/")) {
      p = p.resolve(part);
      if (Files.isSymbolicLink(p)) {
        return true;
      }
    }
    return false;
  }
}
