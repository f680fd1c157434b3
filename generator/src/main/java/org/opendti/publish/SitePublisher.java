package org.opendti.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendti.diagnostic.BuildListener;
import org.opendti.diagnostic.Text;
import org.opendti.render.RenderedSite;
import org.opendti.render.SiteSink;

/**
 * Writes a {@link RenderedSite} to an output folder so that readers see either the old site or the
 * new one, never a mix and never nothing: the output path is a symbolic link to a version folder
 * beside it ({@code public → .public.v7}); the new version is written completely into {@code
 * .public.v8}, then a new link renamed over the output path in one atomic rename ({@code
 * SiteVersions}). On any failure the previous site stays in place and the new folder is removed;
 * what a killed publish leaves beside the site is removed by the next one. Where the file system
 * has no symbolic links (Windows), the output path is a plain folder swapped by two renames.
 *
 * <p>Only files whose bytes changed are written: a file identical to the one already published
 * (same size, same bytes) is hard-linked from the old tree into the new one (copied where the file
 * system has no hard links), so a rebuild after one changed submission writes a handful of pages
 * and keeps the others' modification times, which incremental uploads (rsync, object stores) rely
 * on. A file the render cache found unchanged ({@link Session#reuse}) is linked without being read
 * or compared. Files are compared and written in parallel.
 *
 * <pre>{@code
 * PublishResult r = new SitePublisher().publish(site, Path.of("target/site"));
 * System.out.println(r.written() + " written, " + r.unchanged() + " unchanged");
 * }</pre>
 *
 * <p>Stateless and thread-safe; two publishers must not target the same folder at once.
 */
public final class SitePublisher {

  /** Progress is reported about this often (files). */
  private static final int REPORT_EVERY = 5_000;

  /**
   * Files compared and written in parallel at once; bounds the bytes held (kept small for the same
   * reason as the renderer's chunk: pages waiting here should die young).
   */
  private static final int BATCH = 250;

  /**
   * Bytes held before a batch is written even if it has fewer than {@link #BATCH} files. The data
   * files come one after another at the end of a render, several megabytes each at 10,000 units (a
   * period's {@code insights.json} is 27 MB): 250 of them would all be held at once, over 100 MB at
   * the heap's peak, which the heap then grows by two and a half times (issue #17's memory target).
   */
  static final long BATCH_BYTES = 8L << 20;

  private final BuildListener listener;

  /** A publisher that reports nothing. */
  public SitePublisher() {
    this(BuildListener.SILENT);
  }

  /** A publisher that reports files written so far, every few thousand files. */
  public SitePublisher(BuildListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * What a publish did.
   *
   * @param written files whose bytes were new or changed
   * @param unchanged files identical to the previous site's, linked or copied without rewriting
   * @param removed files of the previous site that are no longer part of it
   */
  public record PublishResult(int written, int unchanged, int removed) {}

  /**
   * Publishes {@code site} into {@code outputDir}, replacing its previous content.
   *
   * @throws IOException if writing or swapping fails; {@code outputDir} is then unchanged
   */
  public PublishResult publish(RenderedSite site, Path outputDir) throws IOException {
    try (Session session = begin(outputDir)) {
      for (Map.Entry<String, byte[]> e : site.files().entrySet()) {
        session.add(e.getKey(), e.getValue());
      }
      return session.commit();
    }
  }

  /**
   * Starts publishing into {@code outputDir} file by file, e.g. straight from {@link
   * org.opendti.render.SiteRenderer#render(org.opendti.render.SiteInput, SiteSink)}: nothing is
   * visible in {@code outputDir} until {@link Session#commit()}; closing an uncommitted session (a
   * failed render) deletes what was written and leaves the previous site as it was.
   *
   * <pre>{@code
   * try (SitePublisher.Session s = publisher.begin(out)) {
   *   renderer.render(input, s);
   *   s.commit();
   * }
   * }</pre>
   */
  public Session begin(Path outputDir) throws IOException {
    Path target = outputDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("Cannot publish to a file-system root: " + target);
    }
    Files.createDirectories(parent);
    SiteVersions versions = new SiteVersions(target);
    Path current = versions.current();
    versions.removeStale(current);
    Path previous =
        current != null
            ? current
            : Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : null;
    Path fresh = versions.create(current);
    return new Session(target, versions, previous, fresh);
  }

  /**
   * One publish in progress: files are buffered a few thousand at a time, then compared with the
   * previous site and written (or linked) in parallel. Used from one thread.
   */
  public final class Session implements SiteSink, AutoCloseable {
    private final Path target;
    private final SiteVersions versions;
    private final Path previous;
    private final Path fresh;
    private final Set<String> paths = new HashSet<>();
    private final Set<String> folders = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private long pendingBytes;
    private final AtomicInteger written = new AtomicInteger();
    private int done;
    private boolean open = true;

    private Session(Path target, SiteVersions versions, Path previous, Path fresh) {
      this.target = target;
      this.versions = versions;
      this.previous = previous;
      this.fresh = fresh;
    }

    /**
     * Adds one file.
     *
     * @throws IllegalArgumentException for an unsafe or duplicate path
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void add(String path, byte[] bytes) {
      queue(new Pending(path, Objects.requireNonNull(bytes, "bytes"), null));
    }

    /**
     * Adds one file as the previous site's file {@code previous}, hard-linked (or copied with its
     * modification time) into the new version without reading or comparing it: the caller (the
     * render cache) vouches that its bytes are the ones wanted. Counted as unchanged.
     *
     * @throws IllegalArgumentException for an unsafe or duplicate path
     * @throws UncheckedIOException if linking or copying fails
     */
    @Override
    public void reuse(String path, Path previous) {
      queue(new Pending(path, null, Objects.requireNonNull(previous, "previous")));
    }

