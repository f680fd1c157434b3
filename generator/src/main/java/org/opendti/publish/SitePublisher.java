package org.opendti.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.opendti.render.RenderedSite;

/**
 * Writes a {@link RenderedSite} to an output folder so that readers see either the old site or the
 * new one, never a mix: everything is written to a sibling temporary folder first, then the old
 * folder is renamed away, the new one renamed in, and the old one deleted. On any failure the
 * previous site stays in place and the temporary folder is removed.
 *
 * <pre>{@code
 * new SitePublisher().publish(site, Path.of("target/site"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; two publishers must not target the same folder at once.
 */
public final class SitePublisher {

  /**
   * Publishes {@code site} into {@code outputDir}, replacing its previous content.
   *
   * @throws IOException if writing or swapping fails; {@code outputDir} is then unchanged
   */
  public void publish(RenderedSite site, Path outputDir) throws IOException {
    Path target = outputDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("Cannot publish to a file-system root: " + target);
    }
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
    try {
      site.writeTo(fresh);
      swap(fresh, target, parent, name);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(fresh, e);
      throw e;
    }
  }

  /** Old away, new in, old deleted; if the new one cannot move in, the old one moves back. */
  private static void swap(Path fresh, Path target, Path parent, String name) throws IOException {
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

  private static void deleteQuietly(Path dir, Exception cause) {
    try {
      if (Files.exists(dir)) {
        deleteTree(dir);
      }
    } catch (IOException | UncheckedIOException e) {
      cause.addSuppressed(e);
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
