package org.opendti.load;

/**
 * Progress of a load, e.g. for a Maven log or a progress bar. Called on the loading thread, once
 * per input file, in path order.
 *
 * <pre>{@code
 * RepositoryLoader loader = RepositoryLoader.builder()
 *     .listener((file, done, total) -> log.debug(done + "/" + total + " " + file))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface LoadListener {

  /** Does nothing. */
  LoadListener NONE = (file, done, total) -> {};

  /**
   * @param file repository-relative path just read
   * @param done files read so far, including this one
   * @param total files to read
   */
  void fileLoaded(String file, int done, int total);

  /**
   * After a load with a read cache ({@link RepositoryLoader.Builder#readCache}): how many files
   * were taken from it. Does nothing unless overridden.
   *
   * @param reused submissions and reviews taken from the cache instead of being parsed and checked
   * @param unread of those, the files not even read: Git's index gave their content's id
   * @param kept the files the cache held
   * @param dir the cache's folder
   */
  default void readCacheUsed(int reused, int unread, int kept, java.nio.file.Path dir) {}
}
