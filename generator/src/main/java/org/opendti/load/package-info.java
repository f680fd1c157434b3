/**
 * The load stage, the one way in for every input file: reads a repository's JSON files strictly
 * ({@code units/}, {@code criteria/}, {@code policy/}, {@code submissions/}), checks each against
 * its JSON Schema under {@code schemas/} and maps it to the {@link org.opendti.model model}.
 *
 * <p>The API is {@link org.opendti.load.RepositoryLoader}, which returns a {@link
 * org.opendti.load.LoadResult}: the {@link org.opendti.load.Dataset} of clean files (indexed once
 * by typed key), every diagnostic, and a {@link org.opendti.load.SourceIndex} so later stages can
 * point at {@code file:line:column}. {@link org.opendti.load.InputSelection} says which files a
 * change needs read. Nothing outside this package owns a JSON reader of input files.
 */
package org.opendti.load;
