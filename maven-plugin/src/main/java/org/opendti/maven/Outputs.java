package org.opendti.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.GithubAnnotations;
import org.opendti.diagnostic.Lang;

/** Where goals send reports: Maven's log, GitHub annotations, Markdown files. */
final class Outputs {

  private Outputs() {}

  static void log(Log log, List<Diagnostic> diagnostics, Lang lang) {
    for (Diagnostic d : diagnostics) {
      switch (d.severity()) {
        case ERROR -> log.error(d.format(lang));
        case WARNING -> log.warn(d.format(lang));
        case INFO -> log.info(d.format(lang));
      }
    }
  }

  /** Workflow commands must start the line, so they bypass Maven's "[ERROR] " prefix. */
  static void annotate(boolean asked, List<Diagnostic> diagnostics, Lang lang) {
    if (asked || "true".equals(System.getenv("GITHUB_ACTIONS"))) {
      GithubAnnotations.lines(diagnostics, lang).forEach(System.out::println);
    }
  }

  /** Appends to {@code file} if given, and to {@code $GITHUB_STEP_SUMMARY} when that is set. */
  static void summary(Path file, String markdown) throws IOException {
    if (file != null) {
      append(file, markdown);
    }
    String stepSummary = System.getenv("GITHUB_STEP_SUMMARY");
    if (stepSummary != null && !stepSummary.isBlank()) {
      append(Path.of(stepSummary), markdown);
    }
  }

  static void append(Path file, String text) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(
        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
