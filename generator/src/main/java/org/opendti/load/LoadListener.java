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
}
