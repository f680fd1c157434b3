package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;

/**
 * Lighthouse 12 with Debian's Chromium on one page of every kind, in both languages: 100 in
 * performance, accessibility, best practices and SEO. The site is built with its own loopback
 * address as base URL, as the publish workflow builds it with the Pages address, so the pages carry
 * their absolute language alternates.
 *
 * <p>One exception, outside the project: a 404 page at an address that does not exist is served
 * with status 404. Lighthouse refuses to audit such a response unless told {@code
 * --ignore-status-code}, and then fails {@code http-status-code} (SEO) and, through the browser's
 * own "Failed to load resource" message about the 404, {@code errors-in-console} (best practices).
 * That run must fail exactly those two and pass everything else; the 404 page itself is also run at
 * {@code /404.html}, where it must score 100 everywhere. docs/lighthouse.md explains it.
 *
 * <p>Performance is measured on a shared CPU: a page below 100 gets more performance runs (up to
 * {@value #RUNS} in all, the best kept), each with the CPU slowdown that Lighthouse's calibration
 * table gives for the benchmark index the run before measured. The table of scores, with each
 * page's runs, slowdown and index, goes to {@code target/lighthouse/lighthouse.md}, and with {@code
 * -Dopendti.docsLighthouse=true} into docs/lighthouse.md between its markers.
 */
class LighthouseTest {

  private static final int RUNS = 8;

  private static final String BEGIN = "<!-- lighthouse-scores:begin -->";
  private static final String END = "<!-- lighthouse-scores:end -->";
  private static final String MISSING = "khong-co-trang-nay/trang.html";

  /**
   * A row of the table.
   *
   * @param all the first run, of all four categories
   * @param performance the run with the best performance score (may be {@code all})
   * @param runs how many runs it took
   */
  private record Row(
      String kind,
      String lang,
      String path,
      Lighthouse.Result all,
      Lighthouse.Result performance,
      int runs) {

    Lighthouse.Result run(String category) {
      return "performance".equals(category) ? performance : all;
    }
  }

