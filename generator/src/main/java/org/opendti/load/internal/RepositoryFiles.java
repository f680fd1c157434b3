package org.opendti.load.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opendti.load.FileKind;
import org.opendti.load.SourceLocation;

/**
 * Finds the input files of a repository: {@code units/*.json}, {@code criteria/*.json}, {@code
 * policy/access.json}, {@code policy/insight.json} and {@code submissions/**}{@code /*.json},
 * sorted by repository-relative path. Symbolic links are reported, never followed, so a repository
 * cannot pull in files from outside itself.
 */
public final class RepositoryFiles {

  /** One input file: its repository-relative path (forward slashes) and where it is. */
  public record InputFile(String path, Path location, FileKind kind) {}

  private RepositoryFiles() {}

  public static List<InputFile> list(Path root, DiagnosticSink sink) {
    List<InputFile> files = new ArrayList<>();
    for (String folder : FileKind.FOLDERS) {
      collect(root, folder, files, sink);
    }
    files.sort(Comparator.comparing(InputFile::path));
    return List.copyOf(files);
  }

  private static void collect(Path root, String folder, List<InputFile> into, DiagnosticSink sink) {
    Path dir = root.resolve(folder);
    if (Files.isSymbolicLink(dir)) {
      symlink(folder, sink);
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          java.util.Set.of(),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String path = relative(root, file);
              if (attrs.isSymbolicLink()) {
                symlink(path, sink);
              } else if (attrs.isRegularFile()) {
                Optional<FileKind> kind = FileKind.of(path);
                if (kind.isPresent()) {
                  into.add(new InputFile(path, file, kind.get()));
                } else if (path.endsWith(".json")) {
                  ignored(path, sink);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              sink.error(
                  "read-failed",
                  relative(root, file),
                  SourceLocation.UNKNOWN,
                  "",
                  "cannot read: " + e.getMessage(),
                  null);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      sink.error("read-failed", folder, SourceLocation.UNKNOWN, "", "cannot list: " + e, null);
    }
  }

  /** A JSON file in a sub-folder of units/ or criteria/, or in policy/, would vanish silently. */
  private static void ignored(String path, DiagnosticSink sink) {
    if (path.startsWith("policy/")) {
      sink.warning(
          "ignored-file",
          path,
          SourceLocation.UNKNOWN,
          "",
          "this file is not read: only policy/access.json and policy/insight.json are",
          "remove it, or rename it if it was meant to be one of those");
      return;
    }
    sink.warning(
        "ignored-file",
        path,
        SourceLocation.UNKNOWN,
        "",
        "this file is not read: only units/*.json and criteria/*.json are",
        "move it directly under units/ or criteria/");
  }

  private static void symlink(String path, DiagnosticSink sink) {
    sink.error(
        "symlink",
        path,
        SourceLocation.UNKNOWN,
        "",
        "symbolic links are not followed",
        "commit the file itself instead of a link to it");
  }

  /** Repository-relative, with forward slashes whatever the file system. */
  static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
