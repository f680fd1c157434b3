package org.opendti.load.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;
import org.opendti.model.Framework;
import org.opendti.model.Level;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.validate.ValidationReport;

/**
 * One load: files are added in path order (registries, then frameworks, then submissions and
 * reviews, so values can be typed by their framework), then {@link #result} assembles the dataset.
 * Not thread-safe; the loader makes one per call.
 */
public final class LoadSession {

  private final StrictJsonReader reader;
  private final SchemaValidator schemas;
  private final Diagnostics sink = new Diagnostics();
  private final Map<String, Map<String, SourceLocation>> locations = new TreeMap<>();
  private final Map<String, Map<String, SourceLocation>> keyLocations = new TreeMap<>();

  private final List<Level> levels = new ArrayList<>();
  private final List<Unit> units = new ArrayList<>();
  private final Map<String, String> registryIds = new HashMap<>();
  private final List<Framework> frameworks = new ArrayList<>();
  private final Map<String, String> frameworkFiles = new HashMap<>();
  private final List<Submission> submissions = new ArrayList<>();
  private final List<Review> reviews = new ArrayList<>();
  private final Dataset context;
  private final java.util.function.Function<String, byte[]> reread;
  private final java.util.Set<String> lazyFiles = new java.util.HashSet<>();

  /**
   * @param context frameworks used to type submission values when they are not part of this load;
   *     may be null
   */
  public LoadSession(StrictJsonReader reader, SchemaValidator schemas, Dataset context) {
    this(reader, schemas, context, null);
  }

  /**
   * @param reread gives a file's bytes again (null if it cannot): submissions' and reviews'
   *     locations are then not kept but re-parsed when a diagnostic needs one; null keeps them all
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

  public Diagnostics diagnostics() {
    return sink;
  }

  /** Reports a file too large to read, without reading it. */
  public void tooLarge(String file, long size) {
    StrictJsonReader.reportTooLarge(file, size, sink);
  }

  public void readFailed(String file, java.io.IOException e) {
    sink.error("read-failed", file, SourceLocation.UNKNOWN, "", "cannot read the file: " + e, null);
  }

  /** Reads, checks and maps one file; a file with any error is reported and left out. */
  public void add(String file, FileKind kind, byte[] bytes) {
    Optional<JsonDocument> parsed = reader.read(file, bytes, sink);
    if (parsed.isEmpty()) {
      return;
    }
    JsonDocument document = parsed.get();
    if (reread != null && (kind == FileKind.SUBMISSION || kind == FileKind.REVIEW)) {
      lazyFiles.add(file);
    } else {
      locations.put(file, document.values());
      keyLocations.put(file, document.keys());
    }
    if (!schemas.validate(kind, document, sink)) {
      return;
    }
    Node root = Node.root(document, sink);
    switch (kind) {
      case REGISTRY -> addRegistry(root, file);
      case FRAMEWORK ->
          keepIfClean(file, () -> FrameworkMapper.map(root), f -> addFramework(file, f));
      case SUBMISSION -> keepIfClean(file, () -> mapper().submission(root, file), submissions::add);
      case REVIEW -> keepIfClean(file, () -> mapper().review(root, file), reviews::add);
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  private <T> void keepIfClean(String file, Supplier<T> map, java.util.function.Consumer<T> keep) {
    T mapped = map.get();
    if (!sink.hasErrors(file)) {
      keep.accept(mapped);
    }
  }

  private SubmissionMapper mapper() {
    return new SubmissionMapper(
        id -> {
          Optional<Framework> own = frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
          return own.isPresent() || context == null ? own : context.framework(id);
        });
  }

  private void addRegistry(Node root, String file) {
    List<Node> levelNodes = root.items("levels");
    List<Node> unitNodes = root.items("units");
    List<Level> fileLevels = levelNodes.stream().map(RegistryMapper::level).toList();
    List<Unit> fileUnits = unitNodes.stream().map(RegistryMapper::unit).toList();
    if (sink.hasErrors(file)) {
      return;
    }
    for (int i = 0; i < fileLevels.size(); i++) {
      if (unique("level", fileLevels.get(i).id(), levelNodes.get(i), file)) {
        levels.add(fileLevels.get(i));
      }
    }
    for (int i = 0; i < fileUnits.size(); i++) {
      if (unique("unit", fileUnits.get(i).id(), unitNodes.get(i), file)) {
        units.add(fileUnits.get(i));
      }
    }
  }

  private void addFramework(String file, Framework framework) {
    String first = frameworkFiles.putIfAbsent(framework.id(), file);
    if (first == null) {
      frameworks.add(framework);
      return;
    }
    sink.error(
        "duplicate-id",
        file,
        locate(file, "/id"),
        "/id",
        "framework id \"" + framework.id() + "\" is already used by " + first,
        "each file under criteria/ needs its own id, the file's name");
  }

  private boolean unique(String what, String id, Node node, String file) {
    String key = what + ":" + id;
    String first = registryIds.putIfAbsent(key, file);
    if (first == null) {
      return true;
    }
    String pointer = node.pointer() + "/id";
    sink.error(
        "duplicate-id",
        file,
        node.document().locate(pointer),
        pointer,
        what + " id \"" + id + "\" is already defined in " + first,
        "ids must be unique across all files under units/");
    return false;
  }

  private SourceLocation locate(String file, String pointer) {
    Map<String, SourceLocation> values = locations.getOrDefault(file, Map.of());
    return values.getOrDefault(pointer, new SourceLocation(1, 1));
  }

  /** The dataset of every clean file, the report, and the source index. */
  public LoadResult result() {
    UnitRegistry registry =
        levels.isEmpty() && units.isEmpty() && context != null
            ? context.registry()
            : new UnitRegistry(levels, units);
    List<Framework> allFrameworks = new ArrayList<>(frameworks);
    if (context != null) {
      context.frameworks().stream()
          .filter(f -> frameworks.stream().noneMatch(own -> own.id().equals(f.id())))
          .forEach(allFrameworks::add);
    }
    return new LoadResult(
        new Dataset(registry, allFrameworks, submissions, reviews),
        new ValidationReport(sink.list()),
        new SourceIndex(locations, keyLocations, lazyFiles, this::relocate));
  }

  /** A file's locations, parsed again from its bytes; the same bytes give the same locations. */
  private Optional<SourceIndex.FileLocations> relocate(String file) {
    byte[] bytes = reread.apply(file);
    return bytes == null
        ? Optional.empty()
        : reader
            .read(file, bytes, new Diagnostics())
            .map(d -> new SourceIndex.FileLocations(d.values(), d.keys()));
  }
}
