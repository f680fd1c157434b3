package org.opendti.quality;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A tiny static file server on 127.0.0.1 (random port) for the built site, the way a static host
 * serves it: {@code dir/} → {@code dir/index.html}, a missing file → {@code 404.html} with status
 * 404, and text gzip-compressed for a browser that accepts it, as GitHub Pages compresses it on the
 * fly (docs/lighthouse.md), so that Lighthouse's simulated network moves what a phone would
 * receive. Loopback only; closed by the test.
 */
final class StaticServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "csv", "text/csv; charset=utf-8",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "xml", "application/xml",
          "svg", "image/svg+xml",
          "png", "image/png",
          "txt", "text/plain; charset=utf-8");

  /** The types sent compressed: text, as GitHub Pages compresses it. */
  private static final Set<String> TEXT =
      Set.of("html", "css", "js", "json", "csv", "xml", "svg", "txt");

  private final HttpServer server;
  private final Path root;

  StaticServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Base address ending in '/'. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
      Path file = root.resolve(path.substring(1)).normalize();
      if (file.startsWith(root) && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      ex.getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
      if (TEXT.contains(ext)) {
        ex.getResponseHeaders().set("Vary", "Accept-Encoding");
        String accepted = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (body.length > 0 && accepted != null && accepted.contains("gzip")) {
          body = gzip(body);
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
      }
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
