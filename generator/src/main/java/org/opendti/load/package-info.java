/**
 * The load stage: reads a repository's JSON files strictly, checks them against the JSON Schemas
 * under {@code schemas/} and maps them to the {@link org.opendti.model model}.
 *
 * <p>The API is {@link org.opendti.load.RepositoryLoader}, which returns a {@link
 * org.opendti.load.LoadResult}: the {@link org.opendti.load.Dataset} of clean files, the report of
 * every problem, and a {@link org.opendti.load.SourceIndex} so later stages can point at {@code
 * file:line:column}.
 */
package org.opendti.load;
