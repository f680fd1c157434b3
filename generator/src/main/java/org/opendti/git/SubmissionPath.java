package org.opendti.git;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendti.model.CohortKey;
import org.opendti.model.SubmissionKey;

/**
 * A path of the form {@code submissions/<framework>/<period>/<unit>.json} (a submission) or {@code
 * …/<unit>.review.json} (its review), as {@code docs/formats.md} lays them out.
 *
 * <p>Example: {@code SubmissionPath.parse("submissions/nga-nam-2024/2023/nga-nam.review.json")}
 * gives framework {@code nga-nam-2024}, period {@code 2023}, unit {@code nga-nam}, review true.
 *
 * @param path the repository-relative path
 * @param review true for a {@code .review.json} file
 */
public record SubmissionPath(
    String path, String framework, String period, String unit, boolean review) {

  /** The folder every submission lives under, with its trailing slash. */
  public static final String ROOT = "submissions/";

  // Ids are ASCII (docs/formats.md): a unit id cannot end in ".review", so the two forms never
  // overlap.
  private static final Pattern SHAPE =
      Pattern.compile(
          "submissions/([a-z0-9][a-z0-9-]*)/([a-z0-9][a-z0-9-]*)/([a-z0-9][a-z0-9-]*)"
              + "(\\.review)?\\.json");

  /** The unit's framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(framework, period, unit);
  }

  /** The folder of a framework's period, {@code submissions/<framework>/<period>/}. */
  public static String folder(CohortKey cohort) {
    return ROOT + cohort.framework() + "/" + cohort.period() + "/";
  }

  /** The submission or review file at {@code path}, or empty when the path has another shape. */
  public static Optional<SubmissionPath> parse(String path) {
    Matcher m = SHAPE.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new SubmissionPath(path, m.group(1), m.group(2), m.group(3), m.group(4) != null));
  }
}
