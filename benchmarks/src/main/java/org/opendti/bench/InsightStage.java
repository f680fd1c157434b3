package org.opendti.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.BuildListener;
import org.opendti.insight.Insights;
import org.opendti.insight.uncertainty.DisputedCorrection;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Review;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * The scoring and insight stages alone, on a repository loaded once, {@code runs} times in one JVM
 * (run 1 is cold, as in a publish), with the process CPU time of each run and a digest of each
 * stage's result (its elements' {@code toString} hashed), so two builds of the generator can be
 * compared both for speed and for the same answer.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.InsightStage /tmp/r10k 5
 * </pre>
 *
 * <p>The insights are computed as {@code Pipeline.publish} computes them: every cohort gets
 * what-if, and open objections are counted.
 */
public final class InsightStage {

  private InsightStage() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PipelineResult r =
        Pipeline.builder().repositoryRoot(repo).listener(BuildListener.SILENT).build().check();
    Set<DisputedCorrection> disputed = new java.util.HashSet<>();
    for (Review review : r.accepted().reviews()) {
      for (Review.Objection o : review.objections()) {
        if (o.open() && o.criterion() != null && review.correction(o.criterion()).isPresent()) {
          disputed.add(new DisputedCorrection(review.key(), o.criterion()));
        }
      }
    }
    List<Long> scoring = new ArrayList<>();
    List<Long> insights = new ArrayList<>();
    String scoreDigest = "";
    String insightDigest = "";
    for (int run = 1; run <= runs; run++) {
      System.gc();
      long cpu = cpuNanos();
      List<UnitScore> scores = new Scorer().score(r.accepted(), ArrivalTimes.none());
      scoring.add((cpuNanos() - cpu) / 1_000_000);
      System.gc();
      cpu = cpuNanos();
      Insights in =
          Insights.of(r.accepted(), scores, r.rankings(), ArrivalTimes.none(), c -> true, disputed);
      insights.add((cpuNanos() - cpu) / 1_000_000);
      System.out.printf(
          "run %d: scoring cpu %d ms, insights cpu %d ms%n",
          run, scoring.get(run - 1), insights.get(run - 1));
      if (run == 1) {
        scoreDigest = digest(scores);
        insightDigest =
            digest(List.of(in.whatIf(), in.flags(), in.rankIntervals(), in.integrity()));
      }
    }
    System.out.printf(
        "scoring: first %d ms, median of the rest %d ms; digest %s%n",
        scoring.get(0), rest(scoring), scoreDigest);
    System.out.printf(
        "insights: first %d ms, median of the rest %d ms; digest %s%n",
        insights.get(0), rest(insights), insightDigest);
  }

  private static long rest(List<Long> values) {
    return values.size() < 2 ? values.get(0) : EndToEnd.median(values.subList(1, values.size()));
  }

  /** SHA-256 of the elements' {@code toString}, one by one (the whole string is too long). */
  private static String digest(List<?> values) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Object v : values) {
      if (v instanceof List<?> inner) {
        inner.forEach(e -> sha.update(e.toString().getBytes(StandardCharsets.UTF_8)));
      } else {
        sha.update(v.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static long cpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }
}