    /** The file of the new version that holds {@code path}, once what is pending is written. */
    @Override
    public Path stored(String path) {
      if (!open) {
        throw new IllegalStateException("Session already committed or closed");
      }
      if (!paths.contains(path)) {
        return null;
      }
      if (!pending.isEmpty()) {
        try {
          flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return fresh.resolve(path);
    }

    private void queue(Pending file) {
      if (!open) {
        throw new IllegalStateException("Session already committed or closed");
      }
      RenderedSite.checkPath(file.path());
      if (!paths.add(file.path())) {
        throw new IllegalArgumentException("Duplicate site path: " + file.path());
      }
      pending.add(file);
      pendingBytes += file.bytes() == null ? 0 : file.bytes().length;
      if (pending.size() >= BATCH || pendingBytes >= BATCH_BYTES) {
        try {
          flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /**
     * Writes what is left and swaps the new site in.
     *
     * @throws IOException if writing or swapping fails; the output folder is then unchanged
     */
    public PublishResult commit() throws IOException {
      if (!open) {
        throw new IllegalStateException("Session already committed or closed");
      }
      flush();
      int removed = previous == null ? 0 : countRemoved(previous, paths);
      if (!(SiteVersions.linksTried(target) && versions.link(fresh))) {
        // No symbolic links here: the new folder itself replaces the old one.
        swap(fresh, target, target.getParent(), target.getFileName().toString());
      }
      open = false;
      int total = paths.size();
      return new PublishResult(written.get(), total - written.get(), removed);
    }

    /** Without a commit: deletes the files written so far; the previous site is untouched. */
    @Override
    public void close() throws IOException {
      if (open) {
        open = false;
        if (Files.exists(fresh)) {
          deleteTree(fresh);
        }
      }
    }

    private void flush() throws IOException {
      // Folders first, in order, so the parallel writes below never race to create one.
      TreeSet<String> needed = new TreeSet<>();
      for (Pending e : pending) {
        int slash = e.path().lastIndexOf('/');
        if (slash > 0 && !folders.contains(e.path().substring(0, slash))) {
          needed.add(e.path().substring(0, slash));
        }
      }
      for (String folder : needed) {
        Files.createDirectories(fresh.resolve(folder));
        folders.add(folder);
      }
      try {
        pending.parallelStream()
            .forEach(
                e -> {
                  try {
                    if (e.from() != null) {
                      link(e.from(), fresh.resolve(e.path()));
                    } else if (!linkIfSame(previous, e.path(), e.bytes(), fresh)) {
                      write(fresh.resolve(e.path()), e.bytes());
                      written.incrementAndGet();
                    }
                  } catch (IOException x) {
                    throw new UncheckedIOException(x);
                  }
                });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      int before = done;
      done += pending.size();
      pending.clear();
      pendingBytes = 0;
      if (done / REPORT_EVERY > before / REPORT_EVERY) {
        listener.progress(Text.of("progress.publishing", done, written.get()));
      }
    }
  }

  /** A file to write: its bytes, or the previous site's file to link. */
  private record Pending(String path, byte[] bytes, Path from) {}

  /** Links (or copies) the previous site's file if its bytes are exactly {@code bytes}. */
  private static boolean linkIfSame(Path previous, String path, byte[] bytes, Path dir)
      throws IOException {
    if (previous == null) {
      return false;
    }
    Path old = previous.resolve(path);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
    if (!attrs.isRegularFile() || attrs.size() != bytes.length || !sameBytes(old, bytes)) {
      return false;
    }
    link(old, dir.resolve(path));
    return true;
  }

  /**
   * Hard-links {@code old} as {@code link}; where the file system has no hard links (or across
   * devices), copies it with its modification time, which incremental uploads and the render cache
   * rely on.
   */
  private static void link(Path old, Path link) throws IOException {
    try {
      Files.createLink(link, old);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(
          old, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    byte[] buffer = new byte[Math.min(bytes.length, 64 * 1024)];
    int at = 0;
    try (InputStream in = Files.newInputStream(file)) {
      while (at < bytes.length) {
        int n = in.read(buffer, 0, Math.min(buffer.length, bytes.length - at));
        if (n < 0 || !Arrays.equals(buffer, 0, n, bytes, at, at + n)) {
          return false;
        }
        at += n;
      }
      return in.read() < 0;
    }
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes);
    }
  }

  /**
   * Files of the previous site that the new one does not have; each file's attributes are the
   * walk's, not read again.
   */
  private static int countRemoved(Path previous, Set<String> paths) throws IOException {
    try (var files = Files.find(previous, Integer.MAX_VALUE, (f, a) -> a.isRegularFile())) {
      return (int)
          files
              .map(f -> previous.relativize(f).toString().replace('\\', '/'))
              .filter(path -> !paths.contains(path))
              .count();
    }
  }

  /**
   * Old away, new in, old deleted; if the new one cannot move in, the old one moves back. Between
   * the two renames {@code target} does not exist: used only where links are not possible, and once
   * to replace a plain folder by the link.
   */
  static void swap(Path fresh, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      move(fresh, target);
      return;
    }
    Path old = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(fresh, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
