package org.opendti.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.Scope;
import org.opendti.diagnostic.BuildListener;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.IntegritySignals;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.insight.uncertainty.RankIntervals;
import org.opendti.insight.uncertainty.TableIntervals;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.publish.SiteSize;
import org.opendti.pullrequest.PullRequestCheck;
import org.opendti.pullrequest.PullRequestMarkdown;
import org.opendti.pullrequest.PullRequestReport;

/**
 * End-to-end timing commands (docs/benchmarks.md). Each prints one line per run (wall time, CPU
 * time of the whole process, peak heap) and a median, so a loaded machine shows as wall ≫ CPU.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd generate . /tmp/r10k 10000
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd publish /tmp/r10k 3
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd rebuild /tmp/r10k
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd cached /tmp/r10k /tmp/out
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd size /tmp/r10k
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd prcheck /tmp/r10k 5
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd intervals /tmp/r10k 3
 * </pre>
 *
 * <p>{@code -Dopendti.fullCheck=true} makes {@code prcheck} also time a full check of every file.
 *
 * <h2>{@code dti:validate} on a pull request</h2>
 *
 * <p>{@code prcheck} runs {@link Pipeline#check(Scope)} with {@link Scope#changedSince}, the code
 * path of {@code dti:validate -Ddti.base=…}, in one JVM (the first run is cold). In a Git work tree
 * it edits {@link #CHANGED} (restored at the end) and asks Git what changed since {@code HEAD}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd generate . /tmp/r10k 10000
 * (cd /tmp/r10k &amp;&amp; git init -q -b main &amp;&amp; git add -A &amp;&amp; git commit -q -m init)
 * java -cp benchmarks/target/benchmarks.jar org.opendti.bench.EndToEnd prcheck /tmp/r10k 5
 * </pre>
 *
 * <p>The real goal through Maven, with the plugin as the invoker tests install it into {@code
 * maven-plugin/target/local-repo} (never {@code mvn install}: that would replace the snapshot in
 * the shared local repository); the settings are the invoker's, with {@code ~/.m2} as the remote.
 * The first {@code mvn} is Maven's own start-up (the goal is resolved and skipped), the second the
 * changed-files check, the third the full check:
 *
 * <pre>
 * mvn -B -o -pl .,generator,maven-plugin verify -DskipTests
 * sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" maven-plugin/src/it/settings.xml &gt; /tmp/s.xml
 * M="mvn -o -q -s /tmp/s.xml -Dmaven.repo.local=$PWD/maven-plugin/target/local-repo"
 * P=org.opendti:dti-maven-plugin:0.1.0-SNAPSHOT:validate
 * cd /tmp/r10k
 * sed -i 's/Cán bộ mẫu /Cán bộ đổi /' submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json
 * time $M $P -Ddti.root=$PWD -Ddti.skip=true
 * time $M $P -Ddti.root=$PWD -Ddti.base=HEAD
 * time $M $P -Ddti.root=$PWD -Ddti.mainRef=
 * git checkout -- submissions
 * </pre>
 */
public final class EndToEnd {

  /** The submission the rebuild and pull-request benchmarks change. */
  static final String CHANGED = "submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json";

