package org.opendti.validate;

import java.util.List;
import org.opendti.diagnostic.Code;
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

  /** An error at {@code pointer}; {@code args} are what the code's message names. */
  void error(Code code, String pointer, Object... args) {
    add(Severity.ERROR, code, pointer, args);
  }

  void warning(Code code, String pointer, Object... args) {
    add(Severity.WARNING, code, pointer, args);
  }

  void add(Severity severity, Code code, String pointer, Object... args) {
    SourceLocation at = index.locate(file, pointer);
    sink.add(Diagnostic.of(severity, code, file, at.line(), at.column(), pointer, args));
  }
}
