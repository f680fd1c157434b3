package org.opendti.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The incremental render cache (issue #17): a page is rendered again only when its key changed.
 *
 * <p>A page's key is a SHA-256 over: the tool's version (its version string and the bytes of the
 * jar or classes it runs from), the renderer's settings (base and repository URL), both message
 * bundles, the page's template with every template it imports or includes, its path, language,
 * title, description, and its whole view, walked component by component with lengths and types
 * ({@link KeyEncoder}, into a buffer each rendering thread reuses, fed to SHA-256 in 32 KB blocks):
 * everything the page's bytes are made from. A changed submission, review, framework or registry
 * changes the views that show it, so exactly those pages are rendered again; a changed template
 * only the pages that use it; a new tool version every page.
 *
 * <p>Building and keying every view costs more than the rendering it saves, so a scorecard also has
 * an <i>input key</i>: a digest of what its view is built from ({@link PageInputs}), found without
 * building the view. A scorecard whose input key is the one recorded beside its view key is reused
 * without building its view; any other is built, keyed by its view and reused if that key is
 * unchanged, as every page is.
 *
 * <p>Kept in {@code <dir>/pages.tsv} (path, key, input key or {@code -}, length and CRC-32C of the
 * bytes, and the modification time of the file that holds them), one line per page of the last
 * build; the bytes themselves are the previous site's files (the output folder, which the publisher
 * only swaps once a build succeeds). A page whose key is unchanged is reused without reading its
 * file when the file's size and modification time are those recorded: the sink links it ({@link
 * SiteSink#reuse}). Like Git's index, this trusts the file system's times: an edit that keeps both
 * the size and the modification time of a published file is not seen (a file as recent as {@code
 * pages.tsv} itself, possibly edited within the same tick of the clock, is still read). A file with
 * the recorded size but another time (touched, or restored by {@code actions/cache}) is read and
 * checked against the length and CRC-32C, and its new time recorded; a file of another size,
 * missing, or failing the check is rendered again. Restorable in CI by caching both folders ({@code
 * actions/cache}).
 */
final class RenderCache {

  static final String FILE = "pages.tsv";
  private static final String HEADER = "# opendti render cache 3";

  /** The input key of a page that has none: it is keyed by its view only. */
  private static final String NO_INPUTS = "-";

  /** Modification time of an entry not stored in a file this cache can see. */
  private static final long UNKNOWN = Long.MIN_VALUE;

  private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

  /**
   * One page of the last build: its key, its input key ({@link #NO_INPUTS} if it has none), the
   * length and CRC-32C of its bytes, and the modification time (ns) of the file that holds them,
   * {@link #UNKNOWN} if not known.
   */
  private record Entry(String key, String inputs, long length, long crc, long modified) {
    Entry at(long time) {
      return new Entry(key, inputs, length, crc, time);
    }

    Entry with(String inputKey) {
      return new Entry(key, inputKey == null ? NO_INPUTS : inputKey, length, crc, modified);
    }
  }

  /**
   * A page taken from the cache: the previous build's file, to link without reading (its size and
   * modification time are those recorded), or its bytes, read and checked against the CRC.
   */
  record Hit(Path file, byte[] bytes) {}

  private final Path dir;
  private final Path previousSite;
  private final byte[] salt;
  private final Map<String, Entry> previous;

  /**
   * The previous build's paths in the order of {@code pages.tsv}, if that order is sorted; else
   * null. A rebuild that records the same paths writes them in this order without sorting them
   * again (81,000 paths at 10,000 units).
   */
  private final String[] previousOrder;

  /**
   * When {@code pages.tsv} was last written: a file whose recorded time is not older may have been
   * changed again within the same tick of the file system's clock, so it is read and checked (as
   * Git does for a "racily clean" file).
   */
  private final long savedAt;

