package org.opendti.validate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.load.KeptBytes;
import org.opendti.model.Submission;

/**
 * The submissions the last whole build found nothing to say about, kept between builds (issue #17,
 * target 3): a submission whose bytes are those it was checked with is not checked against its
 * framework and the unit registry again ({@link SubmissionValidator}), which was about 1.3 s of a
 * 10,000-unit rebuild after one merged change. Kept in {@code <dir>/checked.bin}, the render
 * cache's folder.
 *
 * <p><b>When a file is skipped.</b> The file starts with a key given by the caller: the digest of
 * the running tool's version (a digest of its code), every framework and the unit registry, which
 * are all a submission's own checks read besides the submission. Another key discards the whole
 * file, and so does a CRC-32C at its end that does not match. Within it, a submission is skipped
 * when its file's content id (the SHA-256 of its bytes) is the one kept: a submission is a function
 * of its path, its bytes and its framework. Only files without any diagnostic at all are kept, so a
 * file with a warning is checked, and warned about, every time. What is checked across files
 * (duplicates, reviews against their submissions, the access policy) runs as before.
 *
 * <p><b>Trust.</b> As the render cache's pages: a file with the right key is believed, so the
 * folder must be written by this tool only ({@code target/}, or {@code actions/cache} saved by the
 * publish workflow on main, never by a pull request's job). A file that is missing, truncated or
 * not what {@link #save} writes counts as none: every submission is checked.
 */
public final class CheckedFiles {

  static final String FILE = "checked.bin";
  private static final String FORMAT = "opendti checked files 1";

  private final Path dir;
  private final String key;
  private final ContentIds ids;
  private final Map<String, String> previous;
  private final AtomicInteger skipped = new AtomicInteger();

  private CheckedFiles(Path dir, String key, ContentIds ids, Map<String, String> previous) {
    this.dir = dir;
    this.key = key;
    this.ids = ids;
    this.previous = previous;
  }

  /**
   * The files kept in {@code dir} if they were kept under {@code key}, else none.
   *
   * @param key the digest of the running tool's version, every framework and the unit registry, in
   *     hex; empty when they could not be digested: then nothing is skipped or kept
   * @param ids the content ids of the files the dataset's submissions were read from
   */
  public static CheckedFiles open(Path dir, String key, ContentIds ids) {
    return new CheckedFiles(dir, key, ids, key.isEmpty() ? Map.of() : read(dir, header(key)));
  }

  private static String header(String key) {
    return FORMAT + "\n" + key + "\n";
  }

  private static Map<String, String> read(Path dir, String header) {
    Optional<KeptBytes.Input> body = KeptBytes.read(dir.resolve(FILE), header);
    if (body.isEmpty()) {
      return Map.of();
    }
    KeptBytes.Input in = body.get();
    Map<String, String> files = new HashMap<>();
    try {
      int n = in.count();
      for (int i = 0; i < n; i++) {
        files.put(in.utf8(in.count()), in.utf8(in.count()));
      }
      return in.atEnd() ? files : Map.of();
    } catch (RuntimeException notWhatSaveWrote) {
      return Map.of();
    }
  }

  /** Whether {@code s} comes back from UTF-8 as it is (not so with a lone surrogate). */
  private static boolean utf8Exact(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
  }

  /**
   * Whether {@code s} was read from the bytes it was last checked with, finding nothing: its own
   * checks would find nothing again. Thread-safe.
   */
  public boolean unchanged(Submission s) {
    String kept = previous.get(s.file());
    if (kept == null || !kept.equals(ids.of(s.file()).orElse(null))) {
      return false;
    }
    skipped.incrementAndGet();
    return true;
  }

  /** Submissions {@link #unchanged} so far. */
  public int skipped() {
    return skipped.get();
  }

  /** Files the cache held when opened. */
  public int kept() {
    return previous.size();
  }

  /**
   * Keeps the submissions of {@code data} that have a content id and no diagnostic at all in {@code
   * found}, replacing the file when they differ from those kept.
   */
  public void save(Dataset data, Diagnostics found) {
    if (key.isEmpty()) {
      return;
    }
    Set<String> said = new HashSet<>();
    for (Diagnostic d : found.all()) {
      said.add(d.file());
    }
    TreeMap<String, String> now = new TreeMap<>();
    for (Submission s : data.submissions()) {
      if (!said.contains(s.file()) && utf8Exact(s.file())) {
        ids.of(s.file()).ifPresent(id -> now.put(s.file(), id));
      }
    }
    if (now.equals(previous)) {
      return;
    }
    KeptBytes.write(
        dir,
        FILE,
        header(key),
        out -> {
          KeptBytes.Output b = new KeptBytes.Output();
          b.varint(now.size());
          for (Map.Entry<String, String> e : now.entrySet()) {
            for (String text : new String[] {e.getKey(), e.getValue()}) {
              byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
              b.varint(utf8.length);
              b.bytes(utf8);
            }
            if (b.size() > 1 << 16) {
              b.writeTo(out);
            }
          }
          b.writeTo(out);
        });
  }
}
