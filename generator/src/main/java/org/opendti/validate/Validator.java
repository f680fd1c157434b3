package org.opendti.validate;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Severity;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.AccessPolicy;
import org.opendti.model.Framework;
import org.opendti.model.Submission;

/**
 * The validate stage: checks every framework ({@link FrameworkChecker}), every submission and
 * review ({@link SubmissionValidator}) and the access policy ({@link AccessPolicyCheck}) of a
 * loaded {@link Dataset}, and returns all findings at once.
 *
 * <pre>{@code
 * Diagnostics report = new Validator().validate(dataset, index);
 * Dataset scored = Validator.accepted(dataset, report); // files with errors are not scored
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Validator {

  /** Every diagnostic about {@code data}, sorted by {@link Diagnostic#ORDER}. */
  public Diagnostics validate(Dataset data, SourceIndex index) {
    return validate(data, index, file -> true);
  }

  /**
   * The diagnostics about {@code data} that a run answering only for the files {@code answersFor}
   * accepts needs: every submission, review and access-policy finding (they decide what is
   * accepted), and the findings of the frameworks whose file it accepts. A framework's checks
   * report on its own file only and change nothing that is accepted, so the others are skipped (a
   * pull request's check reads every framework and reports on none).
   */
  public Diagnostics validate(
      Dataset data, SourceIndex index, java.util.function.Predicate<String> answersFor) {
    return validate(data, index, answersFor, s -> false);
  }

  /**
   * As {@link #validate(Dataset, SourceIndex, java.util.function.Predicate)}, without the own
   * checks of the submissions {@code unchanged} says were checked before with nothing found, from
   * the same bytes, frameworks and registry ({@link CheckedFiles#unchanged}); what is checked
   * across files still runs for every submission.
   */
  public Diagnostics validate(
      Dataset data,
      SourceIndex index,
      java.util.function.Predicate<String> answersFor,
      java.util.function.Predicate<Submission> unchanged) {
    List<Diagnostic> found = new ArrayList<>();
    FrameworkChecker checker = new FrameworkChecker(data.registry());
    for (Framework f : data.frameworks()) {
      if (answersFor.test(frameworkFile(f.id()))) {
        found.addAll(checker.check(f, frameworkFile(f.id()), index));
      }
    }
    found.addAll(new SubmissionValidator().validate(data, index, unchanged));
    data.accessPolicy()
        .ifPresent(p -> found.addAll(AccessPolicyCheck.check(p, data.registry(), index)));
    return new Diagnostics(found);
  }

  /** The repository path of a framework: {@code criteria/<id>.json} ({@code docs/formats.md}). */
  public static String frameworkFile(String frameworkId) {
    return "criteria/" + frameworkId + ".json";
  }

  /**
   * The data the later stages may use: submissions and reviews whose file has no error (a file with
   * an error is never scored). Frameworks are kept as they are; a framework error still fails the
   * build through {@link Diagnostics#hasErrors()}.
   */
  public static Dataset accepted(Dataset data, Diagnostics report) {
    // One set, not report.hasErrors(file) per file: that scans every diagnostic each time.
    java.util.Set<String> failed =
        report.all().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .map(Diagnostic::file)
            .collect(java.util.stream.Collectors.toSet());
    Dataset kept = data.onlyFiles(file -> !failed.contains(file));
    return failed.contains(AccessPolicy.FILE) ? kept.withoutAccessPolicy() : kept;
  }
}