  private final Map<String, Entry> next = new ConcurrentHashMap<>();
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger byInputs =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Data files recorded in this build, reused or written ({@link #dataKey}). */
  private final Set<String> data = ConcurrentHashMap.newKeySet();

  /** Data files written in this build: their modification times are learnt at {@link #save}. */
  private final Set<String> dataWritten = ConcurrentHashMap.newKeySet();

  private final Map<String, byte[]> templates = new ConcurrentHashMap<>();
  private final Path templatesDir;

  /** Each rendering thread's encoder: its buffer and digest are reused from page to page. */
  private static final ThreadLocal<KeyEncoder> ENCODER =
      ThreadLocal.withInitial(() -> new KeyEncoder(sha256()));

  /**
   * @param dir where {@code pages.tsv} is kept
   * @param previousSite the folder the last build published to (this build's output)
   * @param settings what else the bytes depend on: tool version, base URL, repository URL
   */
  RenderCache(Path dir, Path previousSite, Path templatesDir, List<String> settings) {
    this.dir = dir;
    this.previousSite = previousSite;
    this.templatesDir = templatesDir;
    KeyEncoder e = new KeyEncoder(sha256());
    for (String s : settings) {
      e.string(s);
    }
    for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
      e.block(fileBytes(templatesDir.resolve(bundle)));
    }
    this.salt = e.finish();
    Loaded loaded = load(dir.resolve(FILE));
    this.previous = loaded.entries();
    this.previousOrder = loaded.sorted();
    this.savedAt = previous.isEmpty() ? UNKNOWN : modified(dir.resolve(FILE));
  }

  /** The page's key: see the class comment. */
  String key(String template, String path, String lang, List<Object> parts, Object view) {
    return encode(
        e -> {
          e.bytes(salt);
          e.bytes(template(template));
          e.string(path);
          e.string(lang);
          for (int i = 0; i < parts.size(); i++) {
            e.value(parts.get(i));
          }
          e.value(view);
        });
  }

  /**
   * A page's input key ({@link PageInputs}): a digest of what its view is built from, so that an
   * unchanged page can be found without building its view. Apart from view keys: it starts with a
   * tag of its own.
   */
  String inputKey(String template, String path, String lang, List<Object> parts) {
    return encode(
        e -> {
          e.string("inputs");
          e.bytes(salt);
          e.bytes(template(template));
          e.string(path);
          e.string(lang);
          e.value(parts);
        });
  }

  /**
   * A data file's key: a digest of what its bytes are made from ({@code parts}, see {@link
   * PageInputs}), the tool's version and settings, both message bundles and its path. A data file
   * has no view: this key is also the one recorded as its key.
   */
  String dataKey(String path, List<Object> parts) {
    return encode(
        e -> {
          e.string("data");
          e.bytes(salt);
          e.string(path);
          e.value(parts);
        });
  }

  /** The SHA-256 of what {@code write} encodes, in hex, with this thread's encoder. */
  private static String encode(java.util.function.Consumer<KeyEncoder> write) {
    KeyEncoder e = ENCODER.get();
    try {
      write.accept(e);
      return HexFormat.of().formatHex(e.finish());
    } catch (RuntimeException x) {
      e.reset();
      throw x;
    }
  }

  /**
   * The previous build's data file {@code path} if it was recorded under {@code key} ({@link
   * #dataKey}) and its file checks out (as {@link #get}).
   */
  Hit getData(String path, String key) {
    Hit hit = checkedIf(path, e -> e.key.equals(key));
    if (hit != null) {
      data.add(path);
    }
    return hit;
  }

  /**
   * Whether {@code bytes} are those the previous build recorded for {@code path} under {@code key}
   * (true if it recorded none under that key).
   */
  boolean dataMatches(String path, String key, byte[] bytes) {
    Entry e = previous.get(path);
    return e == null || !e.key.equals(key) || (e.length == bytes.length && e.crc == crc(bytes));
  }

  /** Records a data file written now under {@code key} ({@link #dataKey}). */
  void putData(String path, String key, byte[] bytes) {
    data.add(path);
    dataWritten.add(path);
    next.put(path, new Entry(key, key, bytes.length, crc(bytes), UNKNOWN));
  }

  /**
   * The previous build's files of a group made together ({@code key}: {@link #dataKey} of the
   * group's name and parts), by path in path order, if it recorded any under {@code key} and every
   * one checks out (as {@link #get}); else null, and the group is made again.
   */
  Map<String, Hit> getGroup(String key) {
    List<String> paths = groups().get(key);
    if (paths == null) {
      return null;
    }
    Map<String, Hit> hits = new java.util.LinkedHashMap<>();
    for (String path : paths) {
      Hit hit = check(path, previous.get(path));
      if (hit == null) {
        hits.keySet().forEach(next::remove);
        return null;
      }
      hits.put(path, hit);
    }
    data.addAll(hits.keySet());
    return hits;
  }

  /** The previous build's data files by key, each key's in path order; made on first use. */
  private Map<String, List<String>> groups() {
    Map<String, List<String>> g = groups;
    if (g == null) {
      synchronized (this) {
        if (groups == null) {
          Map<String, List<String>> byKey = new java.util.HashMap<>();
          previous.forEach(
              (path, e) -> byKey.computeIfAbsent(e.key, k -> new ArrayList<>(1)).add(path));
          // Each group sorted alone: most keys are one page's, and sorting the 80,000 paths of a
          // national site as one map took about half a second of a rebuild.
          byKey.values().forEach(java.util.Collections::sort);
          groups = byKey;
        }
        g = groups;
      }
    }
    return g;
  }

  private volatile Map<String, List<String>> groups;

  /** Data files reused from the previous build in this one. */
  int reusedData() {
    return data.size() - dataWritten.size();
  }

  /** The paths of the data files made in this build (not taken from the cache). */
  Set<String> madeData() {
    return Set.copyOf(dataWritten);
  }

  /**
   * The previous build's page {@code path} if it was recorded with the input key {@code inputKey}
   * and its file checks out (as {@link #get}): reused without building its view.
   */
  Hit getByInputs(String path, String inputKey) {
    Hit hit = checkedIf(path, e -> e.inputs.equals(inputKey));
    if (hit != null) {
      byInputs.incrementAndGet();
    }
    return hit;
  }

  /**
   * The previous build's {@code path} if its entry passes {@code recorded} and its file checks out.
   */
  private Hit checkedIf(String path, java.util.function.Predicate<Entry> recorded) {
    Entry e = previous.get(path);
    return e == null || !recorded.test(e) ? null : check(path, e);
  }

  /** The view key the previous build recorded for {@code path} under {@code inputKey}, or null. */
  String keyRecordedFor(String path, String inputKey) {
    Entry e = previous.get(path);
    return e != null && e.inputs.equals(inputKey) ? e.key : null;
  }

  /**
   * The previous build's page {@code path} if its key is {@code key} and its file checks out: the
   * file alone if its size and modification time are those recorded (not read: an edit that keeps
   * both is not seen, as in Git's index), else its bytes if their length and CRC-32C are those
   * recorded (a file touched or restored with another time); {@code null} if it must be rendered.
   * Recorded with {@code inputKey} (null: none) for the next build.
   */
  Hit get(String path, String key, String inputKey) {
    Entry e = previous.get(path);
    if (e == null || !e.key.equals(key)) {
      return null;
    }
    return check(path, e.with(inputKey));
  }

  private Hit check(String path, Entry e) {
    Path file = previousSite.resolve(path);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException | RuntimeException ex) {
      return null;
    }
    if (!attrs.isRegularFile() || attrs.size() != e.length) {
      return null;
    }
    long modified = nanos(attrs.lastModifiedTime());
    if (e.modified != UNKNOWN && modified == e.modified && modified < savedAt) {
      next.put(path, e);
      return new Hit(file, null);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException ex) {
      return null;
    }
    if (bytes.length != e.length || crc(bytes) != e.crc) {
      return null;
    }
    next.put(path, e.at(modified));
    return new Hit(null, bytes);
  }

