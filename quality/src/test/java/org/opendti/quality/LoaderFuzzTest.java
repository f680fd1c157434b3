package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;

/**
 * Fuzzes the loader one file at a time, as a web form or a pull request hands it bytes: whatever
 * the bytes, {@code loadFile} returns a result (diagnostics for bad input) and never throws.
 *
 * <p>In {@code mvn verify} this replays the seeds and any crash inputs kept under {@code
 * src/test/resources/org/opendti/quality/LoaderFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real (see docs/fuzzing.md).
 */
class LoaderFuzzTest {

  /** The real frameworks and registry, so submissions are typed and checked as in a build. */
  private static final class Context {
    static final Dataset DATASET = RepositoryLoader.create().load(Sites.repositoryRoot()).dataset();
  }

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  /** A fuzzing session stops after one million executions (or 40 minutes). */
  @FuzzTest(maxDuration = "40m", maxExecutions = 1_000_000)
  void loadSubmission(byte[] content) {
    check("submissions/nga-nam-2024/2023/nga-nam.json", content);
  }

  @FuzzTest(maxDuration = "5m")
  void loadReview(byte[] content) {
    check("submissions/nga-nam-2024/2023/nga-nam.review.json", content);
  }

  private static void check(String path, byte[] content) {
    LoadResult result = LOADER.loadFile(path, content, Context.DATASET);
    assertThat(result).isNotNull();
    // Every diagnostic names the file it is about: a report a person can act on.
    result.diagnostics().all().forEach(d -> assertThat(d.file()).isNotNull());
  }
}
