package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.Contact;
import org.opendti.model.Submission;

/**
 * Every unit's data digested from each submission's own digest, kept between builds by the content
 * id of its bytes (issue #17, target 3): the kept rows give the digest a full walk gives; a row is
 * used only for the same path, content id, tool and frameworks; a contact changes nothing.
 */
class DataDigestTest {

  private static Dataset data;
  private static ContentIds ids;

  @TempDir Path cache;

  @BeforeAll
  static void load() {
    LoadResult loaded = RepositoryLoader.builder().contentIds(true).build().load(Path.of(".."));
    data = loaded.dataset();
    ids = loaded.contentIds();
    assertThat(data.submissions()).hasSizeGreaterThan(20);
    assertThat(data.reviews()).isNotEmpty();
  }

  @Test
  void theLoaderGivesTheContentIdOfEveryRecordsBytes() throws IOException {
    Submission s = data.submissions().get(0);
    byte[] bytes = Files.readAllBytes(Path.of("..").resolve(s.file()));

    assertThat(ids.of(s.file())).contains(ContentIds.digest(bytes));
    assertThat(ids.byFile()).hasSize(data.submissions().size() + data.reviews().size());
  }

  @Test
  void keptRowsGiveTheDigestAWalkGives() throws IOException {
    String walked = DataDigest.of(data, ids, null);

    String first = DataDigest.of(data, ids, cache);
    List<String> rows = rows();
    String second = DataDigest.of(data, ids, cache);

    assertThat(walked).matches("[0-9a-f]{64}");
    assertThat(first).isEqualTo(walked);
    assertThat(second).isEqualTo(walked);
    assertThat(rows).hasSize(data.submissions().size());
    assertThat(rows()).as("nothing changed, nothing rewritten").isEqualTo(rows);
  }

  /** What the tests below rely on: a kept row is what the digest is made of, not walked again. */
  @Test
  void aKeptRowIsUsedNotWalked() throws IOException {
    String walked = DataDigest.of(data, ids, cache);
    tamperEveryRow();

    assertThat(DataDigest.of(data, ids, cache)).isNotEqualTo(walked);
  }

  @Test
  void aRowOfOtherBytesIsNotUsed() throws IOException {
    DataDigest.of(data, ids, cache);
    tamperEveryRow();
    TreeMap<String, String> other = new TreeMap<>(ids.byFile());
    other.replaceAll((file, id) -> ContentIds.digest(id.getBytes(StandardCharsets.US_ASCII)));
    ContentIds otherBytes = new ContentIds(other);

    assertThat(DataDigest.of(data, otherBytes, cache))
        .isEqualTo(DataDigest.of(data, otherBytes, null));
  }

  /** A record is a function of its bytes and its framework: other frameworks, no kept row. */
  @Test
  void rowsKeptUnderOtherFrameworksAreNotUsed() throws IOException {
    Dataset fewer =
        new Dataset(
            data.registry(),
            data.frameworks().subList(1, data.frameworks().size()),
            data.submissions(),
            data.reviews(),
            data.accessPolicy().orElse(null),
            data.thresholds());
    DataDigest.of(data, ids, cache);
    tamperEveryRow();

    assertThat(DataDigest.of(fewer, ids, cache)).isEqualTo(DataDigest.of(fewer, ids, null));
  }

  @Test
  void aFileThatIsNotRowsCountsAsNone() throws IOException {
    String walked = DataDigest.of(data, ids, null);
    DataDigest.of(data, ids, cache);
    Path file = cache.resolve(DataDigest.FILE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> broken = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      broken.add(line.substring(0, line.length() - 1) + "\t"); // a digest cut short, a fourth field
    }
    Files.write(file, broken, StandardCharsets.UTF_8);
    assertThat(DataDigest.of(data, ids, cache)).isEqualTo(walked);

    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'});
    assertThat(DataDigest.of(data, ids, cache)).isEqualTo(walked);
    assertThat(rows()).as("written anew").hasSize(data.submissions().size());
  }

  /** The rebuild the benchmark measures: one preparer renamed, so the file's bytes are new. */
  @Test
  void aChangedContactLeavesTheDigestAsItWas() {
    String before = DataDigest.of(data, ids, cache);
    Submission s = data.submissions().get(3);
    Contact p = s.preparer();
    Submission renamed =
        new Submission(
            s.file(),
            s.unit(),
            s.framework(),
            s.period(),
            new Contact("Cán bộ đổi", p.office(), p.title(), p.phone(), p.email()),
            s.approver(),
            s.profile(),
            s.prioritySector(),
            s.answers());
    ContentIds newBytes = newId(s.file());

    assertThat(DataDigest.of(data.withSubmissions(with(renamed), data.reviews()), newBytes, cache))
        .isEqualTo(before);
  }

  @Test
  void aChangedAnswerChangesIt() {
    String before = DataDigest.of(data, ids, cache);
    Submission s = data.submissions().get(3);
    Submission moved =
        new Submission(
            s.file(),
            s.unit(),
            s.framework(),
            s.period(),
            s.preparer(),
            s.approver(),
            s.profile(),
            s.prioritySector(),
            s.answers().subList(1, s.answers().size()));
    Dataset changed = data.withSubmissions(with(moved), data.reviews());
    ContentIds newBytes = newId(s.file());

    String after = DataDigest.of(changed, newBytes, cache);

    assertThat(after).isNotEqualTo(before).isEqualTo(DataDigest.of(changed, newBytes, null));
  }

  @Test
  void aChangedReviewChangesIt() {
    String before = DataDigest.of(data, ids, cache);

    assertThat(DataDigest.of(data, newId(data.reviews().get(0).file()), cache))
        .isNotEqualTo(before);
  }

  /** The submissions, {@code changed} in place of the one of its file. */
  private static List<Submission> with(Submission changed) {
    return data.submissions().stream()
        .map(s -> s.file().equals(changed.file()) ? changed : s)
        .toList();
  }

  /** The content ids, {@code file}'s new: its bytes changed. */
  private static ContentIds newId(String file) {
    TreeMap<String, String> changed = new TreeMap<>(ids.byFile());
    changed.put(file, ContentIds.digest(("changed " + file).getBytes(StandardCharsets.UTF_8)));
    return new ContentIds(changed);
  }

  private List<String> rows() throws IOException {
    List<String> lines = Files.readAllLines(cache.resolve(DataDigest.FILE), StandardCharsets.UTF_8);
    return lines.subList(1, lines.size());
  }

  /** Gives every kept row another submission's digest, its path and content id unchanged. */
  private void tamperEveryRow() throws IOException {
    Path file = cache.resolve(DataDigest.FILE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    String bogus = ContentIds.digest(new byte[] {1});
    for (String line : lines.subList(1, lines.size())) {
      out.add(line.substring(0, line.lastIndexOf('\t') + 1) + bogus);
    }
    Files.write(file, out, StandardCharsets.UTF_8);
  }
}
