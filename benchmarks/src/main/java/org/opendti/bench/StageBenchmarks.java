package org.opendti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.ArrivalTimes;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.render.RenderedSite;
import org.opendti.render.SiteInput;
import org.opendti.render.SiteRenderer;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;
import org.opendti.validate.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process stages, each on the output of the previous ones, over a generated cohort (see
 * {@link BenchRepo}). Run: {@code java -jar benchmarks/target/benchmarks.jar StageBenchmarks -p
 * units=10000}. The project folder is read from the system property {@code opendti.project}
 * (default: the working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StageBenchmarks {

  @Param({"1000"})
  public int units;

  private Path repo;
  private LoadResult loaded;
  private Diagnostics report;
  private Dataset accepted;
  private List<UnitScore> scores;
  private List<Ranking> rankings;
  private SiteRenderer renderer;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    repo = Files.createTempDirectory("opendti-jmh");
    BenchRepo.create(Path.of(System.getProperty("opendti.project", ".")), repo, units);
    loaded = RepositoryLoader.create().load(repo);
    report =
        loaded.diagnostics().plus(new Validator().validate(loaded.dataset(), loaded.sources()));
    accepted = Validator.accepted(loaded.dataset(), report);
    scores = new Scorer().score(accepted, ArrivalTimes.none());
    rankings = new Ranker().rank(accepted, scores);
    renderer = SiteRenderer.builder().templates(repo.resolve("site-templates")).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BenchRepo.deleteTree(repo);
  }

  @Benchmark
  public LoadResult load() {
    return RepositoryLoader.create().load(repo);
  }

  @Benchmark
  public Diagnostics validate() {
    return new Validator().validate(loaded.dataset(), loaded.sources());
  }

  @Benchmark
  public List<UnitScore> score() {
    return new Scorer().score(accepted, ArrivalTimes.none());
  }

  @Benchmark
  public List<Ranking> rank() {
    return new Ranker().rank(accepted, scores);
  }

  @Benchmark
  public RenderedSite render() {
    return renderer.render(new SiteInput(accepted, report, scores, rankings));
  }
}
