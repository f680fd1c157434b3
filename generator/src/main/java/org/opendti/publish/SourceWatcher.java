package org.opendti.publish;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.opendti.diagnostic.Text;

/**
 * Watches folders recursively (the JDK's WatchService watches one folder at a time, so every
 * sub-folder is registered, including those created later) and calls {@code onChange} once the
 * changes have been quiet for the debounce time.
 */
final class SourceWatcher implements Runnable, AutoCloseable {

  private final WatchService service;
  private final Duration debounce;
  private final Runnable onChange;
  private final Consumer<Text> log;

  SourceWatcher(List<Path> roots, Duration debounce, Runnable onChange, Consumer<Text> log)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.debounce = debounce;
    this.onChange = onChange;
    this.log = log;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  @Override
  public void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path changed = drain(key);
        // Quiet period: keep absorbing events until none arrive for the debounce time.
        WatchKey more;
        while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          Path p = drain(more);
          changed = p == null ? changed : p;
        }
        log.accept(Text.of("serve.changed", changed == null ? "?" : changed.toString()));
        onChange.run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed: the server stopped
    }
  }

  /** Reads a key's events, registers new folders; returns the last path changed. */
  private Path drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    Path last = null;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (!(event.context() instanceof Path name)) {
        continue;
      }
      last = dir.resolve(name);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(last)) {
        try {
          registerTree(last);
        } catch (IOException e) {
          log.accept(
              Text.of("serve.cannot-watch", last.toString(), String.valueOf(e.getMessage())));
        }
      }
    }
    key.reset();
    return last;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      log.accept(Text.of("serve.cannot-close", String.valueOf(e.getMessage())));
    }
  }
}