  private EndToEnd() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: EndToEnd generate <project> <repo> <units> | publish <repo> [runs]"
              + " | rebuild <repo> | cached <repo> <out> | size <repo> | prcheck <repo> [runs]"
              + " | prreport <git repo> <base> <head> | intervals <repo> [runs]"
              + " | draws <repo> <reference draws> <seeds>");
      System.exit(2);
    }
    switch (args[0]) {
      case "generate" -> BenchRepo.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      case "publish" -> publish(Path.of(args[1]), runs(args));
      case "rebuild" -> rebuild(Path.of(args[1]));
      case "cached" -> cached(Path.of(args[1]), Path.of(args[2]));
      case "size" -> size(Path.of(args[1]));
      case "prcheck" -> prCheck(Path.of(args[1]), runs(args));
      case "prreport" -> prReport(Path.of(args[1]), args[2], args[3]);
      case "intervals" -> intervals(Path.of(args[1]), runs(args));
      case "draws" -> draws(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
    System.out.printf("process peak RSS (VmHWM): %s%n", vmHwm());
  }

  private static int runs(String[] args) {
    return args.length > 2 ? Integer.parseInt(args[2]) : 3;
  }

  /** The whole pipeline into a fresh output folder, {@code runs} times. */
  static void publish(Path repo, int runs) throws IOException {
    Path out = Files.createTempDirectory("opendti-bench-out");
    List<Long> walls = new ArrayList<>();
    try {
      for (int run = 1; run <= runs; run++) {
        // The site is a link to a version folder beside it: the whole output goes, unmeasured.
        BenchRepo.deleteTree(out);
        Files.createDirectories(out);
        Measure m = Measure.start();
        pipeline(repo, System.out::println).publish(out.resolve("site"));
        walls.add(m.print("publish run " + run));
        if (run == 1) {
          System.out.println("site: " + BenchRepo.size(out.resolve("site")));
        }
      }
    } finally {
      BenchRepo.deleteTree(out);
    }
    System.out.printf(
        "publish median %d ms (first run, cold JVM: %d ms)%n", median(walls), walls.get(0));
  }

  /**
   * Publishes with the render cache (a full build: nothing cached), changes one submission's
   * contact, publishes again into the same folder (the cache reuses every unchanged page), then
   * with the change reverted.
   */
  static void rebuild(Path repo) throws IOException {
    Path out = Files.createTempDirectory("opendti-bench-out");
    Path file = repo.resolve(CHANGED);
    String original = Files.readString(file, StandardCharsets.UTF_8);
    try {
      Measure m = Measure.start();
      cached(repo, out, System.out::println).publish(out.resolve("site"));
      m.print("full build with an empty render cache");
      Files.writeString(
          file, original.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "), StandardCharsets.UTF_8);
      m = Measure.start();
      cached(repo, out, System.out::println).publish(out.resolve("site"));
      m.print("rebuild after one changed submission");
      Files.writeString(file, original, StandardCharsets.UTF_8);
      m = Measure.start();
      cached(repo, out, System.out::println).publish(out.resolve("site"));
      m.print("rebuild with the change reverted");
    } finally {
      Files.writeString(file, original, StandardCharsets.UTF_8);
      BenchRepo.deleteTree(out);
    }
  }

  /** The progress messages that end a stage: loading, scoring and insights, rendering, writing. */
  private static final java.util.Set<String> STAGES =
      java.util.Set.of(
          "progress.read-cache",
          "progress.loaded",
          "progress.provenance",
          "progress.check-cache",
          "progress.score-cache",
          "progress.insights",
          "progress.insights-reused",
          "progress.scored",
          "progress.render-cache",
          "progress.published");

  /**
   * One publish into {@code out/site} with the render cache in {@code out/render-cache}, timed at
   * the end of each stage (wall and CPU since the start). Run alone, it is the rebuild a CI job
   * makes in a fresh JVM after restoring {@code out}: {@code docs/bench/rebuild-cold.sh} runs it
   * with an empty cache, after one changed submission, and with the change reverted.
   */
  static void cached(Path repo, Path out) throws IOException {
    Measure m = Measure.start();
    BuildListener stages =
        message -> {
          if (STAGES.contains(message.key())) {
            m.print("  after " + message.key() + " " + message.args());
          }
        };
    cached(repo, out, stages).publish(out.resolve("site"));
    m.print("publish with the render cache in " + out);
  }

  private static Pipeline cached(Path repo, Path out, BuildListener listener) {
    Pipeline.Builder b =
        Pipeline.builder()
            .repositoryRoot(repo)
            .listener(listener)
            .renderCache(out.resolve("render-cache"));
    // -Dopendti.mainRef=main: read the repository's Git history, as the publish workflow does
    // (provenance and arrival times from main's merges).
    String mainRef = System.getProperty("opendti.mainRef");
    if (mainRef != null) {
      b.gitProvenance(mainRef);
    }
    return b.build();
  }

  /**
   * Publishes once and measures the site: in all, as the Pages artifact ({@link SiteSize}), by
   * folder, and the scorecards (count, average size, average gzip size); then the search index's
   * manifest and largest shard.
   */
  static void size(Path repo) throws IOException {
    // -Dopendti.keep=<folder>: publish there and keep the site, to look at what the bytes are.
    String keep = System.getProperty("opendti.keep");
    Path out = keep == null ? Files.createTempDirectory("opendti-bench-out") : Path.of(keep);
    try {
      Path site = out.resolve("site");
      Measure m = Measure.start();
      pipeline(repo, System.out::println).publish(site);
      m.print("publish");
      SiteSize size = SiteSize.measure(site);
      System.out.printf(
          "site: %,d files, %,d bytes; as the Pages artifact (tar) %,d bytes%n",
          size.files(), size.bytes(), size.tarBytes());
      size.largest(12)
          .forEach(e -> System.out.printf("  %-28s %,15d bytes%n", e.getKey(), e.getValue()));
      long cards = 0;
      long bytes = 0;
      long gzip = 0;
      long tables = 0;
      long text = 0;
      List<Path> scorecards;
      Path real = site.toRealPath();
      try (var walk = Files.walk(real)) {
        scorecards =
            walk.filter(p -> real.relativize(p).toString().matches("(en/)?units/.*\\.html"))
                .toList();
      }
      for (Path p : scorecards) {
        byte[] b = Files.readAllBytes(p);
        cards++;
        bytes += b.length;
        gzip += gzipped(b);
        String html = new String(b, StandardCharsets.UTF_8);
        tables += html.split("<table", -1).length - 1;
        text += visibleTextBytes(html);
      }
      System.out.printf(
          "scorecards: %,d, average %,d bytes, gzip %,d bytes, %.1f tables each%n",
          cards, bytes / cards, gzip / cards, (double) tables / cards);
      long other = size.bytes() - bytes;
      System.out.printf(
          "scorecards' text alone (no markup): average %,d bytes, %,d in all; with the rest of"
              + " the site (%,d bytes) %,d bytes%n",
          text / cards, text, other, text + other);
      long largest = 0;
      try (var shards = Files.list(site.resolve("search"))) {
        for (Path p : shards.filter(p -> !p.endsWith("index.json")).toList()) {
          largest = Math.max(largest, Files.size(p));
        }
      }
      System.out.printf(
          "search: manifest %,d bytes, largest shard %,d bytes%n",
          Files.size(site.resolve("search/index.json")), largest);
    } finally {
      if (keep == null) {
        BenchRepo.deleteTree(out);
      }
    }
  }

  /**
   * The bytes of what a page says, without its markup: the body's text with its tags removed, an
   * entity counted as one character and each run of white space as one space (UTF-8). What a page
   * would weigh if markup were free: the floor lean markup can approach.
   */
  static long visibleTextBytes(String html) {
    int body = html.indexOf("<body");
    String text =
        html.substring(Math.max(body, 0))
            .replaceAll("<[^>]*>", "")
            .replaceAll("&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);", "x")
            .replaceAll("\\s+", " ");
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static long gzipped(byte[] b) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(bytes)) {
      z.write(b);
    }
    return bytes.size();
  }

  /**
   * {@code dti:validate -Ddti.base=HEAD} without Maven: {@link Pipeline#check(Scope)}, the code
   * path the goal runs, after one submission ({@link #CHANGED}) is edited in the work tree (and
   * restored at the end). In a Git work tree the changed files come from Git ({@code checkSince},
   * base {@code -Dopendti.base}, default {@code HEAD}); in a plain folder the one path is given.
   */
  static void prCheck(Path repo, int runs) throws IOException {
    Path file = repo.resolve(CHANGED);
    String original = Files.readString(file, StandardCharsets.UTF_8);
    boolean git =
        Files.exists(repo.resolve(".git"))
            && Boolean.parseBoolean(System.getProperty("opendti.git", "true"));
    String base = System.getProperty("opendti.base", "HEAD");
    List<Long> walls = new ArrayList<>();
    try {
      Files.writeString(
          file, original.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "), StandardCharsets.UTF_8);
      for (int run = 1; run <= runs; run++) {
        Measure m = Measure.start();
        Pipeline check = pipeline(repo, System.out::println);
        PipelineResult r =
            check.check(
                git ? Scope.changedSince(base, true) : Scope.changedFiles(List.of(CHANGED)));
        walls.add(
            m.print(
                "pr check run "
                    + run
                    + (git ? " (changed since " + base + ")" : " (one given path)")
                    + ": "
                    + (r.scope().whole() ? "FULL" : "CHANGED")
                    + ", "
                    + r.scope().files().size()
                    + " file(s) checked, "
                    + r.diagnostics().all().size()
                    + " diagnostic(s)"));
      }
    } finally {
      Files.writeString(file, original, StandardCharsets.UTF_8);
    }
    System.out.printf("pr check median %d ms%n", median(walls));
    if (Boolean.getBoolean("opendti.fullCheck")) {
      Measure m = Measure.start();
      pipeline(repo, BuildListener.SILENT).check();
      m.print(
          "for comparison, dti:validate without -Ddti.base (load + validate + score + rank of"
              + " every file)");
    }
  }

  /**
   * The pull-request report ({@code dti:report}'s {@link PullRequestCheck}) of {@code head} against
   * {@code base} in a Git repository: how many rank moves and problems it holds, and how long the
   * whole report (the job summary) and the comment are, against GitHub's 65,536 characters.
   */
  static void prReport(Path repo, String base, String head) {
    Measure m = Measure.start();
    PullRequestReport r =
        PullRequestCheck.builder()
            .repositoryRoot(repo)
            .base(base)
            .head(head)
            .author("bench")
            .authorIsMaintainer(true)
            .build()
            .run();
    m.print("pr report");
    String whole = PullRequestMarkdown.render(r, Lang.VI);
    String comment = PullRequestMarkdown.comment(whole, Lang.VI);
    System.out.printf(
        "rank moves %,d · problems %,d · criteria lines %,d · report %,d characters · comment %,d"
            + " characters%s%n",
        r.rankMoves().size(),
        r.diagnostics().size(),
        r.criteria().size(),
        whole.length(),
        comment.length(),
        comment.equals(whole) ? " (the whole report)" : " (cut)");
  }

  /**
   * The rank-interval analysis alone ({@link RankIntervals}, 1,000 draws), cohort by cohort
   * (framework and period), {@code runs} times in one JVM (run 1 = cold), with each cohort's size
   * and how many of its units' intervals are wider than one rank; then the digit tests ({@link
   * IntegritySignals}) of every unit and cohort.
   */
  static void intervals(Path repo, int runs) {
    PipelineResult r = pipeline(repo, System.out::println).check();
    RankIntervals analysis = RankIntervals.builder().build();
    java.util.Map<CohortKey, List<Long>> walls = new java.util.TreeMap<>();
    for (int run = 1; run <= runs; run++) {
      for (CohortKey cohort : r.accepted().cohorts().keySet()) {
        List<org.opendti.score.UnitScore> scores =
            r.scores().stream().filter(s -> s.key().cohort().equals(cohort)).toList();
        List<org.opendti.rank.Ranking> tables =
            r.rankings().stream().filter(t -> t.cohort().equals(cohort)).toList();
        Measure m = Measure.start();
        List<CohortIntervals> all =
            analysis.analyse(r.accepted(), scores, tables, ArrivalTimes.none(), List.of());
        walls
            .computeIfAbsent(cohort, k -> new ArrayList<>())
            .add(
                m.print(
                    "rank intervals run "
                        + run
                        + " "
                        + cohort.framework()
                        + " "
                        + cohort.period()
                        + " ("
                        + scores.size()
                        + " units)"));
        if (run == 1) {
          all.forEach(EndToEnd::describe);
        }
      }
    }
    walls.forEach(
        (cohort, w) ->
            System.out.printf(
                "rank intervals %s %s: median %d ms%n",
                cohort.framework(), cohort.period(), median(w)));
    Measure m = Measure.start();
    new IntegritySignals().check(r.accepted(), r.scores());
    m.print("digit tests of every unit and cohort");
  }

  /**
   * The Monte-Carlo error of the default 1,000 draws: the analysis with seeds 1 to {@code seeds}
   * against one with {@code referenceDraws} draws (seed 999), bound by bound.
   */
  static void draws(Path repo, int referenceDraws, int seeds) {
    PipelineResult r = pipeline(repo, BuildListener.SILENT).check();
    List<CohortIntervals> ref =
        RankIntervals.builder()
            .draws(referenceDraws)
            .seed(999)
            .build()
            .analyse(r.accepted(), r.scores(), r.rankings(), ArrivalTimes.none(), List.of());
    for (long seed = 1; seed <= seeds; seed++) {
      List<CohortIntervals> got =
          RankIntervals.builder()
              .seed(seed)
              .build()
              .analyse(r.accepted(), r.scores(), r.rankings(), ArrivalTimes.none(), List.of());
      long entries = 0;
      long same = 0;
      long byOne = 0;
      long offsets = 0;
      long widths = 0;
      int max = 0;
      List<Double> relative = new ArrayList<>();
      for (int c = 0; c < got.size(); c++) {
        for (int t = 0; t < got.get(c).tables().size(); t++) {
          List<RankInterval> a = got.get(c).tables().get(t).entries();
          List<RankInterval> b = ref.get(c).tables().get(t).entries();
          for (int j = 0; j < a.size(); j++) {
            int off =
                Math.max(
                    Math.abs(a.get(j).low() - b.get(j).low()),
                    Math.abs(a.get(j).high() - b.get(j).high()));
            int width = b.get(j).high() - b.get(j).low();
            entries++;
            same += off == 0 ? 1 : 0;
            byOne += off == 1 ? 1 : 0;
            offsets += off;
            widths += width;
            max = Math.max(max, off);
            if (width > 0) {
              relative.add((double) off / width);
            }
          }
        }
      }
      Collections.sort(relative);
      System.out.printf(
          "seed %d against %d draws: %d entries, %d with identical bounds, %d off by one rank,"
              + " %d by more (max %d, mean %.2f ranks); mean reference width %.2f ranks;"
              + " offset / width 95th percentile %.3f%n",
          seed,
          referenceDraws,
          entries,
          same,
          byOne,
          entries - same - byOne,
          max,
          (double) offsets / entries,
          (double) widths / entries,
          relative.isEmpty() ? 0.0 : relative.get((int) (relative.size() * 0.95)));
    }
  }

  private static void describe(CohortIntervals c) {
    long units = 0;
    long wider = 0;
    long width = 0;
    for (TableIntervals t : c.tables()) {
      for (RankInterval e : t.entries()) {
        units++;
        wider += e.collapsed() ? 0 : 1;
        width += e.high() - e.low();
      }
    }
    System.out.printf(
        "  %d table(s), %d entries, %d draws, varied %s; %d wider than one rank, mean width %.2f"
            + " ranks%n",
        c.tables().size(),
        units,
        c.draws(),
        c.varied(),
        wider,
        units == 0 ? 0.0 : (double) width / units);
  }

  /** -Dopendti.pagePeriods=N: pages for each framework's latest N periods only (default all). */
  private static Pipeline pipeline(Path repo, BuildListener listener) {
    return Pipeline.builder()
        .repositoryRoot(repo)
        .listener(listener)
        .pagePeriods(Integer.getInteger("opendti.pagePeriods", 0))
        .build();
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The process's peak resident set, from /proc (Linux); "n/a" elsewhere. */
  static String vmHwm() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> l.substring(6).trim())
          .findFirst()
          .orElse("n/a");
    } catch (IOException e) {
      return "n/a";
    }
  }

  /** Wall and process CPU time since start, and the heap's peak since start. */
  record Measure(long wall, long cpu) {
    static Measure start() {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      return new Measure(System.nanoTime(), cpuNanos());
    }

    /** Prints the line and returns the wall time in ms. */
    long print(String what) {
      long wallMs = (System.nanoTime() - wall) / 1_000_000;
      long cpuMs = (cpuNanos() - cpu) / 1_000_000;
      long peak =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .mapToLong(p -> p.getPeakUsage().getUsed())
              .sum();
      System.out.printf(
          "%s: wall %d ms, cpu %d ms, peak heap %d MB%n", what, wallMs, cpuMs, peak >> 20);
      return wallMs;
    }

    private static long cpuNanos() {
      var os = ManagementFactory.getOperatingSystemMXBean();
      return os instanceof com.sun.management.OperatingSystemMXBean sun
          ? sun.getProcessCpuTime()
          : 0;
    }
  }
}
