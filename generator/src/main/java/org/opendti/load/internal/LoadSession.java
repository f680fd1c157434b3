package org.opendti.load.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Text;
import org.opendti.git.BlobIds;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.load.FileKind;
import org.opendti.load.LoadResult;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;
import org.opendti.model.AccessPolicy;
import org.opendti.model.Framework;
import org.opendti.model.InsightThresholds;
import org.opendti.model.Level;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;

/**
 * One load: files are added in path order (registries, then frameworks, then submissions and
 * reviews, so values can be typed by their framework), then {@link #result} assembles the dataset.
 * Submissions and reviews may be {@link #read} on many threads and {@link #merge merged} in path
 * order; everything else is confined to one thread. The loader makes one per call.
 */
public final class LoadSession {

  private final StrictJsonReader reader;
  private final SchemaValidator schemas;
  private final DiagnosticSink sink = new DiagnosticSink();
  private final Map<String, Map<String, SourceLocation>> locations = new TreeMap<>();
  private final Map<String, Map<String, SourceLocation>> keyLocations = new TreeMap<>();

  private final List<Level> levels = new ArrayList<>();
  private final List<Unit> units = new ArrayList<>();
  // The file each level's and unit's id was first seen in, by "level" or "unit".
  private final Map<String, Map<String, String>> registryIds = new HashMap<>();
  private final Map<String, Node> unitNodes = new HashMap<>();
  private final List<Framework> frameworks = new ArrayList<>();
  private final Map<String, String> frameworkFiles = new HashMap<>();
  private final List<Submission> submissions = new ArrayList<>();
  private final List<Review> reviews = new ArrayList<>();
  private final SortedMap<String, String> contentIds = new TreeMap<>();
  private final SortedMap<String, String> blobIds = new TreeMap<>();
  private boolean withContentIds;
  private boolean withBlobIds;
  private AccessPolicy accessPolicy;
  private InsightThresholds thresholds;
  private final Dataset context;
  private final java.util.function.Function<String, byte[]> reread;
  private final java.util.Set<String> lazyFiles = new java.util.HashSet<>();
  private ReadCache readCache;
  private final List<FileResult> cacheable = new ArrayList<>();
  private final StringPool strings = new StringPool();
  private final Map<String, Optional<FrameworkIndex>> indexes =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param context frameworks used to type submission values when they are not part of this load;
   *     may be null
   */
  public LoadSession(StrictJsonReader reader, SchemaValidator schemas, Dataset context) {
    this(reader, schemas, context, null);
  }

  /**
   * @param reread gives a file's bytes again (null if it cannot): locations are then not kept but
   *     re-parsed when a diagnostic needs one; null keeps them all
   */
  public LoadSession(
      StrictJsonReader reader,
      SchemaValidator schemas,
      Dataset context,
      java.util.function.Function<String, byte[]> reread) {
    this.reader = reader;
    this.schemas = schemas;
    this.context = context;
    this.reread = reread;
  }

  public DiagnosticSink diagnostics() {
    return sink;
  }

  /**
   * Reads, checks and maps one file as {@link #add(String, FileKind, byte[])}, or reports why it
   * could not be read.
   */
  public void add(String file, FileKind kind, InputBytes in) {
    if (in.ok()) {
      add(file, kind, in.bytes());
    } else {
      in.problem().accept(sink);
    }
  }