  /**
   * Records a page rendered now, with its input key (null: none); where it is stored is learnt at
   * {@link #save}.
   */
  void put(String path, String key, String inputKey, byte[] bytes) {
    rendered.add(path);
    next.put(
        path,
        new Entry(key, inputKey == null ? NO_INPUTS : inputKey, bytes.length, crc(bytes), UNKNOWN));
  }

  /** Paths rendered in this build (not taken from the cache). */
  Set<String> rendered() {
    return Set.copyOf(rendered);
  }

  /** Pages taken from the cache in this build. */
  int reused() {
    return next.size() - rendered.size() - data.size();
  }

  /** Of the pages {@link #reused}, those found by their input key, without building their views. */
  int reusedByInputs() {
    return byInputs.get();
  }

  /**
   * Writes this build's entries, replacing the file atomically; the pages rendered now with the
   * modification time of the file {@code stored} says holds them (when it says, and the file's size
   * is the page's), so the next build can reuse them without reading them.
   */
  void save(Function<String, Path> stored) {
    Set<String> written = new java.util.HashSet<>(rendered);
    written.addAll(dataWritten);
    for (String path : written) {
      Entry e = next.get(path);
      Path file = stored.apply(path);
      if (file == null) {
        continue;
      }
      try {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isRegularFile() && attrs.size() == e.length) {
          next.put(path, e.at(nanos(attrs.lastModifiedTime())));
        }
      } catch (IOException ex) {
        // Unknown time: the next build reads the file and checks its CRC.
      }
    }
    replace(
        dir,
        FILE,
        out -> {
          // Lines gathered into a buffer and encoded a block at a time: a Writer encoding each of
          // the 81,000 lines' six fields apart was most of the save at 10,000 units.
          StringBuilder block = new StringBuilder(1 << 16);
          block.append(HEADER).append('\n');
          for (String path : sortedPaths()) {
            Entry e = next.get(path);
            block.append(path).append('\t').append(e.key).append('\t').append(e.inputs);
            block.append('\t').append(e.length).append('\t').append(Long.toHexString(e.crc));
            block.append('\t');
            if (e.modified == UNKNOWN) {
              block.append('-');
            } else {
              block.append(e.modified);
            }
            block.append('\n');
            if (block.length() >= 1 << 15) {
              out.write(block.toString().getBytes(StandardCharsets.UTF_8));
              block.setLength(0);
            }
          }
          out.write(block.toString().getBytes(StandardCharsets.UTF_8));
        });
  }

  /** Writes a file of the cache: what {@code write} writes. */
  interface Contents {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code dir/name} atomically with what {@code contents} writes: a build stopped midway
   * leaves the previous file whole.
   */
  static void replace(Path dir, String name, Contents contents) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, name, ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        contents.write(out);
      }
      Files.move(
          tmp,
          dir.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pages.tsv} read: its entries, and its paths in order if they are sorted. */
  private record Loaded(Map<String, Entry> entries, String[] sorted) {}

  private static Loaded load(Path file) {
    Loaded none = new Loaded(new ConcurrentHashMap<>(), null);
    if (!Files.isRegularFile(file)) {
      return none;
    }
    Map<String, Entry> out = new ConcurrentHashMap<>();
    List<String> order = new ArrayList<>();
    boolean sorted = true;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      List<String> all = lines.toList();
      if (all.isEmpty() || !all.get(0).equals(HEADER)) {
        return none;
      }
      for (String line : all.subList(1, all.size())) {
        String[] f = line.split("\t");
        if (f.length == 6) {
          Entry e =
              new Entry(
                  f[1],
                  f[2],
                  Long.parseLong(f[3]),
                  Long.parseUnsignedLong(f[4], 16),
                  f[5].equals("-") ? UNKNOWN : Long.parseLong(f[5]));
          if (out.put(f[0], e) == null) {
            sorted &= order.isEmpty() || order.get(order.size() - 1).compareTo(f[0]) < 0;
            order.add(f[0]);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable cache is an empty one: every page is rendered.
      return none;
    }
    return new Loaded(out, sorted ? order.toArray(new String[0]) : null);
  }

  /**
   * The paths recorded in this build, sorted: the previous build's order when they are the same
   * paths, else sorted now (an array, not a TreeMap, whose insertions compared at twice the cost).
   */
  private String[] sortedPaths() {
    if (previousOrder != null && previousOrder.length == next.size()) {
      boolean same = true;
      for (String path : previousOrder) {
        if (!next.containsKey(path)) {
          same = false;
          break;
        }
      }
      if (same) {
        return previousOrder;
      }
    }
    String[] paths = next.keySet().toArray(new String[0]);
    java.util.Arrays.sort(paths);
    return paths;
  }

  /** A template's fingerprint: its text and, recursively, those of the templates it pulls in. */
  private byte[] template(String name) {
    return templates.computeIfAbsent(name, n -> templateDigest(n, new java.util.HashSet<>()));
  }

  private byte[] templateDigest(String name, Set<String> seen) {
    KeyEncoder e = new KeyEncoder(sha256());
    e.string(name);
    if (!seen.add(name)) {
      return e.finish();
    }
    byte[] text = fileBytes(templatesDir.resolve(name));
    e.block(text);
    Matcher m = IMPORT.matcher(new String(text, StandardCharsets.UTF_8));
    while (m.find()) {
      e.bytes(templateDigest(m.group(1), seen));
    }
    return e.finish();
  }

  /**
   * Feeds {@code value} to {@code d} unambiguously: a type tag, then lengths before contents (see
   * {@link KeyEncoder}).
   *
   * @throws IllegalArgumentException for a value of a kind views do not hold
   */
  static void digest(MessageDigest d, Object value) {
    KeyEncoder e = new KeyEncoder(d);
    e.value(value);
    e.flush();
  }

  /**
   * The SHA-256 of {@code value} as {@link #digest} feeds it, in lowercase hex; empty if it holds a
   * value that cannot be keyed.
   */
  static String digestHex(Object value) {
    MessageDigest d = sha256();
    try {
      digest(d, value);
    } catch (IllegalArgumentException unkeyable) {
      return "";
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  /** A file's modification time (ns); {@link Long#MIN_VALUE} if unknown: nothing is older. */
  private static long modified(Path file) {
    try {
      return nanos(Files.getLastModifiedTime(file));
    } catch (IOException e) {
      return Long.MIN_VALUE;
    }
  }

  private static long crc(byte[] bytes) {
    CRC32C c = new CRC32C();
    c.update(bytes);
    return c.getValue();
  }

  private static byte[] fileBytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      return new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new SHA-256 digest: every key of the render cache, the pages' inputs and the insights. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The running tool's version: its version string and a digest of the classes and resources of the
   * jar (or class folder) the renderer was loaded from, so a changed tool with the same version
   * string counts as new, and the same classes rebuilt (new jar timestamps) as the same. Only the
   * tool's own entries ({@value #OWN_ENTRIES}) count: they are the whole of the generator's jar, as
   * {@code dti:publish} loads it, and a jar that bundles the libraries too (the benchmarks') is not
   * read whole for them, 14 MB where the generator's is 1.3 MB. Computed once per JVM (the classes
   * running do not change), so a rebuild in {@code dti:serve} does not read the jar again.
   */
  static String toolVersion() {
    return ToolVersion.VALUE;
  }

  /** The entries of the tool's jar its version is digested from: its classes and resources. */
  static final String OWN_ENTRIES = "org/opendti/";

  /** Holds the running tool's version, computed on first use. */
  private static final class ToolVersion {
    static final String VALUE = computeToolVersion();
  }

  private static String computeToolVersion() {
    KeyEncoder d = new KeyEncoder(sha256());
    String version = SiteRenderer.class.getPackage().getImplementationVersion();
    d.string(version == null ? "dev" : version);
    try {
      Path code =
          Path.of(SiteRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        // The entries, not the jar's bytes: a rebuilt jar of the same classes has new timestamps.
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(code.toFile())) {
          List<java.util.jar.JarEntry> entries =
              jar.stream()
                  .filter(e -> !e.isDirectory() && e.getName().startsWith(OWN_ENTRIES))
                  .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName))
                  .toList();
          for (java.util.jar.JarEntry e : entries) {
            d.string(e.getName());
            try (var in = jar.getInputStream(e)) {
              d.block(in.readAllBytes());
            }
          }
        }
      } else if (Files.isDirectory(code)) {
        try (Stream<Path> files = Files.walk(code)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            d.string(code.relativize(f).toString());
            d.block(Files.readAllBytes(f));
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code location: the version string alone, plus the time, so nothing is reused.
      d.string(Long.toString(System.nanoTime()));
    }
    return HexFormat.of().formatHex(d.finish());
  }
}
