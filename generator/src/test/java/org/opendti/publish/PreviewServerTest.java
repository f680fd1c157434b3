package org.opendti.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;

/** A short-lived preview server on a random port, over a tiny site and a watched folder. */
class PreviewServerTest {

  @TempDir Path tmp;
  Path site;
  Path sources;
  final AtomicInteger builds = new AtomicInteger();
  final List<String> log = new CopyOnWriteArrayList<>();
  PreviewServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    site = tmp.resolve("public");
    sources = tmp.resolve("repo");
    Files.createDirectories(sources.resolve("criteria/nested"));
    Files.writeString(tmp.resolve("secret.txt"), "SECRET");
    server =
        PreviewServer.builder()
            .site(site)
            .port(0)
            .watch(List.of(sources))
            .debounce(Duration.ofMillis(100))
            .rebuild(
                () -> {
                  int n = builds.incrementAndGet();
                  Files.createDirectories(site.resolve("en/forms"));
                  Files.writeString(site.resolve("index.html"), "<p>build " + n + "</p>");
                  Files.writeString(site.resolve("en/index.html"), "<p>en</p>");
                  Files.writeString(site.resolve("site.css"), "p{}");
                  Files.writeString(site.resolve("form.js"), "'use strict';");
                  Files.writeString(site.resolve("search-index.json"), "[]");
                  Files.writeString(site.resolve("404.html"), "<p>missing</p>");
                })
            .log(m -> log.add(m.in(Lang.EN)))
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesFilesWithTheirContentTypes() throws Exception {
    assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).isEqualTo("<p>build 1</p>");
    assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(get("/en/").body()).isEqualTo("<p>en</p>");
    assertThat(get("/site.css").headers().firstValue("Content-Type"))
        .hasValue("text/css; charset=utf-8");
    assertThat(get("/form.js").headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(get("/search-index.json").headers().firstValue("Content-Type"))
        .hasValue("application/json");
  }

  @Test
  void missingFileGetsThe404Page() throws Exception {
    HttpResponse<String> r = get("/nope.html");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("<p>missing</p>");
    assertThat(get("/en/forms/").statusCode()).isEqualTo(404);
  }

  @Test
  void pathTraversalIsRefused() throws Exception {
    for (String path :
        List.of(
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/en/..%2f..%2fsecret.txt",
            "/..\\secret.txt")) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(response).as(path).doesNotContain("SECRET");
      assertThat(response).as(path).startsWith("HTTP/1.1 4");
    }
    // A link inside the site that points outside it is refused too.
    Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
    HttpResponse<String> link = get("/link.txt");
    assertThat(link.statusCode()).isEqualTo(400);
    assertThat(link.body()).doesNotContain("SECRET");
  }

  @Test
  void onlyGetAndHead() throws Exception {
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(server.url())
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void rebuildsWhenAWatchedFileChanges() throws Exception {
    assertThat(builds.get()).isEqualTo(1);
    Files.writeString(sources.resolve("criteria/nested/a.json"), "{}");
    Files.writeString(sources.resolve("criteria/nested/b.json"), "{}");
    waitFor(() -> builds.get() >= 2);
    assertThat(get("/").body()).startsWith("<p>build ");
    // A folder created after start is watched too.
    Files.createDirectories(sources.resolve("submissions/fw/2024"));
    int before = builds.get();
    Thread.sleep(400);
    Files.writeString(sources.resolve("submissions/fw/2024/u.json"), "{}");
    waitFor(() -> builds.get() > before);
    assertThat(log).anyMatch(m -> m.startsWith("Rebuilt (change detected)"));
  }

  @Test
  void stopsByItselfWhenTheTimeIsUp() throws Exception {
    List<String> timedLog = new CopyOnWriteArrayList<>();
    PreviewServer timed =
        PreviewServer.builder()
            .site(site)
            .port(0)
            .stopAfter(Duration.ofMillis(300))
            .rebuild(() -> {})
            .log(m -> timedLog.add(m.in(Lang.EN)))
            .build()
            .start();
    int port = timed.url().getPort();
    assertThat(timedLog).anyMatch(m -> m.endsWith(timed.url() + " for 300 ms (Ctrl+C to stop)"));
    assertTimeoutPreemptively(Duration.ofSeconds(15), timed::awaitStop);
    assertThat(timedLog).contains("Stopping: served for 300 ms");
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
    // Without a limit it serves on (the server of the other tests logged no time).
    assertThat(log).anyMatch(m -> m.endsWith(server.url() + " (Ctrl+C to stop)"));
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aNegativeTimeIsRefused() {
    assertThatThrownBy(() -> PreviewServer.builder().stopAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
  }

  private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(done.getAsBoolean()).as("condition within 15 s").isTrue();
  }

  private String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.url().getPort())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void contentTypeFallsBackToOctetStream() {
    assertThat(PreviewServer.contentType(Path.of("a.bin"))).isEqualTo("application/octet-stream");
    assertThat(PreviewServer.contentType(Path.of("scores.CSV")))
        .isEqualTo("text/csv; charset=utf-8");
    assertThat(PreviewServer.contentType(Path.of("scores.xlsx")))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(URI.create("http://x/").getPath()).isEqualTo("/");
  }
}
