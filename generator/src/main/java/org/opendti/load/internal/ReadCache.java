package org.opendti.load.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendti.load.FileKind;
import org.opendti.load.KeptBytes;
import org.opendti.load.internal.ModelCodec.Entry;

/**
 * The submissions and reviews the last whole load accepted, kept between builds (issue #17, target
 * 3): a file whose bytes are those it was read from last time is taken from here instead of being
 * parsed, checked against its schema and mapped again, which were most of a 10,000-unit rebuild's
 * load. Kept in {@code <dir>/loaded.bin}, the render cache's folder.
 *
 * <p><b>When an entry is used.</b> The file starts with a key: the SHA-256 of the running tool's
 * version (a digest of its code), this file's format, and the path and bytes of every registry,
 * framework and policy file the load read before the submissions (a framework types its
 * submissions' values). Another key discards the whole file, and so does a CRC-32C at its end that
 * does not match what precedes it. Within it, an entry is used for the file at its path whose bytes
 * have its content id (their SHA-256, computed afresh from the bytes read now), or, in a Git work
 * tree, whose Git blob id is the one the index gives for a file it says is unchanged ({@code
 * IndexedBlobs}: the file is then not read at all); any other file is read as if there were no
 * cache. Only files read with no diagnostic at all are kept, so a file with a warning is read again
 * each time and gets its warnings again. What the later stages check across files (the validator,
 * duplicates) runs on every record as before. The file is rewritten only when more than a twentieth
 * of it is out of date: until then, a file changed since is read by each build as if there were no
 * cache.
 *
 * <p><b>Trust.</b> As the render cache's pages: a file with the right key is believed, not checked
 * again, so the folder must be written by this tool only ({@code target/}, or {@code actions/cache}
 * saved by the publish workflow on main, never by a pull request's job). A file that is missing,
 * truncated or not what {@link ModelCodec} writes counts as none: every file is read.
 */
public final class ReadCache {

  static final String FILE = "loaded.bin";
  private static final String FORMAT = "opendti read cache 1";

  private final Path dir;
  private final String key;
  private final Map<String, Entry> previous;
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger unread = new AtomicInteger();

  private ReadCache(Path dir, String key, Map<String, Entry> previous) {
    this.dir = dir;
    this.key = key;
    this.previous = previous;
  }

  /** Builds a cache's key from what every entry depends on. */
  public static final class Key {
    private final MessageDigest digest = sha256();

    /**
     * @param toolVersion the running tool's version: a digest of its code
     */
    public Key(String toolVersion) {
      string(FORMAT);
      string(toolVersion);
    }

    /** Adds a file the submissions depend on; {@code bytes} null: it could not be read. */
    public Key file(String path, byte[] bytes) {
      string(path);
      if (bytes == null) {
        digest.update((byte) 0);
      } else {
        digest.update((byte) 1);
        string(Integer.toString(bytes.length));
        digest.update(bytes);
      }
      return this;
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }

    private void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(b);
    }
  }

  /**
   * The cache kept in {@code dir}: its entries if it was written under {@code key}, else none.
   * Records read back share texts, numbers and dates through {@code pool}.
   */
  static ReadCache open(Path dir, Key key, StringPool pool) {
    String hex = key.hex();
    return new ReadCache(dir, hex, read(dir.resolve(FILE), hex, pool));
  }

  private static Map<String, Entry> read(Path file, String key, StringPool pool) {
    Optional<KeptBytes.Input> body = KeptBytes.read(file, header(key));
    if (body.isEmpty()) {
      return Map.of();
    }
    Map<String, Entry> entries = new HashMap<>();
    try {
      ModelCodec.Reader reader = new ModelCodec.Reader(body.get(), pool);
      for (Entry e = reader.next(); e != null; e = reader.next()) {
        if (e.file() == null || e.contentId() == null) {
          return Map.of(); // the writer writes both for every entry
        }
        entries.put(e.file(), e);
      }
      if (!reader.atEnd()) {
        return Map.of();
      }
    } catch (RuntimeException notWhatTheWriterWrote) {
      return Map.of();
    }
    return entries;
  }

  private static String header(String key) {
    return FORMAT + "\n" + key + "\n";
  }

  /**
   * What the last load read from {@code file} as a {@code kind}, if these are the same bytes
   * ({@code contentId}, their SHA-256); null otherwise. Thread-safe.
   */
  Entry find(String file, FileKind kind, String contentId) {
    return take(file, kind, e -> e.contentId().equals(contentId), false);
  }

  /**
   * What the last load read from {@code file} as a {@code kind}, if its bytes had the Git blob id
   * {@code blob}, so that the file need not be read; null otherwise. Thread-safe.
   */
  Entry findUnread(String file, FileKind kind, String blob) {
    return take(file, kind, e -> blob.equals(e.blobId()), true);
  }

  private Entry take(
      String file, FileKind kind, java.util.function.Predicate<Entry> same, boolean unreadToo) {
    Entry e = previous.get(file);
    if (e == null
        || !same.test(e)
        || (kind == FileKind.SUBMISSION ? e.submission() : e.review()) == null) {
      return null;
    }
    reused.incrementAndGet();
    if (unreadToo) {
      unread.incrementAndGet();
    }
    return e;
  }

  /** Of the files taken from the cache, those not read at all. */
  public int unread() {
    return unread.get();
  }

  /** Files taken from the cache so far. */
  public int reused() {
    return reused.get();
  }

  /** Entries the cache held when opened. */
  public int kept() {
    return previous.size();
  }

  /**
   * Replaces the cache with {@code accepted}, in the order given (the load's path order), when that
   * pays ({@link #worthRewriting}): written beside it and moved into place, so a build that stops
   * halfway leaves the last one whole. An entry the codec cannot write exactly is left out.
   */
  void save(List<LoadSession.FileResult> accepted) {
    if (!worthRewriting(accepted)) {
      return;
    }
    KeptBytes.write(
        dir,
        FILE,
        header(key),
        out -> {
          ModelCodec.Writer w = new ModelCodec.Writer(out);
          for (LoadSession.FileResult r : accepted) {
            try {
              if (r.submission() != null) {
                w.submission(r.contentId(), r.blobId(), r.submission());
              } else {
                w.review(r.contentId(), r.blobId(), r.review());
              }
            } catch (ModelCodec.Unencodable e) {
              // read again next time
            }
          }
          w.finish();
        });
  }

  /**
   * Whether rewriting the file pays: more than a twentieth of the records accepted now are not in
   * it as this load took them (new, changed, or without the blob id this load has), or more than a
   * twentieth of its entries were not used. Until then the few files changed since are read again
   * by each build, which costs far less than rewriting the whole file for each merged change (a
   * second of a 10,000-unit rebuild).
   */
  private boolean worthRewriting(List<LoadSession.FileResult> accepted) {
    int missing = 0;
    int used = 0;
    for (LoadSession.FileResult r : accepted) {
      Entry e = previous.get(r.file());
      if (e == null
          || e.submission() != r.submission()
          || e.review() != r.review()
          || !java.util.Objects.equals(e.blobId(), r.blobId())) {
        missing++;
      } else {
        used++;
      }
    }
    int limit = accepted.size() / 20;
    return missing > limit || previous.size() - used > limit;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
