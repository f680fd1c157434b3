package org.opendti.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.opendti.model.Framework;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.UnitRegistry;

/**
 * Everything read from a repository: the unit registry, frameworks, submissions and reviews, each
 * list sorted by file path so iteration is deterministic.
 */
public record Dataset(
    UnitRegistry registry,
    List<Framework> frameworks,
    List<Submission> submissions,
    List<Review> reviews) {

  public Dataset {
    frameworks = List.copyOf(frameworks);
    submissions = List.copyOf(submissions);
    reviews = List.copyOf(reviews);
  }

  public Optional<Framework> framework(String id) {
    return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The review of a submission (same unit, framework and period), if any. */
  public Optional<Review> reviewOf(Submission s) {
    return reviews.stream()
        .filter(
            r ->
                r.unit().equals(s.unit())
                    && r.framework().equals(s.framework())
                    && r.period().equals(s.period()))
        .findFirst();
  }

  /** The same data keeping only the submissions and reviews whose file passes {@code keep}. */
  public Dataset onlyFiles(Predicate<String> keep) {
    return new Dataset(
        registry,
        frameworks,
        submissions.stream().filter(s -> keep.test(s.file())).toList(),
        reviews.stream().filter(r -> keep.test(r.file())).toList());
  }
}
