package org.opendti.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opendti.insight.Insights;
import org.opendti.insight.InsightsJson;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.load.KeptBytes;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Framework;
import org.opendti.model.Submission;

/**
 * The last build's insights, kept in the render cache's folder beside {@code pages.tsv} (issue #17,
 * target 3): what-if reports, anomaly flags, rank intervals and digit tests were a quarter of a
 * 10,000-unit rebuild's CPU, and a change that moves no score (a contact, most often) leaves them
 * as they were. They are reused when their <b>key</b> is the one they were stored under, else
 * computed and stored.
 *
 * <p>The key is the SHA-256 of what {@link Insights#of} computes from: the running tool ({@link
 * RenderCache#toolVersion}), the what-if limit, every framework, the unit registry, the access
 * policy and the insight thresholds, every accepted submission without its two contacts (preparer
 * and approver: no insight reads them), and every accepted review ({@link DataDigest}, which keeps
 * each submission's own digest beside this file between builds); and the arrival time of each
 * submission whose framework reads it ({@link Framework#readsArrival}): of no other, since a new
 * commit of a file moves its arrival, so that every changed submission would otherwise change the
 * key. The scores and rankings are not in it: the tool computes them from the same inputs. Whether
 * the key misses anything is checked, not assumed: {@code InsightsCacheTest} compares the insights
 * reused after each kind of change with those computed afresh.
 *
 * <p>Trusted as the render cache is: a file whose key matches is read, not recomputed (as a page
 * whose key matches is not rendered again). A file that cannot be read, or is not what {@link
 * InsightsJson} writes, counts as none: the insights are computed.
 */
public final class InsightsCache {

  static final String FILE = "insights.bin";

  /** Where builds before the insights were kept as Smile kept them, as JSON: removed. */
  private static final String OLD_FILE = "insights.json";

  /** Changes whenever what the key covers or the file's form changes. */
  private static final String FORMAT = "opendti insights 7";

  private final Path dir;

  private InsightsCache(Path dir) {
    this.dir = dir;
  }

  /** The insights kept in {@code dir}, the render cache's folder. */
  public static InsightsCache in(Path dir) {
    return new InsightsCache(dir);
  }

  /**
   * The insights, whether they are the last build's, read instead of computed, and the key they are
   * kept under.
   *
   * @param key the digest of everything the insights, and the scores and rankings they are computed
   *     from, are computed from (see the class comment), in hex; null if it could not be computed
   */
  public record Result(Insights insights, boolean reused, String key) {}

  /**
   * The insights of {@code accepted}: the stored ones if stored under this key, else those {@code
   * compute} gives, stored for the next build.
   *
   * @param ids the content ids of the files {@code accepted}'s records were read from
   * @param whatIfLimit the largest cohort given what-if reports
   */
  public Result get(
      Dataset accepted,
      ContentIds ids,
      ArrivalTimes arrivals,
      int whatIfLimit,
      Supplier<Insights> compute) {
    String key = key(accepted, ids, arrivals, whatIfLimit);
    if (key != null) {
      Insights stored = read(key);
      if (stored != null) {
        return new Result(stored, true, key);
      }
    }
    Insights insights = compute.get();
    if (key != null) {
      write(key, insights);
    }
    return new Result(insights, false, key);
  }

  /** The key, in hex; null if something in the inputs cannot be keyed (nothing is then kept). */
  private String key(Dataset accepted, ContentIds ids, ArrivalTimes arrivals, int whatIfLimit) {
    String data = DataDigest.of(accepted, ids, dir);
    if (data.isEmpty()) {
      return null;
    }
    // Arrival times only where they count: a new commit of a file moves its arrival, and most
    // frameworks never read it (Framework#readsArrival).
    Set<String> byArrival =
        accepted.frameworks().stream()
            .filter(Framework::readsArrival)
            .map(Framework::id)
            .collect(Collectors.toSet());
    List<Object> arrived = new ArrayList<>();
    for (Submission s : accepted.submissions()) {
      if (byArrival.contains(s.framework())) {
        arrived.add(s.file());
        arrived.add(arrivals.arrivalOf(s.file()).orElse(null));
      }
    }
    String key =
        RenderCache.digestHex(
            Arrays.asList(
                FORMAT,
                RenderCache.toolVersion(),
                whatIfLimit,
                accepted.frameworks(),
                accepted.registry().levels(),
                accepted.registry().units(),
                accepted.accessPolicy().orElse(null),
                accepted.thresholds(),
                data,
                arrived));
    return key.isEmpty() ? null : key;
  }

  /**
   * The insights stored under {@code key}, or null if there are none or they cannot be read. The
   * file's checksum covers it whole, the what-if reports too, which are read when asked for.
   */
  private Insights read(String key) {
    return KeptBytes.read(dir.resolve(FILE), head(key))
        .map(
            body -> {
              try {
                return body.rest(InsightsJson::read);
              } catch (IOException e) {
                // Not what this tool writes: computed again.
                return null;
              }
            })
        .orElse(null);
  }

  /** Stores {@code insights} under {@code key}, replacing the file. */
  private void write(String key, Insights insights) {
    KeptBytes.write(dir, FILE, head(key), out -> InsightsJson.write(insights, out));
    try {
      Files.deleteIfExists(dir.resolve(OLD_FILE));
    } catch (IOException e) {
      // Left for the cache's owner: it is never read.
    }
  }

  /** The file's first line: its form and the key its insights are stored under. */
  private static String head(String key) {
    return FORMAT + ' ' + key + '\n';
  }
}
