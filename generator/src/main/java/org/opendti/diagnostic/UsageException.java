package org.opendti.diagnostic;

/**
 * Something the user must change: their files, their repository or the options they gave (as
 * opposed to a bug in the tools, which any other exception is). The message says what is wrong in
 * the user's terms; an adapter (the Maven plugin) adds how to change it in its own terms.
 *
 * <p>Subclasses: {@link InvalidInputException} (files fail validation), {@code
 * org.opendti.git.RevisionException} (a revision cannot be used), {@code
 * org.opendti.git.NotARepositoryException} (no Git repository where one is needed).
 */
public class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
