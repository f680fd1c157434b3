package org.opendti.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.opendti.model.AccessPolicy;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.InsightThresholds;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.model.UnitRegistry;

/**
 * Everything read from a repository: the unit registry, frameworks, submissions and reviews (each
 * list sorted by file path, so iteration is deterministic) and the policy files.
 *
 * <p>A class rather than a record so that it can index its lists once, where the data is assembled:
 * frameworks by id, submissions and reviews by {@link SubmissionKey}, submissions by {@link
 * CohortKey}. Every later stage looks things up here instead of building its own index. Immutable
 * and thread-safe.
 */
public final class Dataset {

  private final UnitRegistry registry;
  private final List<Framework> frameworks;
  private final List<Submission> submissions;
  private final List<Review> reviews;
  private final AccessPolicy accessPolicy;
  private final InsightThresholds thresholds;

  private final Map<String, Framework> frameworkById = new HashMap<>();
  private final Map<SubmissionKey, Submission> submissionByKey = new HashMap<>();
  private final Map<SubmissionKey, Review> reviewByKey = new HashMap<>();
  private final SortedMap<CohortKey, List<Submission>> cohorts;

  /** Data without policy files: no access policy, the default thresholds. */
  public Dataset(
      UnitRegistry registry,
      List<Framework> frameworks,
      List<Submission> submissions,
      List<Review> reviews) {
    this(registry, frameworks, submissions, reviews, null, InsightThresholds.DEFAULTS);
  }

  /**
   * @param accessPolicy {@code policy/access.json}, or null when the repository has none
   * @param thresholds {@code policy/insight.json} over the defaults
   */
  public Dataset(
      UnitRegistry registry,
      List<Framework> frameworks,
      List<Submission> submissions,
      List<Review> reviews,
      AccessPolicy accessPolicy,
      InsightThresholds thresholds) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.frameworks = List.copyOf(frameworks);
    this.submissions = List.copyOf(submissions);
    this.reviews = List.copyOf(reviews);
    this.accessPolicy = accessPolicy;
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    // The first of each id counts, as a scan in list order would find it.
    this.frameworks.forEach(f -> frameworkById.putIfAbsent(f.id(), f));
    TreeMap<CohortKey, List<Submission>> byCohort = new TreeMap<>();
    for (Submission s : this.submissions) {
      submissionByKey.putIfAbsent(s.key(), s);
      byCohort.computeIfAbsent(s.key().cohort(), k -> new ArrayList<>()).add(s);
    }
    byCohort.replaceAll((k, v) -> List.copyOf(v));
    this.cohorts = Collections.unmodifiableSortedMap(byCohort);
    this.reviews.forEach(r -> reviewByKey.putIfAbsent(r.key(), r));
  }

  public UnitRegistry registry() {
    return registry;
  }

  public List<Framework> frameworks() {
    return frameworks;
  }

  public List<Submission> submissions() {
    return submissions;
  }

  public List<Review> reviews() {
    return reviews;
  }

  /** {@code policy/access.json}, if the repository has one. */
  public Optional<AccessPolicy> accessPolicy() {
    return Optional.ofNullable(accessPolicy);
  }

  /** {@code policy/insight.json} over the defaults. */
  public InsightThresholds thresholds() {
    return thresholds;
  }

  public Optional<Framework> framework(String id) {
    return Optional.ofNullable(frameworkById.get(id));
  }

  /** The submission with this key, if any (the first by path, should there be two). */
  public Optional<Submission> submission(SubmissionKey key) {
    return Optional.ofNullable(submissionByKey.get(key));
  }

  /** The review with this key, if any (the first by path, should there be two). */
  public Optional<Review> review(SubmissionKey key) {
    return Optional.ofNullable(reviewByKey.get(key));
  }

  /** The review of a submission (same unit, framework and period), if any. */
  public Optional<Review> reviewOf(Submission s) {
    return review(s.key());
  }

  /** Submissions by framework and period, in key order; each list in path order. */
  public SortedMap<CohortKey, List<Submission>> cohorts() {
    return cohorts;
  }

  /** The submissions of one framework and period, in path order. */
  public List<Submission> cohort(CohortKey key) {
    return cohorts.getOrDefault(key, List.of());
  }

  /** The same data keeping only the submissions and reviews whose file passes {@code keep}. */
  public Dataset onlyFiles(Predicate<String> keep) {
    return new Dataset(
        registry,
        frameworks,
        submissions.stream().filter(s -> keep.test(s.file())).toList(),
        reviews.stream().filter(r -> keep.test(r.file())).toList(),
        accessPolicy,
        thresholds);
  }

  /** The same registry, frameworks and policies with other submissions and reviews. */
  public Dataset withSubmissions(List<Submission> submissions, List<Review> reviews) {
    return new Dataset(registry, frameworks, submissions, reviews, accessPolicy, thresholds);
  }

  /** The same data without an access policy (e.g. when {@code policy/access.json} has errors). */
  public Dataset withoutAccessPolicy() {
    return new Dataset(registry, frameworks, submissions, reviews, null, thresholds);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d
        && registry.equals(d.registry)
        && frameworks.equals(d.frameworks)
        && submissions.equals(d.submissions)
        && reviews.equals(d.reviews)
        && Objects.equals(accessPolicy, d.accessPolicy)
        && thresholds.equals(d.thresholds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registry, frameworks, submissions, reviews, accessPolicy, thresholds);
  }

  @Override
  public String toString() {
    return "Dataset["
        + frameworks.size()
        + " framework(s), "
        + submissions.size()
        + " submission(s), "
        + reviews.size()
        + " review(s)]";
  }
}
