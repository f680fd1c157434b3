package org.opendti.load.internal;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.load.SourceLocation;

/** Collects the diagnostics of one load; confined to the thread that runs it. */
public final class DiagnosticSink {

  private final List<Diagnostic> all = new ArrayList<>();
  // Asked once per file loaded: a scan of every diagnostic would make loading quadratic.
  private final java.util.Set<String> filesWithErrors = new java.util.HashSet<>();

  /** An error; {@code args} are what the code's message names. */
  public void error(Code code, String file, SourceLocation at, String pointer, Object... args) {
    add(Severity.ERROR, code, file, at, pointer, args);
  }

  public void warning(Code code, String file, SourceLocation at, String pointer, Object... args) {
    add(Severity.WARNING, code, file, at, pointer, args);
  }

  private void add(
      Severity severity,
      Code code,
      String file,
      SourceLocation at,
      String pointer,
      Object... args) {
    all.add(Diagnostic.of(severity, code, file, at.line(), at.column(), pointer, args));
    if (severity == Severity.ERROR) {
      filesWithErrors.add(file);
    }
  }

  /** Appends every diagnostic of {@code other}, in its order. */
  public void addAll(DiagnosticSink other) {
    all.addAll(other.all);
    filesWithErrors.addAll(other.filesWithErrors);
  }

  /**
   * Appends the diagnostics of {@code other} about values that no diagnostic here is about: none at
   * the same JSON pointer or inside one. After a schema error, the mapper's own findings (a date
   * that does not exist, a number written as text) are kept this way, without repeating a value the
   * schema already reported.
   */
  public void addOutside(DiagnosticSink other) {
    List<String> taken = all.stream().map(Diagnostic::pointer).toList();
    for (Diagnostic d : other.all) {
      boolean inside =
          taken.stream()
              .anyMatch(
                  p -> d.pointer().equals(p) || p.isEmpty() || d.pointer().startsWith(p + "/"));
      if (!inside) {
        all.add(d);
        if (d.severity() == Severity.ERROR) {
          filesWithErrors.add(d.file());
        }
      }
    }
  }

  /** Whether any error was reported for {@code file}. */
  public boolean hasErrors(String file) {
    return filesWithErrors.contains(file);
  }

  public List<Diagnostic> list() {
    return List.copyOf(all);
  }
}
