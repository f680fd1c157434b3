package org.opendti.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each JSON value of each loaded file starts, so that checks run after loading can still
 * report {@code file:line:column}. Keys are repository-relative paths and RFC 6901 pointers.
 */
public final class SourceIndex {

  private final Map<String, Map<String, SourceLocation>> byFile;
  private final Map<String, Map<String, SourceLocation>> keysByFile;

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
    this.byFile = copy(byFile);
    this.keysByFile = copy(keysByFile);
  }

  private static Map<String, Map<String, SourceLocation>> copy(
      Map<String, Map<String, SourceLocation>> byFile) {
    Map<String, Map<String, SourceLocation>> copy = new TreeMap<>();
    byFile.forEach((file, pointers) -> copy.put(file, Map.copyOf(pointers)));
    return Map.copyOf(copy);
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
    Map<String, SourceLocation> pointers = byFile.get(file);
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
    SourceLocation key = keysByFile.getOrDefault(file, Map.of()).get(pointer);
    return key != null ? key : locate(file, pointer);
  }

  /** Escapes one pointer segment per RFC 6901 ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