  @Test
  void everyPageKindScores100InAllFourCategories() throws Exception {
    Path out = Files.createDirectories(Path.of("target", "lighthouse").toAbsolutePath());
    Path site = out.resolve("site");
    List<Row> rows = new ArrayList<>();
    try (StaticServer server = new StaticServer(site)) {
      Pipeline.builder()
          .repositoryRoot(Sites.repositoryRoot())
          .baseUrl(server.base())
          .build()
          .publish(site);
      // -Dopendti.lighthouseKinds=form,scorecard measures only those page kinds (while working
      // on them); the whole run, without it, is what the build checks.
      String only = System.getProperty("opendti.lighthouseKinds", "");
      for (PageKind kind : PageKind.all(site)) {
        if (!only.isBlank() && !List.of(only.split(",")).contains(kind.name())) {
          continue;
        }
        for (String lang : List.of("vi", "en")) {
          rows.add(measure(server, out, kind.name(), lang, kind.path(lang), List.of()));
        }
      }
      rows.add(measure(server, out, "404-missing", "vi", MISSING, List.of("--ignore-status-code")));
    }
    String table = table(rows);
    Files.writeString(out.resolve("lighthouse.md"), table, StandardCharsets.UTF_8);
    System.out.print(table);
    if (Boolean.getBoolean("opendti.docsLighthouse")) {
      writeDocs(table);
    }
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      for (String category : Lighthouse.CATEGORIES) {
        problems.addAll(problems(row, category));
      }
    }
    assertThat(problems).as("Lighthouse categories below 100").isEmpty();
  }

  /**
   * What keeps a category of a row from 100: its score, and for the categories whose audits pass or
   * fail (all but performance, where a metric at 0.99 still makes 100) any failed audit. On the
   * missing address, the two failures a 404 status causes are expected.
   */
  private static List<String> problems(Row row, String category) {
    Lighthouse.Result r = row.run(category);
    List<Lighthouse.Failed> failed = r.failed(category);
    boolean performance = "performance".equals(category);
    if (row.kind().equals("404-missing")) {
      failed = failed.stream().filter(f -> !causedByTheStatus(f, r.report())).toList();
      if (!performance && failed.isEmpty()) {
        return List.of();
      }
    }
    if (r.score(category) == 100 && (performance || failed.isEmpty())) {
      return List.of();
    }
    String where =
        performance
            ? String.format(
                Locale.ROOT,
                " (best of %d runs: CPU ×%s, benchmark index %d)",
                row.runs(),
                Lighthouse.format(r.slowdown()),
                Math.round(r.benchmarkIndex()))
            : "";
    return List.of(row.path() + ": " + category + " " + r.score(category) + " " + failed + where);
  }

  /**
   * Whether a failed audit is one a 404 status causes by itself: the status, or the browser's
   * console message about the document's own 404 and nothing else.
   */
  private static boolean causedByTheStatus(Lighthouse.Failed f, JsonNode report) {
    if (f.id().equals("http-status-code")) {
      return true;
    }
    if (!f.id().equals("errors-in-console")) {
      return false;
    }
    for (JsonNode item :
        report.path("audits").path("errors-in-console").path("details").path("items")) {
      String url = item.path("sourceLocation").path("url").asText(item.path("url").asText());
      if (!url.endsWith("/" + MISSING) || !item.path("description").asText().contains("404")) {
        return false;
      }
    }
    return true;
  }

  /**
   * One page: a run of all four categories at the default slowdown, then, while performance is
   * below 100, performance runs with the slowdown calibrated to the last run's benchmark index.
   */
  private static Row measure(
      StaticServer server, Path out, String kind, String lang, String path, List<String> flags)
      throws Exception {
    Path reports = Files.createDirectories(out.resolve("reports"));
    String url = server.base() + path;
    String name = path.replace('/', '_');
    Lighthouse.Result all =
        Lighthouse.run(
            url,
            Lighthouse.DEFAULT_SLOWDOWN,
            reports.resolve(name + "-1.json"),
            Lighthouse.CATEGORIES,
            flags);
    Lighthouse.Result best = all;
    Lighthouse.Result last = all;
    int runs = 1;
    while (best.score("performance") < 100 && runs < RUNS) {
      runs++;
      last =
          Lighthouse.run(
              url,
              Lighthouse.calibratedSlowdown(last.benchmarkIndex()),
              reports.resolve(name + "-" + runs + ".json"),
              List.of("performance"),
              flags);
      if (last.score("performance") > best.score("performance")) {
        best = last;
      }
    }
    return new Row(kind, lang, path, all, best, runs);
  }

  private static String table(List<Row> rows) {
    StringBuilder md =
        new StringBuilder(
            "| page kind | language | page | performance | accessibility | best practices | SEO |"
                + " runs | CPU slowdown | benchmark index |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | `%s` | %d | %d | %d | %d | %d | %s× | %d |%n",
              row.kind(),
              row.lang(),
              row.path(),
              row.performance().score("performance"),
              row.all().score("accessibility"),
              row.all().score("best-practices"),
              row.all().score("seo"),
              row.runs(),
              Lighthouse.format(row.performance().slowdown()),
              Math.round(row.performance().benchmarkIndex())));
    }
    return md.toString();
  }

  private static void writeDocs(String table) throws IOException {
    Path doc = Sites.repositoryRoot().resolve("docs/lighthouse.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    assertThat(from).as("%s in %s", BEGIN, doc).isNotNegative();
    assertThat(to).as("%s in %s", END, doc).isGreaterThan(from);
    Files.writeString(
        doc,
        text.substring(0, from + BEGIN.length()) + "\n" + table + text.substring(to),
        StandardCharsets.UTF_8);
  }

  /** The harness can fail: a page without language, title or description loses points. */
  @Test
  void aPageWithFaultsScoresBelow100(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("index.html"),
        "<!DOCTYPE html><html><head><meta name=viewport content='width=device-width'></head>"
            + "<body><img src=x.png></body></html>",
        StandardCharsets.UTF_8);
    try (StaticServer server = new StaticServer(dir)) {
      Lighthouse.Result r =
          Lighthouse.run(
              server.base() + "index.html",
              Lighthouse.DEFAULT_SLOWDOWN,
              dir.resolve("report.json"),
              List.of("accessibility", "seo"),
              List.of());
      assertThat(r.score("accessibility")).isLessThan(100);
      assertThat(r.score("seo")).isLessThan(100);
      assertThat(r.failed())
          .extracting(Lighthouse.Failed::id)
          .contains("html-has-lang", "document-title", "image-alt", "meta-description");
    }
  }
}
