package org.opendti;

import java.util.List;
import org.opendti.validate.Diagnostic;

/**
 * The repository's input is wrong (a file fails validation): the user must fix it. Carries every
 * diagnostic, not just the first.
 */
public final class InvalidInputException extends RuntimeException {

  private final List<Diagnostic> diagnostics;

  public InvalidInputException(String message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
