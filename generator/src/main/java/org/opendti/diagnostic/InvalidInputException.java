package org.opendti.diagnostic;

import java.util.List;

/**
 * The repository's input is wrong (a file fails validation): the user must fix it. Carries every
 * diagnostic, not just the first.
 */
public final class InvalidInputException extends UsageException {

  private final List<Diagnostic> diagnostics;

  public InvalidInputException(Text message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
