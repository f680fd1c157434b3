package org.opendti.git;

import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UsageException;

/**
 * A revision given by the user cannot be used: it does not resolve to a commit, or two revisions
 * share no history. In CI this usually means a shallow clone: check out with {@code fetch-depth:
 * 0}.
 */
public final class RevisionException extends UsageException {

  private final String revision;

  public RevisionException(String revision, Text message) {
    super(message);
    this.revision = revision;
  }

  /** The revision as the user wrote it, e.g. {@code origin/main}. */
  public String revision() {
    return revision;
  }
}
