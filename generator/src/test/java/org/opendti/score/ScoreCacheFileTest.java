package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Classification;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Submission;

/**
 * The score cache's file and keys ({@link ScoreCache}, issue #17 target 3): a unit's kept score is
 * used exactly when what it is scored from is unchanged, whatever is used equals what the scorer
 * computes afresh, and a file the codec did not write is no cache.
 */
class ScoreCacheFileTest {

  @TempDir Path dir;

  /** A cohort criterion ({@code 003_…} 4.6: x / x_best × max) and a plain ratio beside it. */
  private static final org.opendti.model.Framework FRAMEWORK =
      TestData.framework(
          "20",
          TestData.pillar(
              "IV",
              criterion(
                  "4.6",
                  "10",
                  new Method.Cohort(
                      List.of("a"), List.of("b"), Method.CohortVariant.RELATIVE_TO_BEST),
                  input("a", InputKind.COUNT),
                  input("b", InputKind.COUNT)),
              criterion(
                  "4.7",
                  "10",
                  TestData.ratio(List.of("c"), List.of("d")),
                  input("c", InputKind.COUNT),
                  input("d", InputKind.COUNT))));

  private static Submission unit(String id, String a, String b, String c) {
    return TestData.submission(
        id,
        answer("4.6", in("a", num(a), "b", num(b))),
        answer("4.7", in("c", num(c), "d", num("10"))));
  }

  /** x = 0.5, 0.75 (the best) and 0.25 (the least). */
  private static final List<Submission> THREE =
      List.of(unit("u1", "1", "2", "5"), unit("u2", "3", "4", "6"), unit("u3", "1", "4", "7"));

  private String key = "k1";
  private int reused;

