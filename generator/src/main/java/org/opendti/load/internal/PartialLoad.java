package org.opendti.load.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.opendti.load.Dataset;
import org.opendti.load.FileKind;
import org.opendti.load.LoadResult;

/**
 * Reads part of a repository the way the whole load reads all of it: the context every submission
 * depends on (the registry, the frameworks and the policy files), then a few submissions and
 * reviews typed by that context. Each file gets the diagnostics and locations a whole load gives
 * it. Thread-safe: the schemas and the reader are immutable.
 */
public final class PartialLoad {

  private final Path root;
  private final StrictJsonReader reader;
  private final SchemaValidator schemas;

  public PartialLoad(Path root, StrictJsonReader reader, SchemaValidator schemas) {
    this.root = root;
    this.reader = reader;
    this.schemas = schemas;
  }

  /**
   * {@code units/*.json} (on another thread: at national scale the registry is the largest of
   * them), {@code criteria/*.json} and the policy files, each folder in path order as the loader
   * lists them; symbolic links are left out (the whole load reports them). The source index locates
   * none of them.
   */
  public LoadResult context() {
    CompletableFuture<LoadResult> registry = CompletableFuture.supplyAsync(() -> folder("units"));
    LoadResult frameworks = folder("criteria");
    LoadResult policies = folder("policy");
    LoadResult units = registry.join();
    Dataset d =
        new Dataset(
            units.dataset().registry(),
            frameworks.dataset().frameworks(),
            List.of(),
            List.of(),
            policies.dataset().accessPolicy().orElse(null),
            policies.dataset().thresholds());
    return new LoadResult(
        d,
        units.diagnostics().plus(frameworks.diagnostics()).plus(policies.diagnostics()),
        units.sources());
  }

  /**
   * The submissions and reviews at {@code paths} (submissions first, each in path order, as the
   * loader adds them), typed by {@code context}. The dataset holds the context and those files; the
   * diagnostics are the context's and theirs; the source index locates those files.
   */
  public LoadResult files(LoadResult context, Collection<String> paths) {
    LoadSession session = new LoadSession(reader, schemas, context.dataset());
    for (FileKind kind : List.of(FileKind.SUBMISSION, FileKind.REVIEW)) {
      paths.stream()
          .filter(p -> FileKind.of(p).orElse(null) == kind)
          .sorted()
          .forEach(p -> read(session, p));
    }
    LoadResult own = session.result();
    return new LoadResult(
        own.dataset(), context.diagnostics().plus(own.diagnostics()), own.sources());
  }

  private LoadResult folder(String folder) {
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
    // Locations are computed when a diagnostic needs one, from the file read again, as the whole
    // load does: computing them for every unit of a national registry was a third of its load.
    LoadSession session = new LoadSession(reader, schemas, null, this::reread);
    files.forEach(f -> read(session, f));
    return session.result();
  }

  private byte[] reread(String path) {
    try {
      return Files.readAllBytes(root.resolve(path));
    } catch (IOException e) {
      return null;
    }
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
