package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated page (and the stylesheet) passes the Nu HTML checker with zero errors. The
 * checker runs in a forked JVM ({@code java -jar vnu.jar --errors-only --format json}) over all
 * files at once; each error is reported with its page, line and column.
 */
class HtmlValidityTest {

  @Test
  void everyPageOfTheSiteIsValidHtml() throws Exception {
    // The output path links to the published version folder; the walk starts where it points.
    Path site = Sites.site().toRealPath();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(site)) {
      s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css"))
          .sorted()
          .forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(10);
    List<String> errors = check(site, files);
    System.out.printf("Nu HTML checker: %d file(s), %d error(s)%n", files.size(), errors.size());
    assertThat(errors).as("Nu HTML checker errors (page:line:column: message)").isEmpty();
  }

  /** The check can fail: a page with real errors is reported with its line. */
  @Test
  void brokenPageIsReported(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><title>x</title></head>\n"
            + "<body><p><div>nested</div></p><img src=\"a.png\"></body></html>\n",
        StandardCharsets.UTF_8);
    Path css = dir.resolve("broken.css");
    Files.writeString(css, "p {\n  colour: red;\n}\n", StandardCharsets.UTF_8);
    List<String> errors = check(dir, List.of(page, css));
    assertThat(errors).anyMatch(e -> e.startsWith("broken.css:2:"));
    assertThat(errors)
        .isNotEmpty()
        .anyMatch(e -> e.startsWith("broken.html:3:") && e.contains("“alt”"));
  }

  /**
   * Checks HTML files and stylesheets in separate runs: with {@code --also-check-css} the checker
   * reports HTML line numbers one too low, so stylesheets get {@code --css} on their own.
   */
  static List<String> check(Path base, List<Path> files) throws IOException, InterruptedException {
    List<Path> css = files.stream().filter(f -> f.toString().endsWith(".css")).toList();
    List<Path> html = files.stream().filter(f -> !f.toString().endsWith(".css")).toList();
    List<String> out = new ArrayList<>();
    if (!html.isEmpty()) {
      out.addAll(run(base, html, List.of()));
    }
    if (!css.isEmpty()) {
      out.addAll(run(base, css, List.of("--css")));
    }
    return out;
  }

  private static List<String> run(Path base, List<Path> files, List<String> flags)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xss16m");
    cmd.add("-jar");
    cmd.add(NpmTools.vnuJar().toString());
    cmd.add("--errors-only");
    cmd.addAll(flags);
    cmd.add("--format");
    cmd.add("json");
    files.forEach(f -> cmd.add(f.toString()));
    Path report = Files.createTempFile("vnu", ".json");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectError(report.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("vnu took more than 10 minutes");
      }
      JsonNode json = new ObjectMapper().readTree(report.toFile());
      List<String> out = new ArrayList<>();
      for (JsonNode m : json.path("messages")) {
        if (!"error".equals(m.path("type").asText())
            && !"non-document-error".equals(m.path("type").asText())) {
          continue;
        }
        String url = m.path("url").asText();
        String where =
            url.isEmpty() ? "?" : base.toUri().relativize(java.net.URI.create(url)).toString();
        out.add(
            where
                + ":"
                + m.path("lastLine").asInt()
                + ":"
                + m.path("firstColumn").asInt()
                + ": "
                + m.path("message").asText()
                + " ["
                + m.path("extract").asText().strip()
                + "]");
      }
      return out;
    } finally {
      Files.deleteIfExists(report);
    }
  }
}
