package org.opendti;

/**
 * Receives progress of a long build (units loaded, scored, pages written). The core never logs by
 * itself: the Maven plugin routes these events to its log, tests ignore them.
 */
public interface BuildListener {

  BuildListener SILENT = message -> {};

  void progress(String message);
}
