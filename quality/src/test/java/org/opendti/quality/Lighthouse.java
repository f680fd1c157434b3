package org.opendti.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lighthouse's command line (npm {@code lighthouse}, pinned in {@code quality/src/npm}) driving
 * Debian's Chromium, with its default mobile settings but for the CPU slowdown, which the caller
 * chooses (see {@link #calibratedSlowdown}).
 */
final class Lighthouse {

  static final List<String> CATEGORIES =
      List.of("performance", "accessibility", "best-practices", "seo");

  /** Lighthouse's default CPU slowdown: a fast desktop made into a mid-tier phone. */
  static final double DEFAULT_SLOWDOWN = 4;

  private Lighthouse() {}

  /**
   * One run's outcome.
   *
   * @param scores category id → score as Lighthouse shows it (0–100)
   * @param failed every audit that counts towards a category and did not pass, with its details
   * @param benchmarkIndex the host's CPU power as Lighthouse measured it during the run
   * @param slowdown the CPU slowdown the run simulated
   */
  record Result(
      Map<String, Integer> scores,
      List<Failed> failed,
      double benchmarkIndex,
      double slowdown,
      JsonNode report) {

    int score(String category) {
      return scores.getOrDefault(category, -1);
    }

    /** Failed audits of one category. */
    List<Failed> failed(String category) {
      return failed.stream().filter(f -> f.category().equals(category)).toList();
    }
  }

  /** An audit that failed: where it counts, its id, score and what Lighthouse says. */
  record Failed(String category, String id, double score, String detail) {
    @Override
    public String toString() {
      return category + "/" + id + " " + score + " " + detail;
    }
  }

  /** The command of a run; {@code flags} are further options of Lighthouse's. */
  static List<String> command(
      String url, double slowdown, Path json, List<String> categories, List<String> flags) {
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            "node",
            NpmTools.lighthouse().toString(),
            url,
            "--quiet",
            "--output=json",
            "--output-path=" + json,
            "--only-categories=" + String.join(",", categories),
            "--chrome-flags=--headless --no-sandbox --disable-gpu",
            "--throttling.cpuSlowdownMultiplier=" + format(slowdown)));
    cmd.addAll(flags);
    return cmd;
  }

  /** Runs Lighthouse on {@code url}; the JSON report goes to {@code json}. */
  static Result run(
      String url, double slowdown, Path json, List<String> categories, List<String> flags)
      throws IOException, InterruptedException {
    Path log = json.resolveSibling(json.getFileName() + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command(url, slowdown, json, categories, flags))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("CHROME_PATH", Browsers.CHROMIUM.toString());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("Lighthouse took more than 5 minutes on " + url);
    }
    if (p.exitValue() != 0 || !Files.isRegularFile(json)) {
      throw new AssertionError(
          "Lighthouse failed on "
              + url
              + " (exit "
              + p.exitValue()
              + "): "
              + Files.readString(log));
    }
    return parse(new ObjectMapper().readTree(json.toFile()), slowdown);
  }

  static Result parse(JsonNode report, double slowdown) {
    if (report.hasNonNull("runtimeError")) {
      throw new AssertionError("Lighthouse: " + report.get("runtimeError"));
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    List<Failed> failed = new ArrayList<>();
    report
        .path("categories")
        .properties()
        .forEach(
            c -> {
              JsonNode score = c.getValue().path("score");
              scores.put(
                  c.getKey(), score.isNumber() ? (int) Math.round(score.asDouble() * 100) : -1);
              for (JsonNode ref : c.getValue().path("auditRefs")) {
                JsonNode audit = report.path("audits").path(ref.path("id").asText());
                if (ref.path("weight").asDouble() > 0
                    && audit.path("score").isNumber()
                    && audit.path("score").asDouble() < 1) {
                  failed.add(
                      new Failed(
                          c.getKey(),
                          audit.path("id").asText(),
                          audit.path("score").asDouble(),
                          detail(audit)));
                }
              }
            });
    return new Result(
        scores,
        failed,
        report.path("environment").path("benchmarkIndex").asDouble(),
        slowdown,
        report);
  }

  private static String detail(JsonNode audit) {
    String shown = audit.path("displayValue").asText("");
    JsonNode items = audit.path("details").path("items");
    String first = items.isArray() && !items.isEmpty() ? items.get(0).toString() : "";
    String text =
        (shown + " " + (first.length() > 300 ? first.substring(0, 300) + "…" : first)).strip();
    return text.isEmpty() ? audit.path("title").asText() : text;
  }

  /**
   * The CPU slowdown that makes this host a mid-tier phone, from its benchmark index, by the table
   * of Lighthouse's CPU throttling calculator (docs/throttling.md, "Calibrating the CPU slowdown"):
   * 1300 → 3×, 1533 → 4×, 800 → 2×, 150 → 1×; never more than the default 4×.
   */
  static double calibratedSlowdown(double benchmarkIndex) {
    double m;
    if (benchmarkIndex >= 1300) {
      m = 3 + (benchmarkIndex - 1300) / 233;
    } else if (benchmarkIndex >= 800) {
      m = 2 + (benchmarkIndex - 800) / 500;
    } else if (benchmarkIndex >= 150) {
      m = 1 + (benchmarkIndex - 150) / 650;
    } else {
      m = 1;
    }
    return Math.round(Math.min(DEFAULT_SLOWDOWN, m) * 10) / 10.0;
  }

  static String format(double slowdown) {
    return slowdown == Math.rint(slowdown)
        ? Long.toString((long) slowdown)
        : String.format(Locale.ROOT, "%.1f", slowdown);
  }
}
