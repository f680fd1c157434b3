package org.opendti.load.internal;

import java.util.Optional;

/** The four kinds of input file (docs/formats.md), recognised by their repository path. */
public enum FileKind {
  REGISTRY("registry"),
  FRAMEWORK("framework"),
  SUBMISSION("submission"),
  REVIEW("review");

  private final String schemaName;

  FileKind(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The schema file name, e.g. {@code submission.schema.json}. */
  public String schemaFile() {
    return schemaName + ".schema.json";
  }

  /**
   * The kind of a repository-relative path: {@code units/*.json}, {@code criteria/*.json}, {@code
   * submissions/**}{@code /*.review.json} or other {@code submissions/**}{@code /*.json}.
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
    if (parts.length >= 2 && parts[0].equals("submissions")) {
      return Optional.of(path.endsWith(".review.json") ? REVIEW : SUBMISSION);
    }
    return Optional.empty();
  }
}
