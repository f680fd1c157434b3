package org.opendti.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A rendered site: file path (relative, forward slashes) → bytes, sorted by path.
 *
 * <pre>{@code
 * RenderedSite site = renderer.render(input);
 * site.files().forEach((path, bytes) -> ...);
 * site.writeTo(outputDir);
 * }</pre>
 */
public final class RenderedSite {

  /** Safe relative paths only: no "..", no leading slash, no backslash. */
  private static final Pattern PATH =
      Pattern.compile("(?:[A-Za-z0-9_][A-Za-z0-9_.\\-]*/)*[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

  private final SortedMap<String, byte[]> files;

  private RenderedSite(SortedMap<String, byte[]> files) {
    this.files = files;
  }

  /** Paths and contents, sorted by path; the arrays must not be modified. */
  public SortedMap<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  public boolean contains(String path) {
    return files.containsKey(path);
  }

  /** The file's bytes (a copy). */
  public byte[] bytes(String path) {
    byte[] b = files.get(path);
    if (b == null) {
      throw new IllegalArgumentException("No file " + path + " in the rendered site");
    }
    return b.clone();
  }

  public String text(String path) {
    return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes every file under {@code dir}, creating folders; existing files are replaced. */
  public void writeTo(Path dir) throws IOException {
    for (var e : files.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        out.write(e.getValue());
      }
    }
  }

  /** Collects files; a path may be added once. */
  public static final class Builder {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    /**
     * Adds a file.
     *
     * @throws IllegalArgumentException for an unsafe path (e.g. "../x") or a duplicate
     */
    public Builder add(String path, byte[] bytes) {
      checkPath(path);
      if (files.putIfAbsent(path, bytes.clone()) != null) {
        throw new IllegalArgumentException("Duplicate site path: " + path);
      }
      return this;
    }

    public RenderedSite build() {
      return new RenderedSite(new TreeMap<>(files));
    }
  }

  /**
   * Rejects an unsafe path (e.g. "../x", "/x", "a\\b").
   *
   * @throws IllegalArgumentException for an unsafe path
   */
  public static void checkPath(String path) {
    if (!PATH.matcher(path).matches() || path.contains("..")) {
      throw new IllegalArgumentException("Unsafe site path: " + path);
    }
  }

  public static Builder builder() {
    return new Builder();
  }
}
