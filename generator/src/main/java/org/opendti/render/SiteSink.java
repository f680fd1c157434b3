package org.opendti.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives the files of a site as they are rendered, e.g. a {@link RenderedSite.Builder} or a
 * publisher writing them to disk, so that a large site need not be held in memory whole.
 *
 * <pre>{@code
 * renderer.render(input, (path, bytes) -> System.out.println(path + " " + bytes.length));
 * }</pre>
 */
@FunctionalInterface
public interface SiteSink {

  /**
   * One file: a safe relative path (see {@link RenderedSite#checkPath}) and its bytes, which the
   * sink may keep (the renderer does not touch them again). Called on one thread, in the renderer's
   * deterministic order.
   */
  void add(String path, byte[] bytes);

  /**
   * One file whose bytes are those of {@code previous}, a file of the previous build that the
   * render cache found unchanged (by size and modification time, see {@link
   * SiteRenderer.Builder#cache}): a publisher links or copies it without reading it. By default its
   * bytes are read and {@link #add added}.
   *
   * @throws UncheckedIOException if {@code previous} cannot be read
   */
  default void reuse(String path, Path previous) {
    try {
      add(path, Files.readAllBytes(previous));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file the sink stored {@code path} in, once everything added so far is stored, for the
   * render cache to record its size and modification time; {@code null} (the default) for a sink
   * that keeps no files or not that one.
   *
   * @throws UncheckedIOException if storing what is pending fails
   */
  default Path stored(String path) {
    return null;
  }
}
