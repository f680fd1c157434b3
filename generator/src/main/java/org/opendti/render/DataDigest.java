package org.opendti.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.model.Review;
import org.opendti.model.Submission;

/**
 * The digest of every unit's data as the insights, the forms and the workbench read it: each
 * accepted submission without its two contacts (preparer and approver: a contact changes none of
 * them), and each review whole (issue #17, target 3).
 *
 * <p>Walking 20,000 submissions through {@link KeyEncoder} took 7.5 % of a 10,000-unit rebuild's
 * CPU, for a digest that changes with one file at a time. So each submission's own digest is kept
 * between builds in {@value #FILE}, in the render cache's folder, beside the content id of the
 * bytes it was read from ({@link ContentIds}); a rebuild walks only the submissions whose bytes
 * changed. A review is keyed by its content id alone (it has no contact to leave out).
 *
 * <p>A record is a function of its file's bytes, its path and its framework, read by the running
 * tool. So the file's first line names the tool ({@link RenderCache#toolVersion}) and the
 * frameworks' digest, and the rows are used only under that same line: a changed framework or tool
 * walks every submission again. Trusted as the render cache is: a row whose path and content id
 * match is used, not checked. A row that is not three tab-separated fields (a path, two digests)
 * counts as none.
 */
final class DataDigest {

  static final String FILE = "data.tsv";

  /** Changes whenever the rows' meaning or the file's form changes. */
  private static final String FORMAT = "opendti data digests 1";

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /** A kept row: the content id of a submission's bytes, and its own digest. */
  private record Row(String contentId, String digest) {}

  private DataDigest() {}

  /**
   * The digest of {@code data}'s units' data, in hex; empty if a record cannot be keyed. With a
   * {@code dir}, the submissions' own digests are read from and kept in its {@value #FILE}.
   *
   * @param ids the content ids of the files {@code data}'s records were read from; a record whose
   *     file has none is walked
   * @param dir the render cache's folder; null: every submission is walked, nothing is kept
   */
  static String of(Dataset data, ContentIds ids, Path dir) {
    String context =
        RenderCache.digestHex(Arrays.asList(FORMAT, RenderCache.toolVersion(), data.frameworks()));
    if (context.isEmpty()) {
      return "";
    }
    String head = FORMAT + ' ' + context;
    Map<String, Row> kept = dir == null ? Map.of() : read(dir.resolve(FILE), head);
    Map<String, Row> rows = new TreeMap<>();
    List<Object> entries = new ArrayList<>(data.submissions().size() + data.reviews().size() + 2);
    entries.add(head);
    for (Submission s : data.submissions()) {
      String id = ids.of(s.file()).orElse(null);
      Row row = kept.get(s.file());
      String own =
          row != null && row.contentId().equals(id)
              ? row.digest()
              : RenderCache.digestHex(withoutContacts(s));
      if (own.isEmpty()) {
        return "";
      }
      if (id != null && storable(s.file())) {
        rows.put(s.file(), new Row(id, own));
      }
      entries.add(s.file());
      entries.add(own);
    }
    entries.add("reviews");
    for (Review r : data.reviews()) {
      entries.add(r.file());
      entries.add(ids.of(r.file()).<Object>map(id -> List.of("bytes", id)).orElse(r));
    }
    String digest = RenderCache.digestHex(entries);
    if (dir != null && !digest.isEmpty() && !kept.equals(rows)) {
      write(dir, head, rows);
    }
    return digest;
  }

  /** A submission's fields but its preparer and approver. */
  static List<Object> withoutContacts(Submission s) {
    return Arrays.asList(
        s.file(),
        s.unit(),
        s.framework(),
        s.period(),
        s.profile(),
        s.prioritySector(),
        s.answers());
  }

  /** A path the file's form can hold: no tab or line break (a row is one line of three fields). */
  private static boolean storable(String path) {
    return path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
  }

  /** The rows kept under {@code head}, by path; none if the file is missing or another head's. */
  private static Map<String, Row> read(Path file, String head) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Map.of(); // missing, unreadable, or not UTF-8: walked again, and written anew
    }
    if (lines.isEmpty() || !lines.get(0).equals(head)) {
      return Map.of();
    }
    Map<String, Row> rows = new HashMap<>(lines.size() * 2);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length == 3 && HEX64.matcher(f[1]).matches() && HEX64.matcher(f[2]).matches()) {
        rows.put(f[0], new Row(f[1], f[2]));
      }
    }
    return rows;
  }

  private static void write(Path dir, String head, Map<String, Row> rows) {
    RenderCache.replace(
        dir,
        FILE,
        out -> {
          StringBuilder text = new StringBuilder(head).append('\n');
          rows.forEach(
              (path, r) ->
                  text.append(path)
                      .append('\t')
                      .append(r.contentId())
                      .append('\t')
                      .append(r.digest())
                      .append('\n'));
          out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        });
  }
}
