package org.opendti.render;

/**
 * Hears about rendering progress, e.g. to log it from the Maven plugin. Called on the rendering
 * thread, in path order per kind of page.
 */
@FunctionalInterface
public interface RenderListener {
  /** A listener that ignores everything. */
  RenderListener NONE = path -> {};

  /** One file of the site was produced at {@code path} (relative to the site root). */
  void rendered(String path);
}
