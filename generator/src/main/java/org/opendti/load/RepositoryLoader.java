package org.opendti.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendti.diagnostic.Code;
import org.opendti.git.IndexedBlobs;
import org.opendti.load.internal.InputBytes;
import org.opendti.load.internal.LoadSession;
import org.opendti.load.internal.PartialLoad;
import org.opendti.load.internal.ReadCache;
import org.opendti.load.internal.RepositoryFiles;
import org.opendti.load.internal.RepositoryFiles.InputFile;
import org.opendti.load.internal.SchemaValidator;
import org.opendti.load.internal.StrictJsonReader;

/**
 * Reads a repository's JSON files strictly, checks each against its JSON Schema and maps it to the
 * model (docs/formats.md). Every problem becomes a diagnostic; nothing is thrown for bad input.
 *
 * <p>Reads {@code units/*.json} (merged into one registry), {@code criteria/*.json} (frameworks),
 * {@code policy/access.json} and {@code policy/insight.json}, and {@code submissions/**}{@code
 * /*.json} ({@code *.review.json} are reviews), in path order. Missing folders are empty; symbolic
 * links are reported, not followed. Only {@link Path} APIs are used, so any file system works (e.g.
 * Jimfs in tests).
 *
 * <pre>{@code
 * RepositoryLoader loader = RepositoryLoader.create();
 * LoadResult result = loader.load(Path.of("."));
 * result.diagnostics().all().forEach(d -> System.out.println(d.format(Lang.VI)));
 * Dataset dataset = result.dataset();
 * }</pre>
 *
 * <p>Submissions and reviews are read on all cores and added in path order, so the result, the
 * diagnostics and the listener's calls are those of a sequential load. Immutable and thread-safe;
 * the schemas are compiled once and shared by every loader.
 */
public final class RepositoryLoader {

  /** Files read at once; bounds what waits in memory to be added in order. */
  private static final int BATCH = 256;

  private final StrictJsonReader reader;
  private final LoadListener listener;
  private final boolean contentIds;
  private final boolean gitBlobIds;
  private final Path readCache;
  private final String toolVersion;

  private RepositoryLoader(Builder builder) {
    this.reader = new StrictJsonReader();
    this.listener = builder.listener;
    this.readCache = builder.readCache;
    this.toolVersion = builder.toolVersion;
    this.contentIds = builder.contentIds || builder.gitBlobIds || builder.readCache != null;
    this.gitBlobIds = builder.gitBlobIds;
  }

  /**
   * The schemas, compiled on first use and shared by every loader: they come from the classpath, so
   * they never change, and compiling them took a twentieth of a 1,000-unit load. Immutable.
   */
  private static final class Schemas {
    static final SchemaValidator COMPILED = new SchemaValidator();
  }

  /**
   * Compiled by the first load that needs them, not by the loader's constructor: a pull request's
   * check reads Git on its own thread meanwhile, and so does not wait for them (0.1-0.3 s in a
   * fresh JVM).
   */
  private static SchemaValidator schemas() {
    return Schemas.COMPILED;
  }

  /** A loader with no listener. */
  public static RepositoryLoader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Loads every input file under {@code root}. */
  public LoadResult load(Path root) {
    java.util.Map<String, Path> onDisk = new java.util.concurrent.ConcurrentHashMap<>();
    // Locations are re-read from disk when a diagnostic needs them (SourceIndex).
    LoadSession session =
        new LoadSession(
            reader,
            schemas(),
            null,
            file -> {
              try {
                Path p = onDisk.get(file);
                return p == null ? null : Files.readAllBytes(p);
              } catch (IOException e) {
                return null;
              }
            });
    if (contentIds) {
      session.withContentIds(gitBlobIds);
    }
    List<InputFile> files = RepositoryFiles.list(root, session.diagnostics());
    files.forEach(f -> onDisk.put(f.path(), f.location()));
    // Frameworks before submissions, so submission values are typed by their framework's inputs.
    List<InputFile> ordered =
        java.util.stream.Stream.of(FileKind.values())
            .flatMap(k -> files.stream().filter(f -> f.kind() == k))
            .toList();
    int total = ordered.size();
    int done = 0;
    ReadCache.Key key = readCache == null ? null : new ReadCache.Key(toolVersion);
    while (done < total && !readApart(ordered.get(done).kind())) {
      InputFile file = ordered.get(done);
      InputBytes in = InputBytes.read(file.location(), file.path());
      if (key != null) {
        key.file(file.path(), in.bytes());
      }
      session.add(file.path(), file.kind(), in);
      listener.fileLoaded(file.path(), ++done, total);
    }
    ReadCache kept = key == null ? null : session.useReadCache(readCache, key);
    // With Git, a file the index says is unchanged is matched by its blob id, without reading it.
    IndexedBlobs index =
        kept != null && gitBlobIds && kept.kept() > 0 ? IndexedBlobs.read(root) : IndexedBlobs.NONE;
    // Submissions and reviews are read on every core, a batch at a time, and added in path order:
    // the result, the diagnostics and the listener's calls are those of a sequential load.
    while (done < total) {
      List<InputFile> batch = ordered.subList(done, Math.min(done + BATCH, total));
      List<LoadSession.FileResult> results =
          batch.parallelStream().map(f -> readApart(f, session, index)).toList();
      for (int i = 0; i < batch.size(); i++) {
        session.merge(results.get(i));
        listener.fileLoaded(batch.get(i).path(), ++done, total);
      }
    }
    if (kept != null) {
      session.saveReadCache();
      listener.readCacheUsed(kept.reused(), kept.unread(), kept.kept(), readCache);
    }
    return session.result();
  }

