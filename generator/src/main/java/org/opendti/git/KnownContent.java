package org.opendti.git;

import java.util.Optional;

/**
 * The SHA-256 of files already read and hashed elsewhere (by the loader), so that reading main's
 * provenance need not read and hash them again: with the first JIT compiler only, hashing the
 * 22,089 files of a 10,000-unit repository was a third of a rebuild's Java samples (issue #17).
 *
 * <pre>{@code
 * Provenance p = repo.provenance("main", loaded.contentIds()::sha256IfBlob);
 * }</pre>
 */
@FunctionalInterface
public interface KnownContent {

  /** Nothing known: every file is read. */
  KnownContent NONE = (path, blobId) -> Optional.empty();

  /**
   * The SHA-256, in lowercase hex, of the bytes read from {@code path}, if those bytes are the Git
   * blob {@code blobId} ({@link BlobIds#of}); else empty.
   */
  Optional<String> sha256(String path, String blobId);
}
