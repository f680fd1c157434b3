package org.opendti.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.model.Unit;

/**
 * A generated cohort: its units and its files (registry, submissions, reviews) by
 * repository-relative path.
 */
public record GeneratedCohort(List<Unit> units, SortedMap<String, String> files) {

  public GeneratedCohort {
    units = List.copyOf(units);
    files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** Writes every file below {@code root}, creating folders; existing files are replaced. */
  public void writeTo(Path root) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** How many submission files (not reviews, not the registry). */
  public long submissionCount() {
    return files.keySet().stream()
        .filter(p -> p.startsWith("submissions/") && !p.endsWith(".review.json"))
        .count();
  }
}
