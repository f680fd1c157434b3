package org.opendti.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Git's id of a blob: the SHA-1 of its header ({@code blob <length>\0}) and its bytes, as {@code
 * git hash-object} prints it.
 */
public final class BlobIds {

  private BlobIds() {}

  /** The Git blob id of {@code bytes}, in lowercase hex. */
  public static String of(byte[] bytes) {
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      return f.idFor(Constants.OBJ_BLOB, bytes).name();
    }
  }
}
