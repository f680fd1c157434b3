package org.opendti.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The SHA-256 of the bytes each loaded submission and review was read from, by repository-relative
 * path: what the render cache keys a file by instead of walking the records mapped from it (issue
 * #17, target 3). A record is a function of its file's bytes, its path and its framework, so the
 * bytes' digest stands for it wherever the framework and the tool are keyed too.
 *
 * <pre>{@code
 * Optional<String> id = loaded.contentIds().of("submissions/xa-2024/2024/xa-a.json");
 * }</pre>
 *
 * <p>Given only when asked ({@link RepositoryLoader.Builder#contentIds}): no other run uses them.
 * When asked ({@link RepositoryLoader.Builder#gitBlobIds}), the loader also gives each file's Git
 * blob id, so that main's provenance takes the SHA-256 of a file that is main's blob from here
 * instead of reading and hashing it again ({@link #sha256IfBlob}).
 *
 * @param byFile lowercase hex SHA-256 by path; only files whose record was added to the dataset
 * @param blobs the Git blob id of the same files by path, in hex; empty unless asked for
 */
public record ContentIds(SortedMap<String, String> byFile, SortedMap<String, String> blobs) {

  /** No file's content id known: every key walks the records instead. */
  public static final ContentIds NONE =
      new ContentIds(Collections.emptySortedMap(), Collections.emptySortedMap());

  public ContentIds {
    byFile = Collections.unmodifiableSortedMap(new TreeMap<>(byFile));
    blobs = Collections.unmodifiableSortedMap(new TreeMap<>(blobs));
  }

  /** Content ids without Git blob ids. */
  public ContentIds(SortedMap<String, String> byFile) {
    this(byFile, Collections.emptySortedMap());
  }

  /** The content id of {@code file}, empty when it was not read by the loader. */
  public Optional<String> of(String file) {
    return Optional.ofNullable(byFile.get(file));
  }

  /**
   * The SHA-256 of the bytes read from {@code file} if their Git blob id is {@code blobId}: what
   * main's provenance may take instead of hashing the file ({@link org.opendti.git.KnownContent});
   * empty when the file was not read or is another blob.
   */
  public Optional<String> sha256IfBlob(String file, String blobId) {
    return blobId.equals(blobs.get(file)) ? of(file) : Optional.empty();
  }

  /** The content id of {@code bytes}: their SHA-256 in lowercase hex. */
  public static String digest(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
