package org.opendti.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.Framework;

/** Generates a cohort for frameworks named by id in a repository's {@code criteria/}. */
public final class SampleCohorts {

  private SampleCohorts() {}

  /**
   * Loads the repository, picks the named frameworks and generates the cohort.
   *
   * @throws InvalidInputException when a framework is unknown or does not load
   */
  public static GeneratedCohort generate(
      Path repositoryRoot, List<String> frameworkIds, CohortSpec spec) {
    return generate(repositoryRoot, frameworkIds, spec, false);
  }

  /**
   * {@link #generate(Path, List, CohortSpec)}, with gaps: some units do not submit and some reviews
   * carry objections ({@link CohortGenerator#CohortGenerator(boolean)}).
   */
  public static GeneratedCohort generate(
      Path repositoryRoot, List<String> frameworkIds, CohortSpec spec, boolean gaps) {
    LoadResult loaded = RepositoryLoader.create().load(repositoryRoot);
    List<Framework> chosen = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : frameworkIds) {
      loaded.dataset().framework(id).ifPresentOrElse(chosen::add, () -> unknown.add(id));
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          Text.of(
              "usage.unknown-frameworks", unknown, repositoryRoot.resolve("criteria").toString()),
          loaded.diagnostics().all().stream().filter(d -> d.severity() == Severity.ERROR).toList());
    }
    return new CohortGenerator(gaps).generate(spec, chosen);
  }
}
