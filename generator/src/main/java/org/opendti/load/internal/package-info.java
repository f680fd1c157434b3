/**
 * How the load stage works: strict reader, schema validation, diagnostics wording and mappers. No
 * API promise; use {@link org.opendti.load.RepositoryLoader}.
 */
package org.opendti.load.internal;
