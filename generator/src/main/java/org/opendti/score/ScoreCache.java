package org.opendti.score;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendti.load.ContentIds;
import org.opendti.load.KeptBytes;
import org.opendti.model.Review;
import org.opendti.model.Submission;

/**
 * The units' scores of the last whole build, kept between builds (issue #17, target 3): a unit
 * whose score is computed from what it was computed from last time takes that score instead of
 * being scored again, which was an eighth of a 10,000-unit rebuild after one merged change. Kept in
 * {@code <dir>/scores.bin}, the render cache's folder.
 *
 * <p><b>When a score is used.</b> The file starts with a key given by the caller: the digest of the
 * running tool's version (a digest of its code) and of every framework (its criteria, methods,
 * periods and aggregation). Another key discards the whole file, and so does a CRC-32C at its end
 * that does not match what precedes it. Within it, a unit's score is used when everything else the
 * {@link Scorer} reads for it is as it was ({@link Key}): the content id (SHA-256) of its
 * submission's bytes and of its review's, or that it has none; whether the registry marks the unit
 * as a sample; its arrival time; and its cohort's statistics (x_best and x_min of every cohort
 * criterion, {@code 003_…} 4.6), so that a change that moves a cohort's best value scores the whole
 * cohort again. A unit whose files have no content id is scored as if there were no cache. The file
 * is rewritten only when more than a twentieth of it is out of date, so a merged change to one
 * submission does not cost a rewrite; that unit is scored again until then.
 *
 * <p><b>Trust.</b> As the render cache's pages: a file with the right key is believed, not checked
 * again, so the folder must be written by this tool only ({@code target/}, or {@code actions/cache}
 * saved by the publish workflow on main, never by a pull request's job). A file that is missing,
 * truncated or not what {@link ScoreCodec} writes counts as none: every unit is scored. Whether the
 * key misses anything is checked, not assumed: {@code ScoreCacheTest} compares the scores reused
 * after each kind of change with those computed afresh.
 */
public final class ScoreCache {

  static final String FILE = "scores.bin";
  private static final String FORMAT = "opendti score cache 1";

  private final Path dir;
  private final boolean keyed;
  private final String header;
  private final ContentIds ids;
  private final Map<String, ScoreCodec.Entry> previous;
  private final Map<String, ScoreCodec.Entry> now = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  /**
   * What a unit's score is computed from, beyond the framework and the tool the file's key covers.
   *
   * @param file the submission's path
   * @param contentId the SHA-256 of the submission's bytes
   * @param reviewId the SHA-256 of its review's bytes; empty: no review
   * @param arrival when the submission arrived ({@link Instant#toString}); empty: unknown
   * @param sample whether the registry marks the unit as a sample
   * @param cohortStats x_best and x_min of each cohort criterion of its framework and period
   */
  record Key(
      String file,
      String contentId,
      String reviewId,
      String arrival,
      boolean sample,
      String cohortStats) {}

  private ScoreCache(Path dir, String key, ContentIds ids, Map<String, ScoreCodec.Entry> previous) {
    this.dir = dir;
    this.keyed = !key.isEmpty();
    this.header = header(key);
    this.ids = ids;
    this.previous = previous;
  }

  /**
   * The scores kept in {@code dir} if they were kept under {@code key}, else none.
   *
   * @param key the digest of the running tool's version and every framework, in hex; empty when
   *     they could not be digested: then nothing is reused or kept
   * @param ids the content ids of the files the dataset's submissions and reviews were read from
   */
  public static ScoreCache open(Path dir, String key, ContentIds ids) {
    return new ScoreCache(dir, key, ids, key.isEmpty() ? Map.of() : read(dir, header(key)));
  }

  private static String header(String key) {
    return FORMAT + "\n" + key + "\n";
  }

  private static Map<String, ScoreCodec.Entry> read(Path dir, String header) {
    Optional<KeptBytes.Input> body = KeptBytes.read(dir.resolve(FILE), header);
    if (body.isEmpty()) {
      return Map.of();
    }
    Map<String, ScoreCodec.Entry> entries = new HashMap<>();
    try {
      ScoreCodec.Reader reader = new ScoreCodec.Reader(body.get());
      for (ScoreCodec.Entry e = reader.next(); e != null; e = reader.next()) {
        if (e.key().file() == null || !e.key().file().equals(e.score().submissionFile())) {
          return Map.of(); // the writer keys every score by its own file
        }
        entries.put(e.key().file(), e);
      }
      if (!reader.atEnd()) {
        return Map.of();
      }
    } catch (RuntimeException notWhatTheWriterWrote) {
      return Map.of();
    }
    return entries;
  }

  /**
   * What {@code s}'s score is computed from; empty if a file it reads has no content id, so that
   * its score can be neither reused nor kept.
   */
  Optional<Key> keyOf(
      Submission s,
      Optional<Review> review,
      boolean sample,
      Optional<Instant> arrival,
      String cohortStats) {
    if (!keyed) {
      return Optional.empty();
    }
    Optional<String> id = ids.of(s.file());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String reviewId = "";
    if (review.isPresent()) {
      Optional<String> r = ids.of(review.get().file());
      if (r.isEmpty()) {
        return Optional.empty();
      }
      reviewId = r.get();
    }
    return Optional.of(
        new Key(
            s.file(),
            id.get(),
            reviewId,
            arrival.map(Instant::toString).orElse(""),
            sample,
            cohortStats));
  }

  /** The score kept under {@code key}, or null. Thread-safe. */
  UnitScore find(Key key) {
    ScoreCodec.Entry e = previous.get(key.file());
    if (e == null || !e.key().equals(key)) {
      return null;
    }
    reused.incrementAndGet();
    return e.score();
  }

  /** Records {@code score}, computed or reused, for {@link #save}. Thread-safe. */
  void keep(Key key, UnitScore score) {
    now.put(key.file(), new ScoreCodec.Entry(key, score));
  }

  /** Scores taken from the cache in this run. */
  public int reused() {
    return reused.get();
  }

  /**
   * Replaces the file with this run's scores, in the order of their files, when that pays: more
   * than a twentieth of them were not reused, or more than a twentieth of the file's entries were
   * not used. Written beside it and moved into place, so a build that stops halfway leaves the last
   * one whole.
   */
  public void save() {
    int missing = now.size() - reused.get();
    int unused = previous.size() - reused.get();
    if (!keyed || (missing * 20L <= now.size() && unused * 20L <= previous.size())) {
      return;
    }
    KeptBytes.write(
        dir,
        FILE,
        header,
        out -> {
          ScoreCodec.Writer w = new ScoreCodec.Writer(out);
          for (ScoreCodec.Entry e : new TreeMap<>(now).values()) {
            w.entry(e.key(), e.score());
          }
          w.finish();
        });
  }
}