  /** Content ids as the loader gives them: a digest of what each submission says. */
  private static ContentIds ids(List<Submission> subs) {
    TreeMap<String, String> byFile = new TreeMap<>();
    for (Submission s : subs) {
      byFile.put(s.file(), ContentIds.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return new ContentIds(byFile);
  }

  /**
   * Scores {@code subs} with the cache and saves it; checks the scores equal those computed without
   * it.
   */
  private List<UnitScore> cached(List<Submission> subs, ArrivalTimes times) {
    return cached(subs, times, ids(subs));
  }

  private List<UnitScore> cached(List<Submission> subs, ArrivalTimes times, ContentIds ids) {
    return cached(TestData.dataset(FRAMEWORK, subs, List.of()), times, ids);
  }

  private List<UnitScore> cached(Dataset data, ArrivalTimes times, ContentIds ids) {
    ScoreCache cache = ScoreCache.open(dir, key, ids);
    List<UnitScore> scores = new Scorer().score(data, times, cache);
    cache.save();
    reused = cache.reused();
    assertThat(scores).isEqualTo(new Scorer().score(data, times));
    return scores;
  }

  private static ArrivalTimes arrivingAt(String file, Instant when) {
    return f -> f.equals(file) ? Optional.of(when) : Optional.empty();
  }

  @Test
  void everyScoreIsReusedWhenNothingChanged() {
    cached(THREE, ArrivalTimes.none());
    assertThat(reused).isZero();
    assertThat(dir.resolve(ScoreCache.FILE)).exists();

    cached(THREE, ArrivalTimes.none());

    assertThat(reused).isEqualTo(3);
  }

  @Test
  void aChangedSubmissionThatLeavesTheCohortsFiguresAloneIsScoredAlone() {
    cached(THREE, ArrivalTimes.none());
    List<Submission> changed = new ArrayList<>(THREE);
    changed.set(0, unit("u1", "2", "4", "9")); // x stays 0.5; 4.7 moves

    cached(changed, ArrivalTimes.none());

    assertThat(reused).isEqualTo(2);
  }

  /** A new best value moves every unit's points on the cohort criterion: all are scored again. */
  @Test
  void aNewBestValueScoresTheWholeCohortAgain() {
    List<UnitScore> before = cached(THREE, ArrivalTimes.none());
    List<Submission> changed = new ArrayList<>(THREE);
    changed.set(2, unit("u3", "4", "4", "7")); // x = 1, the new best

    List<UnitScore> after = cached(changed, ArrivalTimes.none());

    assertThat(reused).isZero();
    assertThat(after.get(0).total()).isLessThan(before.get(0).total());
  }

  @Test
  void anotherArrivalScoresThatUnitAgain() {
    String file = THREE.get(1).file();
    cached(THREE, arrivingAt(file, Instant.parse("2024-01-05T00:00:00Z")));

    cached(THREE, arrivingAt(file, Instant.parse("2024-03-05T00:00:00Z")));
    assertThat(reused).isEqualTo(2);

    cached(THREE, ArrivalTimes.none());
    assertThat(reused).isEqualTo(2);
  }

  /** The registry marks a unit as a sample (its scores labelled so); the flag is in the key. */
  @Test
  void aUnitMarkedAsASampleIsScoredAgain() {
    cached(THREE, ArrivalTimes.none());
    org.opendti.model.Unit u2 = TestData.unit("u2", "Xã Hai", "xa", null);
    Dataset marked =
        new Dataset(
            TestData.registry(
                new org.opendti.model.Unit(
                    u2.id(),
                    u2.name(),
                    null,
                    u2.level(),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    true)),
            List.of(FRAMEWORK),
            THREE,
            List.of());

    List<UnitScore> scores = cached(marked, ArrivalTimes.none(), ids(THREE));

    assertThat(reused).isEqualTo(2);
    assertThat(scores)
        .filteredOn(UnitScore::sample)
        .extracting(UnitScore::unitId)
        .containsExactly("u2");
  }

  /** The caller's key covers the tool and the frameworks: another one reuses nothing. */
  @Test
  void anotherKeyReusesNothingAndNoKeyKeepsNothing() {
    cached(THREE, ArrivalTimes.none());
    key = "k2";
    cached(THREE, ArrivalTimes.none());
    assertThat(reused).isZero();

    key = "";
    cached(THREE, ArrivalTimes.none());
    assertThat(reused).isZero();
    key = "k2";
    cached(THREE, ArrivalTimes.none());
    assertThat(reused).isEqualTo(3);
  }

  /** A unit whose file has no content id is scored each time and never kept. */
  @Test
  void aFileWithoutAContentIdIsScoredEachTime() {
    TreeMap<String, String> partial = new TreeMap<>(ids(THREE).byFile());
    partial.remove(THREE.get(0).file());
    ContentIds without = new ContentIds(partial);
    cached(THREE, ArrivalTimes.none(), without);

    cached(THREE, ArrivalTimes.none(), without);
    assertThat(reused).isEqualTo(2);
    cached(THREE, ArrivalTimes.none());
    assertThat(reused).isEqualTo(2);
  }

  /** A file damaged in any way counts as none: every unit is scored, and the file written again. */
  @Test
  void aDamagedFileIsNoCacheAndIsReplaced() throws IOException {
    cached(THREE, ArrivalTimes.none());
    Path file = dir.resolve(ScoreCache.FILE);
    byte[] good = Files.readAllBytes(file);
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 1;
    byte[] otherHeader = good.clone();
    otherHeader[otherHeader.length > 30 ? 22 : 0] ^= 1;
    for (byte[] damaged :
        List.of(
            Arrays.copyOf(good, good.length - 1),
            Arrays.copyOf(good, good.length / 2),
            flipped,
            otherHeader,
            new byte[0])) {
      Files.write(file, damaged);

      cached(THREE, ArrivalTimes.none());

      assertThat(reused).as(damaged.length + " bytes").isZero();
      assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }
  }

  /** The file is rewritten only when more than a twentieth of it is out of date. */
  @Test
  void oneChangedUnitOfManyDoesNotRewriteTheFile() throws IOException {
    List<Submission> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(unit("u" + i, "1", "2", Integer.toString(i % 10)));
    }
    cached(many, ArrivalTimes.none());
    byte[] first = Files.readAllBytes(dir.resolve(ScoreCache.FILE));
    many.set(3, unit("u3", "1", "2", "9"));

    cached(many, ArrivalTimes.none());
    assertThat(reused).isEqualTo(29);
    assertThat(Files.readAllBytes(dir.resolve(ScoreCache.FILE))).isEqualTo(first);

    many.set(4, unit("u4", "1", "2", "9"));
    cached(many, ArrivalTimes.none());
    assertThat(reused).isEqualTo(28);
    assertThat(Files.readAllBytes(dir.resolve(ScoreCache.FILE))).isNotEqualTo(first);
    cached(many, ArrivalTimes.none());
    assertThat(reused).isEqualTo(30);
  }

  /** Every component comes back as written: nulls, scales, lone surrogates, shared objects. */
  @Test
  void theCodecGivesBackWhatItWasGiven() throws IOException {
    Formula.Lead lead = new Formula.Lead("opt", "Lựa chọn", "Option", ": ", true);
    Formula withLead =
        new Formula("{0} / {1} {~yes}", List.of(new BigDecimal("1.50"), BigDecimal.TEN), lead);
    CriterionScore odd =
        new CriterionScore(
            "1.1",
            CriterionScore.Status.SCORED,
            new BigDecimal("10"),
            new BigDecimal("7.50"),
            null,
            new BigDecimal("5"),
            new BigDecimal("5"),
            withLead,
            false,
            "lý do \uD800 lẻ");
    CriterionScore plain =
        new CriterionScore(
            "1.2",
            CriterionScore.Status.MISSING,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            null,
            null,
            BigDecimal.ZERO,
            null,
            true,
            null);
    PillarScore pillar = new PillarScore("I", new BigDecimal("5"), BigDecimal.TEN, null);
    Classification good = new Classification("tot", "Tốt", null, new BigDecimal("0.8"));
    UnitScore a =
        new UnitScore(
            "u1",
            "fw",
            "2024",
            "submissions/fw/2024/u1.json",
            List.of(odd, plain, odd),
            List.of(pillar),
            new BigDecimal("5"),
            new BigDecimal("11"),
            null,
            "sector",
            BigDecimal.ONE,
            null,
            BigDecimal.ZERO,
            new BigDecimal("6.00"),
            good,
            true);
    UnitScore b = bare("u2", "submissions/fw/2024/u2.json", List.of(plain), List.of(pillar));
    ScoreCache.Key ka = new ScoreCache.Key(a.submissionFile(), "id1", "", "", true, "{}");
    ScoreCache.Key kb =
        new ScoreCache.Key(b.submissionFile(), "id2", "r", "2024-01-01T00:00:00Z", false, "x");
    ScoreCodec.Reader r = roundTrip(new ScoreCodec.Entry(ka, a), new ScoreCodec.Entry(kb, b));
    ScoreCodec.Entry ra = r.next();
    ScoreCodec.Entry rb = r.next();

    assertThat(ra).isEqualTo(new ScoreCodec.Entry(ka, a));
    assertThat(rb).isEqualTo(new ScoreCodec.Entry(kb, b));
    assertThat(r.next()).isNull();
    assertThat(r.atEnd()).isTrue();
    assertThat(ra.score().criteria().get(0).reviewReason()).isEqualTo("lý do \uD800 lẻ");
    assertThat(ra.score().criteria().get(0).computed().scale()).isEqualTo(2);
    assertThat(ra.score().criteria().get(2)).isSameAs(ra.score().criteria().get(0));
    assertThat(rb.score().pillars().get(0)).isSameAs(ra.score().pillars().get(0));
  }

  /** Many distinct objects and numbers, each met twice: every one numbered and found again. */
  @Test
  void theCodecNumbersManyObjects() throws IOException {
    List<PillarScore> pillars = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      pillars.add(new PillarScore("p" + (i % 7), new BigDecimal(i), BigDecimal.TEN, null));
    }
    List<PillarScore> twice = new ArrayList<>(pillars);
    twice.addAll(pillars);
    UnitScore s = bare("u", "f.json", List.of(), twice);
    ScoreCache.Key k = new ScoreCache.Key("f.json", "id", "", "", false, "{}");

    ScoreCodec.Entry back = roundTrip(new ScoreCodec.Entry(k, s)).next();

    assertThat(back.score()).isEqualTo(s);
    assertThat(back.score().pillars().get(20_000)).isSameAs(back.score().pillars().get(0));
  }

  /** A score with its unit, file, criteria and pillars, a total of zero and nothing else. */
  private static UnitScore bare(
      String unit, String file, List<CriterionScore> criteria, List<PillarScore> pillars) {
    return new UnitScore(
        unit,
        "fw",
        "2024",
        file,
        criteria,
        pillars,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        BigDecimal.ZERO,
        null,
        false);
  }

  /** {@code entries} written by the codec's writer, and a reader over the bytes written. */
  private static ScoreCodec.Reader roundTrip(ScoreCodec.Entry... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScoreCodec.Writer w = new ScoreCodec.Writer(out);
    for (ScoreCodec.Entry e : entries) {
      w.entry(e.key(), e.score());
    }
    w.finish();
    byte[] bytes = out.toByteArray();
    return new ScoreCodec.Reader(new org.opendti.load.KeptBytes.Input(bytes, 0, bytes.length));
  }
}
