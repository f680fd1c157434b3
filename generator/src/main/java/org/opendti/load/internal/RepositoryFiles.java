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
import org.opendti.diagnostic.Code;
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
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              // A folder named like an input file would otherwise vanish without a word.
              if (!d.equals(dir) && d.getFileName().toString().endsWith(".json")) {
                notAFile(relative(root, d), sink);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String path = relative(root, file);
              if (attrs.isSymbolicLink()) {
                symlink(path, sink);
              } else if (attrs.isOther() && path.endsWith(".json")) {
                notAFile(path, sink);
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
                  Code.READ_FAILED,
                  relative(root, file),
                  SourceLocation.UNKNOWN,
                  "",
                  String.valueOf(e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      sink.error(Code.LIST_FAILED, folder, SourceLocation.UNKNOWN, "", String.valueOf(e));
    }
  }

  /** A JSON file in a sub-folder of units/ or criteria/, or in policy/, would vanish silently. */
  private static void ignored(String path, DiagnosticSink sink) {
    if (path.startsWith("policy/")) {
      sink.warning(Code.IGNORED_POLICY_FILE, path, SourceLocation.UNKNOWN, "");
      return;
    }
    sink.warning(Code.IGNORED_FILE, path, SourceLocation.UNKNOWN, "");
  }

  private static void notAFile(String path, DiagnosticSink sink) {
    sink.error(Code.NOT_A_FILE, path, SourceLocation.UNKNOWN, "");
  }

  private static void symlink(String path, DiagnosticSink sink) {
    sink.error(Code.SYMLINK, path, SourceLocation.UNKNOWN, "");
  }

  /** Repository-relative, with forward slashes whatever the file system. */
  static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
