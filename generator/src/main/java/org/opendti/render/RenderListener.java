package org.opendti.render;

/**
 * Hears about rendering progress, e.g. to log it from the Maven plugin. Called on the thread that
 * called {@code render} (pages are rendered in parallel, then reported a chunk at a time, in path
 * order per kind of page), so it needs no synchronisation.
 */
@FunctionalInterface
public interface RenderListener {
  /** A listener that ignores everything. */
  RenderListener NONE = path -> {};

  /** One file of the site was produced at {@code path} (relative to the site root). */
  void rendered(String path);
}
