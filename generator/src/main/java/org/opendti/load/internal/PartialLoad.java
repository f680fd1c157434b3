package org.opendti.load.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
   * {@code units/*.json}, {@code criteria/*.json} and the policy files, each folder in path order
   * as the loader lists them; symbolic links are left out (the whole load reports them). The source
   * index locates none of them.
   *
   * <p>Each registry file is read on a thread of its own (up to one per core) while this thread
   * reads the frameworks: at national scale the registry is the largest input a pull request's
   * check reads. Threads of this load's own, not the common pool's: on two cores that pool has one
   * worker, which ran the registry after the frameworks, not beside them.
   */
  public LoadResult context() {
    List<String> registryFiles = files("units");
    ExecutorService threads =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(registryFiles.size(), Runtime.getRuntime().availableProcessors())),
            task -> {
              Thread t = new Thread(task, "opendti-registry");
              t.setDaemon(true);
              return t;
            });
    LoadSession registry = session();
    try {
      List<CompletableFuture<LoadSession.RegistryRead>> reads =
          registryFiles.stream()
              .map(f -> CompletableFuture.supplyAsync(() -> readRegistry(registry, f), threads))
              .toList();
      LoadResult frameworks = folder("criteria");
      LoadResult policies = folder("policy");
      reads.forEach(r -> registry.mergeRegistry(r.join()));
      LoadResult units = registry.result();
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
    } finally {
      threads.shutdownNow();
    }
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
        own.dataset(),
        context.diagnostics().plus(own.diagnostics()),
        own.sources(),
        own.contentIds());
  }

  private LoadResult folder(String folder) {
    LoadSession session = session();
    files(folder).forEach(f -> read(session, f));
    return session.result();
  }

  /** The input files directly in {@code folder}, sorted; links left out. */
  private List<String> files(String folder) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> folder + "/" + p.getFileName())
          .filter(p -> FileKind.of(p).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A session of the context. Locations are computed when a diagnostic needs one, from the file
   * read again, as the whole load does: computing them for every unit of a national registry was a
   * third of its load.
   */
  private LoadSession session() {
    return new LoadSession(reader, schemas, null, this::reread);
  }

  /** Reads one registry file as the loader does: too large or unreadable is a diagnostic. */
  private LoadSession.RegistryRead readRegistry(LoadSession session, String path) {
    InputBytes in = InputBytes.read(root.resolve(path), path);
    return in.ok()
        ? session.readRegistry(path, in.bytes())
        : LoadSession.RegistryRead.unread(path, in.problem());
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
    session.add(path, FileKind.of(path).orElseThrow(), InputBytes.read(root.resolve(path), path));
  }
}
