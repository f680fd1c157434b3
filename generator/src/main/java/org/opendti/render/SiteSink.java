package org.opendti.render;

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
}
