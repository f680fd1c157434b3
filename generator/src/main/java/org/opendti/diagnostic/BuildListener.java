package org.opendti.diagnostic;

/**
 * Receives progress of a long build (units loaded, scored, pages written) as {@link Text}s of the
 * {@link Catalogue}, for the receiver to write in its reader's language. The core never logs by
 * itself: the Maven plugin routes these events to its log, tests ignore them.
 */
public interface BuildListener {

  BuildListener SILENT = message -> {};

  void progress(Text message);

  /**
   * Something the user should know that does not stop the build, e.g. arrival times that cannot be
   * read from a shallow clone. By default a progress message {@code warning: …}.
   */
  default void warning(Text message) {
    progress(Text.of("progress.warning", message));
  }
}
