package org.opendti.git;

import java.nio.file.Path;
import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UsageException;

/**
 * A Git repository is needed and the folder is not one (or not a work tree where one is needed),
 * e.g. {@code dti:validate -Ddti.base=origin/main} run on a plain copy of the data.
 */
public final class NotARepositoryException extends UsageException {

  private final Path folder;

  public NotARepositoryException(Path folder, Text message, Throwable cause) {
    super(message, cause);
    this.folder = folder;
  }

  /** The folder that is not a repository. */
  public Path folder() {
    return folder;
  }
}