  private static boolean readApart(FileKind kind) {
    return kind.isSubmissionOrReview();
  }

  /**
   * What every submission depends on: the registry, the frameworks and the policy files under
   * {@code root}, with their diagnostics. The source index locates none of them. With {@link
   * #loadFiles}, this reads part of a repository as {@link #load} reads all of it.
   */
  public LoadResult loadContext(Path root) {
    return new PartialLoad(root, reader, schemas()).context();
  }

  /**
   * The submissions and reviews at the repository-relative {@code paths} under {@code root}, typed
   * by {@code context} (from {@link #loadContext}); each gets the diagnostics and locations a whole
   * load gives it. The result holds the context's data and diagnostics too.
   */
  public LoadResult loadFiles(Path root, LoadResult context, Collection<String> paths) {
    return new PartialLoad(root, reader, schemas()).files(context, paths);
  }

  private static LoadSession.FileResult readApart(
      InputFile file, LoadSession session, IndexedBlobs index) {
    if (index != IndexedBlobs.NONE) {
      String blob = index.unchanged(file.path(), file.location());
      LoadSession.FileResult kept =
          blob == null ? null : session.kept(file.path(), file.kind(), blob);
      if (kept != null) {
        return kept;
      }
    }
    InputBytes in = InputBytes.read(file.location(), file.path());
    return in.ok()
        ? session.read(file.path(), file.kind(), in.bytes())
        : LoadSession.unread(file.path(), in.problem());
  }

  /**
   * Loads one file given its repository-relative path and content, e.g. a file from a web form. The
   * dataset holds that file alone (a submission's values are typed by JSON type only).
   */
  public LoadResult loadFile(String path, byte[] content) {
    return loadFile(path, content, null);
  }

  /**
   * Loads one file with the registry and frameworks of {@code context} (may be null): a
   * submission's values are typed by its framework's inputs, and the returned dataset holds the
   * context's registry and frameworks (replaced by the file's own, for a registry or framework
   * file) plus the file.
   */
  public LoadResult loadFile(String path, byte[] content, Dataset context) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    String file = path.replace('\\', '/');
    LoadSession session = new LoadSession(reader, schemas(), context);
    Optional<FileKind> kind = FileKind.of(file);
    if (kind.isEmpty()) {
      session.diagnostics().error(Code.UNKNOWN_FILE, file, SourceLocation.UNKNOWN, "");
    } else {
      session.add(file, kind.get(), content);
    }
    return session.result();
  }

  /** {@link #loadFile(String, byte[])} for text already decoded. */
  public LoadResult loadText(String path, String content) {
    return loadFile(path, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Configures a {@link RepositoryLoader}. */
  public static final class Builder {
    private LoadListener listener = LoadListener.NONE;
    private boolean contentIds;
    private boolean gitBlobIds;
    private Path readCache;
    private String toolVersion;

    private Builder() {}

    /**
     * Keeps what {@link #load} accepted in {@code dir} between loads, and takes each submission and
     * review whose bytes are unchanged from there instead of parsing, checking and mapping it again
     * (issue #17, target 3); implies {@link #contentIds}. Only {@link #load} uses it. The folder
     * must be written by this tool only (the render cache's; see {@code ReadCache}). Default: none.
     *
     * @param toolVersion the running tool's version, a digest of its code: a new tool reads every
     *     file again
     */
    public Builder readCache(Path dir, String toolVersion) {
      this.readCache = Objects.requireNonNull(dir, "dir");
      this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
      return this;
    }

    /**
     * Whether {@link #load} gives the content id of each submission and review ({@link
     * LoadResult#contentIds}), for a run that keeps a render cache; default false: hashing every
     * file is a second or two of a 10,000-unit load that no other run uses.
     */
    public Builder contentIds(boolean contentIds) {
      this.contentIds = contentIds;
      return this;
    }

    /**
     * Whether {@link #load} also gives each submission's and review's Git blob id ({@link
     * ContentIds#blobs}), and its content id, for a run that then reads main's provenance; default
     * false.
     */
    public Builder gitBlobIds(boolean gitBlobIds) {
      this.gitBlobIds = gitBlobIds;
      return this;
    }

    /** Told of each file read; default {@link LoadListener#NONE}. */
    public Builder listener(LoadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The loader, ready for any number of concurrent loads (the schemas are compiled once). */
    public RepositoryLoader build() {
      return new RepositoryLoader(this);
    }
  }
}
