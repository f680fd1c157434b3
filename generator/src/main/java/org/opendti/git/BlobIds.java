package org.opendti.git;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.jgit.lib.Constants;

/**
 * Git's id of a blob: the SHA-1 of its header ({@code blob <length>\0}) and its bytes, as {@code
 * git hash-object} prints it.
 */
public final class BlobIds {

  private BlobIds() {}

  /** The Git blob id of {@code bytes}, in lowercase hex. */
  public static String of(byte[] bytes) {
    MessageDigest id = start(bytes.length);
    id.update(bytes);
    return HexFormat.of().formatHex(id.digest());
  }

  /**
   * A SHA-1 already given the header of a blob of {@code length} bytes: fed those bytes, its digest
   * is the blob's id (for a file read in pieces).
   */
  static MessageDigest start(long length) {
    MessageDigest id;
    try {
      id = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
    id.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
    id.update((byte) ' ');
    id.update(Constants.encodeASCII(length));
    id.update((byte) 0);
    return id;
  }
}
