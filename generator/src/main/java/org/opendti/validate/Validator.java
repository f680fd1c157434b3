package org.opendti.validate;

import java.util.ArrayList;
import java.util.List;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Framework;

/**
 * The validate stage: checks every framework ({@link FrameworkChecker}) and every submission and
 * review ({@link SubmissionValidator}) of a loaded {@link Dataset}, and returns all findings in one
 * report.
 *
 * <pre>{@code
 * ValidationReport report = new Validator().validate(dataset, index);
 * Dataset scored = Validator.accepted(dataset, report); // files with errors are not scored
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Validator {

  /** Every diagnostic about {@code data}, sorted by {@link Diagnostic#ORDER}. */
  public ValidationReport validate(Dataset data, SourceIndex index) {
    List<Diagnostic> found = new ArrayList<>();
    FrameworkChecker checker = new FrameworkChecker(data.registry());
    for (Framework f : data.frameworks()) {
      found.addAll(checker.check(f, frameworkFile(f.id()), index));
    }
    found.addAll(new SubmissionValidator().validate(data, index));
    return new ValidationReport(found);
  }

  /** The repository path of a framework: {@code criteria/<id>.json} ({@code docs/formats.md}). */
  public static String frameworkFile(String frameworkId) {
    return "criteria/" + frameworkId + ".json";
  }

  /**
   * The data the later stages may use: submissions and reviews whose file has no error (a file with
   * an error is never scored). Frameworks are kept as they are; a framework error still fails the
   * build through {@link ValidationReport#hasErrors()}.
   */
  public static Dataset accepted(Dataset data, ValidationReport report) {
    // One set, not report.hasErrors(file) per file: that scans every diagnostic each time.
    java.util.Set<String> failed =
        report.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .map(Diagnostic::file)
            .collect(java.util.stream.Collectors.toSet());
    return data.onlyFiles(file -> !failed.contains(file));
  }
}
