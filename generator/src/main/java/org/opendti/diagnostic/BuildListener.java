package org.opendti.diagnostic;

/**
 * Receives progress of a long build (units loaded, scored, pages written). The core never logs by
 * itself: the Maven plugin routes these events to its log, tests ignore them.
 */
public interface BuildListener {

  BuildListener SILENT = message -> {};

  void progress(String message);

  /**
   * Something the user should know that does not stop the build, e.g. arrival times that cannot be
   * read from a shallow clone. By default a progress message starting with {@code warning:}.
   */
  default void warning(String message) {
    progress("warning: " + message);
  }
}
