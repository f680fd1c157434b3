package org.opendti.load;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Where each JSON value of each loaded file starts, so that checks run after loading can still
 * report {@code file:line:column}. Keys are repository-relative paths and RFC 6901 pointers.
 *
 * <p>Some files' locations may be computed only when first asked for ({@link #SourceIndex(Map, Map,
 * Set, Function)}): a location map per value of every submission was two thirds of the memory a
 * loaded 10,000-unit repository took, and only files with a diagnostic ever need one. Thread-safe.
 */
public final class SourceIndex {

  /** Where the values and member names of one file start, by pointer. */
  public record FileLocations(
      Map<String, SourceLocation> values, Map<String, SourceLocation> keys) {}

  private final Map<String, Map<String, SourceLocation>> byFile;
  private final Map<String, Map<String, SourceLocation>> keysByFile;
  private final Set<String> lazyFiles;
  private final Function<String, Optional<FileLocations>> lazy;
  // Only the last file re-parsed is kept: a file's diagnostics come together, and keeping every
  // file with a diagnostic ran a 50,000-unit repository with errors out of memory.
  private volatile Map.Entry<String, Optional<FileLocations>> last;

  public SourceIndex(Map<String, Map<String, SourceLocation>> byFile) {
    this(byFile, Map.of());
  }

  /**
   * @param byFile where each value starts, by file and pointer
   * @param keysByFile where each object member's name starts, by file and the member's pointer
   */
  public SourceIndex(
      Map<String, Map<String, SourceLocation>> byFile,
      Map<String, Map<String, SourceLocation>> keysByFile) {
    this(byFile, keysByFile, Set.of(), file -> Optional.empty());
  }

  /**
   * @param lazyFiles files whose locations are not in the maps but computed on first use
   * @param lazy computes a lazy file's locations (e.g. by parsing it again); empty if it cannot
   */
  public SourceIndex(
      Map<String, Map<String, SourceLocation>> byFile,
      Map<String, Map<String, SourceLocation>> keysByFile,
      Set<String> lazyFiles,
      Function<String, Optional<FileLocations>> lazy) {
    this.byFile = copy(byFile);
    this.keysByFile = copy(keysByFile);
    this.lazyFiles = Set.copyOf(lazyFiles);
    this.lazy = lazy;
  }

  private Map<String, SourceLocation> values(String file) {
    Map<String, SourceLocation> eager = byFile.get(file);
    return eager != null ? eager : later(file).map(FileLocations::values).orElse(null);
  }

  private Map<String, SourceLocation> keys(String file) {
    Map<String, SourceLocation> eager = keysByFile.get(file);
    return eager != null ? eager : later(file).map(FileLocations::keys).orElse(Map.of());
  }

  private Optional<FileLocations> later(String file) {
    if (!lazyFiles.contains(file)) {
      return Optional.empty();
    }
    Map.Entry<String, Optional<FileLocations>> cached = last;
    if (cached != null && cached.getKey().equals(file)) {
      return cached.getValue();
    }
    Optional<FileLocations> found = lazy.apply(file);
    last = Map.entry(file, found);
    return found;
  }

  private static Map<String, Map<String, SourceLocation>> copy(
      Map<String, Map<String, SourceLocation>> byFile) {
    Map<String, Map<String, SourceLocation>> copy = new TreeMap<>();
    byFile.forEach((file, pointers) -> copy.put(file, Map.copyOf(pointers)));
    return Map.copyOf(copy);
  }

  /** The files this index locates values in (eagerly or on first use), sorted. */
  public SortedSet<String> files() {
    SortedSet<String> files = new TreeSet<>(byFile.keySet());
    files.addAll(keysByFile.keySet());
    files.addAll(lazyFiles);
    return Collections.unmodifiableSortedSet(files);
  }

  public static SourceIndex empty() {
    return new SourceIndex(Map.of());
  }

  /**
   * The location of {@code pointer} in {@code file}; for a pointer that does not exist (e.g. a
   * missing property) the nearest existing ancestor's location; {@link SourceLocation#UNKNOWN} for
   * an unknown file.
   */
  public SourceLocation locate(String file, String pointer) {
    Map<String, SourceLocation> pointers = values(file);
    if (pointers == null) {
      return SourceLocation.UNKNOWN;
    }
    String p = pointer;
    while (true) {
      SourceLocation found = pointers.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return SourceLocation.UNKNOWN;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /**
   * Where the name of the object member at {@code pointer} starts, e.g. the {@code "99"} of an
   * answer to an unknown criterion; for an array element or an unknown member, {@link #locate}.
   */
  public SourceLocation locateKey(String file, String pointer) {
    SourceLocation key = keys(file).get(pointer);
    return key != null ? key : locate(file, pointer);
  }

  /** Escapes one pointer segment per RFC 6901 ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
