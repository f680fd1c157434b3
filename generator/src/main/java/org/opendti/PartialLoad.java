package org.opendti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.internal.FileKind;
import org.opendti.load.internal.LoadSession;
import org.opendti.load.internal.SchemaValidator;
import org.opendti.load.internal.StrictJsonReader;

/**
 * Reads part of a repository the way {@link org.opendti.load.RepositoryLoader} reads all of it: the
 * registry ({@code units/*.json}) and the frameworks ({@code criteria/*.json}), each folder on its
 * own (so the two can be read on two threads), then a few submissions and reviews typed by those
 * frameworks. Each file gets the diagnostics and locations a whole load gives it. Thread-safe: the
 * schemas and the reader are immutable.
 */
final class PartialLoad {

  private final Path root;
  private final StrictJsonReader reader = new StrictJsonReader();
  private final SchemaValidator schemas = new SchemaValidator();

  PartialLoad(Path root) {
    this.root = root;
  }

  /**
   * {@code <folder>/*.json} in path order, as the loader lists them; symbolic links are left out
   * (the full check reports them).
   */
  LoadResult folder(String folder) {
    Path dir = root.resolve(folder);
    List<String> files = List.of();
    if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> list = Files.list(dir)) {
        files =
            list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .map(p -> folder + "/" + p.getFileName())
                .filter(p -> FileKind.of(p).isPresent())
                .sorted()
                .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    LoadSession session = new LoadSession(reader, schemas, null);
    files.forEach(f -> read(session, f));
    return session.result();
  }

  /**
   * The registry of {@code registry}, the frameworks of {@code frameworks} and the submissions and
   * reviews at {@code paths} (submissions first, each in path order, as the loader adds them). The
   * report holds the diagnostics of all three; the source index locates the submissions and reviews
   * only.
   */
  LoadResult submissions(LoadResult registry, LoadResult frameworks, Collection<String> paths) {
    Dataset context =
        new Dataset(
            registry.dataset().registry(), frameworks.dataset().frameworks(), List.of(), List.of());
    LoadSession session = new LoadSession(reader, schemas, context);
    for (FileKind kind : List.of(FileKind.SUBMISSION, FileKind.REVIEW)) {
      paths.stream()
          .filter(p -> FileKind.of(p).orElse(null) == kind)
          .sorted()
          .forEach(p -> read(session, p));
    }
    LoadResult own = session.result();
    return new LoadResult(
        own.dataset(),
        registry.report().plus(frameworks.report()).plus(own.report()),
        own.sources());
  }

  /** Reads one file as the loader does: too large or unreadable is a diagnostic. */
  private void read(LoadSession session, String path) {
    Path file = root.resolve(path);
    try {
      long size = Files.size(file);
      if (size > StrictJsonReader.MAX_BYTES) {
        session.tooLarge(path, size);
      } else {
        session.add(path, FileKind.of(path).orElseThrow(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      session.readFailed(path, e);
    }
  }
}
