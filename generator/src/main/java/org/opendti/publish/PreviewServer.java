package org.opendti.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UsageException;

/**
 * Serves a published site on {@code http://127.0.0.1:<port>/} and rebuilds it when its sources
 * change: a local preview for people editing criteria, units, submissions or templates.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.builder()
 *     .site(Path.of("target/public"))
 *     .watch(List.of(repo.resolve("criteria"), repo.resolve("submissions")))
 *     .rebuild(() -> pipeline.publish(Path.of("target/public")))
 *     .log(System.out::println)
 *     .build()
 *     .start()) {
 *   server.awaitStop();
 * }
 * }</pre>
 *
 * <p>It serves until {@link #close()}, or by itself for a set time ({@link Builder#stopAfter}), so
 * a script can start it, fetch pages and let it stop without Ctrl+C.
 *
 * <p>Only GET and HEAD; a path that leaves the site folder (by {@code ..} or a link) is refused; a
 * folder serves its {@code index.html}; a missing file gets the site's {@code 404.html} with status
 * 404. Bound to the loopback address only: it is a preview, not a web server.
 */
public final class PreviewServer implements AutoCloseable {

  /** Builds the site again; thrown exceptions are logged and the previous site stays served. */
  @FunctionalInterface
  public interface Rebuild {
    void run() throws Exception;
  }

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          // The forms' Excel templates and the scores' and reviewers' workbooks, as a host sends
          // them: a browser that knows the type can offer to open them in a spreadsheet.
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"));

  private final Path site;
  private final int port;
  private final List<Path> watched;
  private final Duration debounce;
  private final Duration stopAfter;
  private final Rebuild rebuild;
  private final Consumer<Text> log;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private HttpServer server;
  private ExecutorService executor;
  private SourceWatcher watcher;

  private PreviewServer(Builder b) {
    this.site = b.site.toAbsolutePath().normalize();
    this.port = b.port;
    this.watched = List.copyOf(b.watched);
    this.debounce = b.debounce;
    this.stopAfter = b.stopAfter;
    this.rebuild = b.rebuild;
    this.log = b.log;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the site once, then serves it and watches the sources; with {@link Builder#stopAfter},
   * closes itself that long after this returns.
   */
  public PreviewServer start() throws IOException {
    runRebuild(Text.of("serve.initial-build"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    executor = Executors.newFixedThreadPool(4, daemon("dti-preview-http"));
    server.setExecutor(executor);
    server.start();
    if (!watched.isEmpty()) {
      watcher =
          new SourceWatcher(
              watched, debounce, () -> runRebuild(Text.of("serve.change-detected")), log);
      Thread t = daemon("dti-preview-watch").newThread(watcher);
      t.start();
    }
    if (stopAfter.isZero()) {
      log.accept(Text.of("serve.serving", site.toString(), url().toString()));
    } else {
      log.accept(
          Text.of("serve.serving-for", site.toString(), url().toString(), format(stopAfter)));
      daemon("dti-preview-stop").newThread(this::stopWhenTimeIsUp).start();
    }
    return this;
  }

  private void stopWhenTimeIsUp() {
    try {
      if (!stopped.await(stopAfter.toMillis(), TimeUnit.MILLISECONDS)) {
        log.accept(Text.of("serve.stopping", format(stopAfter)));
        close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String format(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The address served, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * Blocks until {@link #close()} is called (e.g. by a shutdown hook on Ctrl+C) or the time set by
   * {@link Builder#stopAfter} is up.
   */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
    stopped.countDown();
  }

  private synchronized void runRebuild(Text why) {
    long start = System.nanoTime();
    try {
      rebuild.run();
      log.accept(Text.of("serve.rebuilt", why, (System.nanoTime() - start) / 1_000_000));
    } catch (Exception e) {
      // Keep serving the last good site; the message says what to fix.
      Object what = e instanceof UsageException u ? u.text() : String.valueOf(e.getMessage());
      log.accept(Text.of("serve.rebuild-failed", why, what));
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(
            ex,
            405,
            "text/plain; charset=utf-8",
            "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Path file = resolve(ex.getRequestURI());
      if (file == null) {
        send(ex, 400, "text/plain; charset=utf-8", "Bad path\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!Files.isRegularFile(file)) {
        Path notFound = site.resolve("404.html");
        byte[] body =
            Files.isRegularFile(notFound)
                ? Files.readAllBytes(notFound)
                : "Not found\n".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : TYPES.get("txt"), body);
        return;
      }
      send(ex, 200, contentType(file), Files.readAllBytes(file));
    }
  }

  /**
   * The file a request path names, or null when it would leave the site folder: {@code ..}
   * segments, encoded or not, backslashes, NUL, and links pointing outside are all refused.
   */
  Path resolve(URI uri) throws IOException {
    String raw = uri.getRawPath();
    if (raw == null || !raw.startsWith("/")) {
      return null;
    }
    String path = uri.getPath();
    if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
      return null;
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return null;
      }
    }
    Path root = site.toRealPath();
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (Files.exists(file) && !file.toRealPath().startsWith(root)) {
      return null;
    }
    return file;
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Configures a {@link PreviewServer}; {@link #site} and {@link #rebuild} are required. */
  public static final class Builder {
    private Path site;
    private int port = 8080;
    private List<Path> watched = List.of();
    private Duration debounce = Duration.ofMillis(300);
    private Duration stopAfter = Duration.ZERO;
    private Rebuild rebuild;
    private Consumer<Text> log = message -> {};

    private Builder() {}

    /** The published site folder to serve. */
    public Builder site(Path site) {
      this.site = Objects.requireNonNull(site, "site");
      return this;
    }

    /** The port on 127.0.0.1; 0 picks a free one. Default 8080. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Folders watched recursively; a change in any of them triggers a rebuild. */
    public Builder watch(List<Path> folders) {
      this.watched = List.copyOf(folders);
      return this;
    }

    /** How long the sources must stay quiet before a rebuild (an editor saves in bursts). */
    public Builder debounce(Duration debounce) {
      this.debounce = Objects.requireNonNull(debounce, "debounce");
      return this;
    }

    /**
     * Stop by itself this long after {@link PreviewServer#start()}, e.g. for a smoke test in a
     * script; {@link Duration#ZERO} (the default) serves until {@link PreviewServer#close()}.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder stopAfter(Duration stopAfter) {
      if (stopAfter.isNegative()) {
        throw new IllegalArgumentException("stopAfter must not be negative: " + stopAfter);
      }
      this.stopAfter = stopAfter;
      return this;
    }

    public Builder rebuild(Rebuild rebuild) {
      this.rebuild = Objects.requireNonNull(rebuild, "rebuild");
      return this;
    }

    /** Where the server's lines go, as texts of the catalogue for the reader's language. */
    public Builder log(Consumer<Text> log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    public PreviewServer build() {
      if (site == null || rebuild == null) {
        throw new IllegalStateException("site and rebuild are required");
      }
      if (port < 0 || port > 65535) {
        throw new UsageException(Text.of("usage.port", port));
      }
      return new PreviewServer(this);
    }
  }
}
