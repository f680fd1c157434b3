package org.opendti.validate;

import java.util.List;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;

/** Collects diagnostics for one file, locating each pointer through the {@link SourceIndex}. */
final class Findings {

  private final List<Diagnostic> sink;
  private final String file;
  private final SourceIndex index;

  Findings(List<Diagnostic> sink, String file, SourceIndex index) {
    this.sink = sink;
    this.file = file;
    this.index = index;
  }

  String file() {
    return file;
  }

  void error(String code, String pointer, String message, String hint) {
    add(Severity.ERROR, code, pointer, message, hint);
  }

  void warning(String code, String pointer, String message, String hint) {
    add(Severity.WARNING, code, pointer, message, hint);
  }

  void add(Severity severity, String code, String pointer, String message, String hint) {
    SourceLocation at = index.locate(file, pointer);
    sink.add(new Diagnostic(severity, code, file, at.line(), at.column(), pointer, message, hint));
  }
}
