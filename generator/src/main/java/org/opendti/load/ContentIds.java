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
 * @param byFile lowercase hex SHA-256 by path; only files whose record was added to the dataset
 */
public record ContentIds(SortedMap<String, String> byFile) {

  /** No file's content id known: every key walks the records instead. */
  public static final ContentIds NONE = new ContentIds(Collections.emptySortedMap());

  public ContentIds {
    byFile = Collections.unmodifiableSortedMap(new TreeMap<>(byFile));
  }

  /** The content id of {@code file}, empty when it was not read by the loader. */
  public Optional<String> of(String file) {
    return Optional.ofNullable(byFile.get(file));
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
