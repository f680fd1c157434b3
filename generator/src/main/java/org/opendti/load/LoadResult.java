package org.opendti.load;

import org.opendti.diagnostic.Diagnostics;

/**
 * What {@link RepositoryLoader} read: the files that parsed and matched their schema, every problem
 * found on the way, and where each value of each file starts.
 *
 * <p>A file with any error is reported in {@code diagnostics} and left out of {@code dataset}; it
 * is never half-mapped.
 *
 * @param dataset the well-formed files, mapped to the model
 * @param diagnostics every diagnostic of the load stage (parse, schema, dates, duplicate ids)
 * @param sources line and column of every value, for later stages' diagnostics
 * @param contentIds the digest of the bytes each submission and review in {@code dataset} was read
 *     from
 */
public record LoadResult(
    Dataset dataset, Diagnostics diagnostics, SourceIndex sources, ContentIds contentIds) {

  public LoadResult {
    contentIds = contentIds == null ? ContentIds.NONE : contentIds;
  }

  /** What was read from no file of its own (a context): no content ids. */
  public LoadResult(Dataset dataset, Diagnostics diagnostics, SourceIndex sources) {
    this(dataset, diagnostics, sources, ContentIds.NONE);
  }
}
