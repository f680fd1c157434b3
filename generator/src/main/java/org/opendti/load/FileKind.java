package org.opendti.load;

import java.util.Optional;

/**
 * The kinds of input file (docs/formats.md), recognised by their repository path, in the order a
 * load reads them: the registry and the frameworks first (submissions are typed by them), the
 * policy files, then submissions and reviews.
 */
public enum FileKind {
  REGISTRY("registry"),
  FRAMEWORK("framework"),
  /** {@code policy/access.json}: who may change which files. */
  ACCESS_POLICY("access"),
  /** {@code policy/insight.json}: optional anomaly-flag thresholds. */
  INSIGHT_THRESHOLDS("insight"),
  SUBMISSION("submission"),
  REVIEW("review");

  /** The folders input files live in. */
  public static final java.util.List<String> FOLDERS =
      java.util.List.of("units", "criteria", "policy", "submissions");

  private final String schemaName;

  FileKind(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The schema file name, e.g. {@code submission.schema.json}. */
  public String schemaFile() {
    return schemaName + ".schema.json";
  }

  /** Whether the file is a unit's submission or its review, which the rest depends on. */
  public boolean isSubmissionOrReview() {
    return this == SUBMISSION || this == REVIEW;
  }

  /**
   * The kind of a repository-relative path: {@code units/*.json}, {@code criteria/*.json}, {@code
   * policy/access.json}, {@code policy/insight.json}, {@code submissions/**}{@code /*.review.json}
   * or other {@code submissions/**}{@code /*.json}.
   */
  public static Optional<FileKind> of(String path) {
    if (!path.endsWith(".json")) {
      return Optional.empty();
    }
    String[] parts = path.split("/", -1);
    if (parts.length == 2 && parts[0].equals("units")) {
      return Optional.of(REGISTRY);
    }
    if (parts.length == 2 && parts[0].equals("criteria")) {
      return Optional.of(FRAMEWORK);
    }
    if (path.equals("policy/access.json")) {
      return Optional.of(ACCESS_POLICY);
    }
    if (path.equals("policy/insight.json")) {
      return Optional.of(INSIGHT_THRESHOLDS);
    }
    if (parts.length >= 2 && parts[0].equals("submissions")) {
      return Optional.of(path.endsWith(".review.json") ? REVIEW : SUBMISSION);
    }
    return Optional.empty();
  }
}
