package org.opendti.git;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Provenance of every file under {@code submissions/} at main's tip, read once from main's
 * first-parent history (as Hugo reads Git info once into a map and looks it up per page).
 *
 * <pre>{@code
 * try (GitRepo repo = GitRepo.open(root)) {
 *   Provenance p = repo.provenance("origin/main");
 *   p.of("submissions/nga-nam-2024/2023/nga-nam.json")
 *       .ifPresent(f -> System.out.println("#" + f.lastChanged().pullRequest()));
 * }
 * }</pre>
 *
 * @param tip the commit of main that was read (full SHA)
 * @param files by path, in path order
 */
public record Provenance(String tip, SortedMap<String, FileProvenance> files) {

  public Provenance {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The provenance of {@code path}, empty when main has no such file. */
  public Optional<FileProvenance> of(String path) {
    return Optional.ofNullable(files.get(path));
  }
}
