package org.opendti.validate;

import java.util.List;

/**
 * Every diagnostic found, sorted by {@link Diagnostic#ORDER}. Validation never stops at the first
 * problem.
 */
public record ValidationReport(List<Diagnostic> diagnostics) {

  public ValidationReport {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Whether the file has any error; such a file is never scored. */
  public boolean hasErrors(String file) {
    return diagnostics.stream()
        .anyMatch(d -> d.severity() == Severity.ERROR && d.file().equals(file));
  }

  public List<Diagnostic> forFile(String file) {
    return diagnostics.stream().filter(d -> d.file().equals(file)).toList();
  }

  public ValidationReport plus(ValidationReport other) {
    return new ValidationReport(
        java.util.stream.Stream.concat(diagnostics.stream(), other.diagnostics.stream()).toList());
  }
}