  /** Reads, checks and maps one file; a file with any error is reported and left out. */
  public void add(String file, FileKind kind, byte[] bytes) {
    if (kind == FileKind.SUBMISSION || kind == FileKind.REVIEW) {
      merge(read(file, kind, bytes));
      return;
    }
    if (kind == FileKind.REGISTRY) {
      mergeRegistry(readRegistry(file, bytes));
      return;
    }
    Optional<JsonDocument> parsed = reader.read(file, bytes, sink);
    if (parsed.isEmpty()) {
      return;
    }
    JsonDocument document = parsed.get();
    if (reread != null) {
      lazyFiles.add(file);
    } else {
      locations.put(file, document.values());
      keyLocations.put(file, document.keys());
    }
    DiagnosticSink schemaFound = new DiagnosticSink();
    if (!schemas.validate(kind, document, schemaFound)) {
      alsoMapped(schemaFound, own -> map(kind, Node.root(document, own)));
      sink.addAll(schemaFound);
      return;
    }
    Node root = Node.root(document, sink);
    switch (kind) {
      case FRAMEWORK -> {
        Framework framework = FrameworkMapper.map(root);
        boolean clean = !sink.hasErrors(file);
        boolean named = idMatchesFile(file, framework, document);
        if (clean) {
          addFramework(file, framework, document, named);
        }
      }
      // A policy file with any error (a duplicate key included) is never used, as a framework.
      case ACCESS_POLICY -> {
        AccessPolicy policy = PolicyMapper.access(root);
        if (!sink.hasErrors(file)) {
          accessPolicy = policy;
        }
      }
      case INSIGHT_THRESHOLDS -> {
        InsightThresholds read = PolicyMapper.thresholds(root);
        if (!sink.hasErrors(file)) {
          thresholds = read;
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  /**
   * Reads, checks and maps one submission or review without changing the session, so that many
   * files can be read at once; {@link #merge} then adds them in path order. Thread-safe while no
   * framework is added.
   */
  public FileResult read(String file, FileKind kind, byte[] bytes) {
    if (kind != FileKind.SUBMISSION && kind != FileKind.REVIEW) {
      throw new IllegalArgumentException("only submissions and reviews are read apart: " + kind);
    }
    String id = withContentIds ? ContentIds.digest(bytes) : null;
    if (readCache != null) {
      ModelCodec.Entry kept = readCache.find(file, kind, id);
      if (kept != null) {
        return taken(kept, kept.blobId() != null ? kept.blobId() : BlobIds.of(bytes));
      }
    }
    DiagnosticSink own = new DiagnosticSink();
    Optional<JsonDocument> parsed = reader.read(file, bytes, own);
    if (parsed.isEmpty()) {
      return new FileResult(file, own, false, null, null, null, null, null);
    }
    JsonDocument document = parsed.get();
    SourceIndex.FileLocations kept =
        reread != null ? null : new SourceIndex.FileLocations(document.values(), document.keys());
    if (!schemas.validate(kind, document, own)) {
      alsoMapped(
          own,
          scratch -> {
            SubmissionMapper mapper = new SubmissionMapper(this::framework);
            Node root = Node.root(document, scratch, strings);
            if (kind == FileKind.SUBMISSION) {
              mapper.submission(root, file);
            } else {
              mapper.review(root, file);
            }
          });
      return new FileResult(file, own, true, kept, null, null, null, null);
    }
    Node root = Node.root(document, own, strings);
    SubmissionMapper mapper = new SubmissionMapper(this::framework);
    String blob = withBlobIds ? BlobIds.of(bytes) : null;
    return kind == FileKind.SUBMISSION
        ? new FileResult(file, own, true, kept, mapper.submission(root, file), null, id, blob)
        : new FileResult(file, own, true, kept, null, mapper.review(root, file), id, blob);
  }

  /**
   * After a schema error the file is left out, but the mapper still reads it on a scratch sink, so
   * that its findings on other values (a date that does not exist, a number written as text) are
   * reported with the schema's: every problem of a file at once, not only the first kind (issue
   * #13). A value the schema reported is not reported twice; the mapper meeting a shape the schema
   * refused is no finding.
   */
  private static void alsoMapped(
      DiagnosticSink schemaFound, java.util.function.Consumer<DiagnosticSink> map) {
    DiagnosticSink scratch = new DiagnosticSink();
    try {
      map.accept(scratch);
    } catch (RuntimeException shapeTheSchemaRefused) {
      // what the mapper found before it is still reported
    }
    schemaFound.addOutside(scratch);
  }

  /** Maps a registry, framework or policy file, for its diagnostics only. */
  private static void map(FileKind kind, Node root) {
    switch (kind) {
      case REGISTRY -> {
        root.items("levels").forEach(RegistryMapper::level);
        root.items("units").forEach(RegistryMapper::unit);
      }
      case FRAMEWORK -> FrameworkMapper.map(root);
      case ACCESS_POLICY -> PolicyMapper.access(root);
      case INSIGHT_THRESHOLDS -> PolicyMapper.thresholds(root);
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  /**
   * A framework's file is {@code criteria/<id>.json}: the path policy, CODEOWNERS and the site find
   * it by its file name, submissions by its id. A file loaded alone from elsewhere is not checked.
   */
  private boolean idMatchesFile(String file, Framework framework, JsonDocument document) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (!file.startsWith("criteria/") || framework.id() == null) {
      return true;
    }
    String fromName = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    if (!fromName.equals(framework.id())) {
      sink.error(
          Code.FRAMEWORK_ID_MISMATCH,
          file,
          document.values().getOrDefault("/id", new SourceLocation(1, 1)),
          "/id",
          framework.id(),
          fromName);
      return false;
    }
    return true;
  }

  /** A file that could not be read at all: {@code report} says why. */
  public static FileResult unread(String file, java.util.function.Consumer<DiagnosticSink> report) {
    DiagnosticSink own = new DiagnosticSink();
    report.accept(own);
    return new FileResult(file, own, false, null, null, null, null, null);
  }

  /** Adds what {@link #read} found; files must be merged in path order. */
  public void merge(FileResult r) {
    sink.addAll(r.diagnostics());
    if (r.parsed()) {
      if (r.locations() == null) {
        lazyFiles.add(r.file());
      } else {
        locations.put(r.file(), r.locations().values());
        keyLocations.put(r.file(), r.locations().keys());
      }
    }
    if (sink.hasErrors(r.file())) {
      return;
    }
    if (r.submission() != null) {
      submissions.add(r.submission());
    } else if (r.review() != null) {
      reviews.add(r.review());
    } else {
      return;
    }
    if (r.contentId() != null) {
      contentIds.put(r.file(), r.contentId());
      if (readCache != null && r.diagnostics().list().isEmpty()) {
        cacheable.add(r);
      }
    }
    if (r.blobId() != null) {
      blobIds.put(r.file(), r.blobId());
    }
  }

  /**
   * Also gives the content id of each submission and review read ({@link ContentIds}), and with
   * {@code blobIds} its Git blob id too, for a run that reads main's provenance. Before any file is
   * read.
   */
  public void withContentIds(boolean blobIds) {
    withContentIds = true;
    withBlobIds = blobIds;
  }

  /**
   * What the read cache holds for {@code file} if it was read from the bytes whose Git blob id is
   * {@code blob} (Git's index says the file still holds them: {@code IndexedBlobs}); null if it
   * holds nothing for them, and the file must be read. Thread-safe while no framework is added.
   */
  public FileResult kept(String file, FileKind kind, String blob) {
    ModelCodec.Entry e = readCache == null ? null : readCache.findUnread(file, kind, blob);
    return e == null ? null : taken(e, blob);
  }

  /**
   * A file's result taken from the read cache: no diagnostic (only clean files are kept), its
   * locations re-read if a later stage needs one, the content id recorded with it.
   */
  private FileResult taken(ModelCodec.Entry e, String blob) {
    return new FileResult(
        e.file(),
        new DiagnosticSink(),
        true,
        null,
        e.submission(),
        e.review(),
        e.contentId(),
        withBlobIds ? blob : null);
  }

  /**
   * Takes the submissions and reviews whose bytes are unchanged from the read cache in {@code dir}
   * ({@link ReadCache}) instead of reading them, if it was kept under {@code key}; {@link
   * #saveReadCache} then keeps this load's. Only for a load that re-reads files for their locations
   * and gives content ids; after the registry, frameworks and policy files, before any submission.
   *
   * @return the cache, to ask how much of it was used
   */
  public ReadCache useReadCache(java.nio.file.Path dir, ReadCache.Key key) {
    if (reread == null || !withContentIds) {
      throw new IllegalStateException("a read cache needs re-readable files and content ids");
    }
    readCache = ReadCache.open(dir, key, strings);
    return readCache;
  }

  /**
   * Replaces the read cache's file with every submission and review this load accepted with no
   * diagnostic, unless it holds nearly all of them already ({@link ReadCache}).
   */
  public void saveReadCache() {
    if (readCache != null) {
      readCache.save(cacheable);
    }
  }

  /**
   * What reading one submission or review gave.
   *
   * @param parsed whether the file was well-formed JSON
   * @param locations its locations when kept, null when computed later or never
   * @param submission the mapped submission, null if not one or not mapped
   * @param review the mapped review, null if not one or not mapped
   * @param contentId the digest of the file's bytes ({@link ContentIds}), null if not mapped or not
   *     asked for
   * @param blobId the Git blob id of the file's bytes, null if not mapped or not asked for
   */
  public record FileResult(
      String file,
      DiagnosticSink diagnostics,
      boolean parsed,
      SourceIndex.FileLocations locations,
      Submission submission,
      Review review,
      String contentId,
      String blobId) {}

  /** A framework of this load by id, else of the context; indexed once per framework. */
  private Optional<FrameworkIndex> framework(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return indexes.computeIfAbsent(
        id,
        k -> {
          Optional<Framework> own = frameworks.stream().filter(f -> f.id().equals(k)).findFirst();
          return (own.isPresent() || context == null ? own : context.framework(k))
              .map(FrameworkIndex::new);
        });
  }

  /**
   * What reading one registry file gave, before it joins the others: registry files may be read on
   * many threads ({@link #readRegistry}) and {@link #mergeRegistry merged} in path order.
   *
   * @param document the file as parsed, null when it was not well-formed JSON or not read
   * @param levelNodes its levels' nodes, null when the file failed its schema or was not read
   */
  public record RegistryRead(
      String file,
      DiagnosticSink diagnostics,
      JsonDocument document,
      List<Node> levelNodes,
      List<Level> levels,
      List<Node> unitNodes,
      List<Unit> units) {

    /** A registry file that could not be read at all: {@code report} says why. */
    public static RegistryRead unread(
        String file, java.util.function.Consumer<DiagnosticSink> report) {
      DiagnosticSink own = new DiagnosticSink();
      report.accept(own);
      return new RegistryRead(file, own, null, null, null, null, null);
    }
  }

  /**
   * Reads, checks and maps one registry file without changing the session, so that a registry's
   * files can be read at once (at national scale they are the largest input a pull request's check
   * reads). Thread-safe.
   */
  public RegistryRead readRegistry(String file, byte[] bytes) {
    DiagnosticSink own = new DiagnosticSink();
    Optional<JsonDocument> parsed = reader.read(file, bytes, own);
    if (parsed.isEmpty()) {
      return new RegistryRead(file, own, null, null, null, null, null);
    }
    JsonDocument document = parsed.get();
    DiagnosticSink schemaFound = new DiagnosticSink();
    if (!schemas.validate(FileKind.REGISTRY, document, schemaFound)) {
      alsoMapped(schemaFound, scratch -> map(FileKind.REGISTRY, Node.root(document, scratch)));
      own.addAll(schemaFound);
      return new RegistryRead(file, own, document, null, null, null, null);
    }
    Node root = Node.root(document, own);
    List<Node> levelNodes = root.items("levels");
    List<Node> unitNodes = root.items("units");
    return new RegistryRead(
        file,
        own,
        document,
        levelNodes,
        levelNodes.stream().map(RegistryMapper::level).toList(),
        unitNodes,
        unitNodes.stream().map(RegistryMapper::unit).toList());
  }

  /** Adds what {@link #readRegistry} found; files must be merged in path order. */
  public void mergeRegistry(RegistryRead r) {
    sink.addAll(r.diagnostics());
    if (r.document() != null) {
      if (reread != null) {
        lazyFiles.add(r.file());
      } else {
        locations.put(r.file(), r.document().values());
        keyLocations.put(r.file(), r.document().keys());
      }
    }
    if (r.levelNodes() == null || sink.hasErrors(r.file())) {
      return;
    }
    addRegistry(r.file(), r.levelNodes(), r.levels(), r.unitNodes(), r.units());
  }

  private void addRegistry(
      String file,
      List<Node> levelNodes,
      List<Level> fileLevels,
      List<Node> unitNodes,
      List<Unit> fileUnits) {
    for (int i = 0; i < fileLevels.size(); i++) {
      if (unique("level", fileLevels.get(i).id(), levelNodes.get(i), file)) {
        levels.add(fileLevels.get(i));
      }
    }
    for (int i = 0; i < fileUnits.size(); i++) {
      if (unique("unit", fileUnits.get(i).id(), unitNodes.get(i), file)) {
        units.add(fileUnits.get(i));
        this.unitNodes.put(fileUnits.get(i).id(), unitNodes.get(i));
      }
    }
  }

  /**
   * The units without those on a cycle of parents ({@code a → b → a}), each of which is reported at
   * its {@code parent}: a cycle has no top, so no ranking group or unit page could be built from it
   * (issue #13). Units merely below a cycle are kept; their own submissions still load.
   */
  private List<Unit> withoutParentCycles(List<Unit> all) {
    Map<String, Unit> byId = new HashMap<>();
    all.forEach(u -> byId.putIfAbsent(u.id(), u));
    // The walk (from which start) that first reached each id: an earlier walk's ids are done, the
    // current walk's are on its path. One map for all 10,000 walks, not a set and a map per walk.
    Map<String, Integer> walkOf = new HashMap<>();
    java.util.Set<String> onCycles = new java.util.HashSet<>();
    List<String> path = new ArrayList<>();
    for (int walk = 0; walk < all.size(); walk++) {
      path.clear();
      String at = all.get(walk).id();
      while (at != null && !walkOf.containsKey(at)) {
        walkOf.put(at, walk);
        path.add(at);
        Unit u = byId.get(at);
        at = u == null ? null : u.parent();
      }
      if (at != null && walkOf.get(at) == walk) {
        List<String> cycle = path.subList(path.indexOf(at), path.size());
        for (int i = 0; i < cycle.size(); i++) {
          List<String> from = new ArrayList<>(cycle.subList(i, cycle.size()));
          from.addAll(cycle.subList(0, i + 1));
          // Located only now: locating every unit's parent up front computed the locations of
          // the whole registry, and even its pointer was a string built per unit.
          Node unit = unitNodes.get(cycle.get(i));
          String pointer = unit.pointer() + "/parent";
          sink.error(
              Code.PARENT_CYCLE,
              unit.document().file(),
              unit.document().locate(pointer),
              pointer,
              cycle.get(i),
              String.join(" → ", from));
        }
        onCycles.addAll(cycle);
      }
    }
    return onCycles.isEmpty() ? all : all.stream().filter(u -> !onCycles.contains(u.id())).toList();
  }

  /** Adds the framework when its id is new and {@code named} after it, else reports a duplicate. */
  private void addFramework(
      String file, Framework framework, JsonDocument document, boolean named) {
    String first =
        named
            ? frameworkFiles.putIfAbsent(framework.id(), file)
            : frameworkFiles.get(framework.id());
    if (first == null && !named) {
      return;
    }
    if (first == null) {
      frameworks.add(framework);
      indexes.clear();
      return;
    }
    sink.error(
        Code.DUPLICATE_FRAMEWORK_ID,
        file,
        document.values().getOrDefault("/id", new SourceLocation(1, 1)),
        "/id",
        framework.id(),
        first);
  }

  private boolean unique(String what, String id, Node node, String file) {
    String first = registryIds.computeIfAbsent(what, k -> new HashMap<>()).putIfAbsent(id, file);
    if (first == null) {
      return true;
    }
    String pointer = node.pointer() + "/id";
    sink.error(
        Code.DUPLICATE_ID,
        file,
        node.document().locate(pointer),
        pointer,
        Text.of("phrase.id-of-" + what),
        id,
        first);
    return false;
  }

  /** The dataset of every clean file, the report, and the source index. */
  public LoadResult result() {
    UnitRegistry registry =
        levels.isEmpty() && units.isEmpty() && context != null
            ? context.registry()
            : new UnitRegistry(levels, withoutParentCycles(units));
    if (!unitNodes.isEmpty()) {
      RegistryChanges.check(registry, unitNodes, sink);
    }
    List<Framework> allFrameworks = new ArrayList<>(frameworks);
    if (context != null) {
      context.frameworks().stream()
          .filter(f -> frameworks.stream().noneMatch(own -> own.id().equals(f.id())))
          .forEach(allFrameworks::add);
    }
    AccessPolicy access =
        accessPolicy != null || context == null
            ? accessPolicy
            : context.accessPolicy().orElse(null);
    InsightThresholds insight =
        thresholds != null
            ? thresholds
            : context != null ? context.thresholds() : InsightThresholds.DEFAULTS;
    return new LoadResult(
        new Dataset(registry, allFrameworks, submissions, reviews, access, insight),
        new Diagnostics(sink.list()),
        new SourceIndex(locations, keyLocations, lazyFiles, relocator(reader, reread)),
        new ContentIds(contentIds, blobIds));
  }

  /**
   * A file's locations, parsed again from its bytes; the same bytes give the same locations. Holds
   * only the reader and the re-reading function, not the session (with everything it collected).
   */
  private static java.util.function.Function<String, Optional<SourceIndex.FileLocations>> relocator(
      StrictJsonReader reader, java.util.function.Function<String, byte[]> reread) {
    return file -> {
      byte[] bytes = reread == null ? null : reread.apply(file);
      return bytes == null
          ? Optional.empty()
          : reader
              .read(file, bytes, new DiagnosticSink())
              .map(d -> new SourceIndex.FileLocations(d.values(), d.keys()));
    };
  }
}
