package org.opendti;

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.publish.SitePublisher;
import org.opendti.render.SiteRenderer;

/**
 * The incremental render cache (issue #17): a rebuild renders again exactly the pages a change
 * touches (a submission, a framework, a template, the tool's version), reuses the rest, and its
 * output equals a fresh build byte for byte.
 */
class RenderCacheTest {

  private static final Path PROJECT = CacheFixture.PROJECT;
  private static final String XA = CacheFixture.XA;
  private static final String HUYEN = CacheFixture.HUYEN;
  private static final String SUBMISSION = CacheFixture.SUBMISSION;

  @TempDir Path tmp;
  private Path repo;
  private Path templates;
  private Path site;
  private Path cache;
  private int pagePeriods;

  /** The branch whose Git history gives the submissions' provenance; null: none read. */
  private String mainRef;

  /** Whether rebuilds check every input key against the view ({@code verifyInputKeys}). */
  private boolean verify = true;

  @BeforeEach
  void cohort() throws IOException {
    repo = CacheFixture.repository(tmp.resolve("repo"));
    templates = tmp.resolve("templates");
    copyTree(PROJECT.resolve("site-templates"), templates);
    site = tmp.resolve("site");
    cache = tmp.resolve("render-cache");
  }

  /** Publishes {@code repo} into {@code out}, with the cache when {@code cached}. */
  private SiteRenderer.CacheUse publish(Path out, boolean cached, String tool) throws IOException {
    Pipeline.Builder pipeline = Pipeline.builder().repositoryRoot(repo);
    if (mainRef != null) {
      pipeline.gitProvenance(mainRef);
    }
    if (cached) {
      // As a publish runs: the insights kept too, and the pages' input keys take the digest of
      // what the scores, rankings and insights are computed from in their place. A fresh build
      // has neither, so it walks them.
      pipeline.renderCache(cache);
    }
    PipelineResult result = pipeline.build().checkWithInsights();
    assertThat(result.computedFrom() != null).as("the digest of the inputs").isEqualTo(cached);
    SiteRenderer.Builder b =
        SiteRenderer.builder()
            .templates(templates)
            .toolVersion(tool)
            .pagePeriods(pagePeriods)
            // Every page the cache reuses by its input key has its view built and keyed anyway:
            // an input key that misses something the page reads fails the rebuild.
            .verifyInputKeys(verify);
    if (cached) {
      b.cache(cache, out);
    }
    SiteRenderer renderer = b.build();
    try (SitePublisher.Session session = new SitePublisher().begin(out)) {
      renderer.render(result.siteInput(), session);
      session.commit();
    }
    return renderer.lastCacheUse();
  }

  private SiteRenderer.CacheUse rebuild() throws IOException {
    SiteRenderer.CacheUse use = publish(site, true, "1");
    // The cache's index lists each path once, sorted, whether the paths are the last build's (then
    // written in the order read) or not (then sorted again).
    List<String> lines = Files.readAllLines(cache.resolve("pages.tsv"), StandardCharsets.UTF_8);
    List<String> paths =
        lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[0]).toList();
    assertThat(paths).isSorted().doesNotHaveDuplicates();
    return use;
  }

  /** The cached site equals a fresh build without a cache, file for file, byte for byte. */
  private void assertEqualsFreshBuild() throws IOException {
    Path fresh = tmp.resolve("fresh-" + System.nanoTime());
    publish(fresh, false, "1");
    Map<String, byte[]> a = files(site);
    Map<String, byte[]> b = files(fresh);
    assertThat(a.keySet()).isEqualTo(b.keySet());
    for (String path : a.keySet()) {
      assertThat(a.get(path)).as(path).isEqualTo(b.get(path));
    }
  }

  private Set<String> pages(String pattern) throws IOException {
    return files(site).keySet().stream()
        .filter(p -> p.matches(pattern))
        .collect(Collectors.toSet());
  }

  /** Makes the repository {@link CacheFixture#gitRepository}, its history read from main. */
  private org.opendti.git.GitFixture withGitHistory() throws IOException {
    org.opendti.git.GitFixture git = CacheFixture.gitRepository(tmp);
    repo = git.dir;
    mainRef = "main";
    return git;
  }

  @Test
  void anUnchangedRepositoryReusesEveryPageAndEqualsAFreshBuild() throws IOException {
    SiteRenderer.CacheUse first = rebuild();
    assertThat(first.reused()).isZero();
    assertThat(first.rendered()).isNotEmpty();

    SiteRenderer.CacheUse second = rebuild();

    assertThat(second.rendered()).isEmpty();
    assertThat(second.reused()).isEqualTo(first.rendered().size());
    // Every scorecard, ranking and overview page is found by its input key, without building its
    // view.
    assertThat(second.reusedByInputs()).isEqualTo(keyedByInputs().size());
    assertThat(scorecards()).isNotEmpty();
    // And the open data's scores, insights and submissions are the previous build's, not made.
    assertThat(second.reusedData()).isEqualTo(keyedData().size());
    assertThat(first.reusedData()).isZero();
    assertEqualsFreshBuild();
  }

  /** Every scorecard of the site: both languages, every unit, framework and period. */
  private Set<String> scorecards() throws IOException {
    return pages("(en/)?units/[^/]+/[^/]+-[0-9]{4}\\.html");
  }

  /**
   * The data files the cache keys: each period's scores, insights, compare shards and correction
   * data, each submission, the forms' templates, the reviewers' tables and the search index.
   */
  private Set<String> keyedData() throws IOException {
    Set<String> all =
        pages(
            "data/[^/]+/[^/]+/(scores\\.(csv|xlsx|json)|insights\\.json|reviewing\\.json"
                + "|(submissions|compare|reviewing)/.*)"
                + "|(en/)?forms/[^/]+\\.(xlsx|sheet\\.json)|(en/)?reviewers/[^/]+\\.(csv|xlsx)"
                + "|search-index\\.json|search/.*");
    assertThat(all).anyMatch(p -> p.contains("/submissions/")).anyMatch(p -> p.endsWith("xlsx"));
    return all;
  }

  /**
   * The pages that have input keys: every page. Besides scorecards, ranking tables, periods'
   * overviews, the forms, the correction forms and the reviewers' pages, the home page, the
   * criteria and methodology pages, compare, open data, search and 404 read the site's part.
   */
  private Set<String> keyedByInputs() throws IOException {
    Set<String> all = pages(".*\\.html");
    assertThat(all)
        .containsAll(scorecards())
        .contains("index.html", "en/404.html", "search.html", "open-data.html", "compare.html")
        .anyMatch(p -> p.endsWith("-methodology.html"));
    return all;
  }

  /**
   * Archiving a period ({@code dti.pagePeriods}) and taking it back, with the cache kept: each site
   * equals a fresh build of the same setting; the pages that come back are rendered, not taken from
   * a previous site that no longer has them.
   */
  @Test
  void archivingAPeriodAndTakingItBackEqualsAFreshBuildEachTime() throws IOException {
    rebuild();
    String old = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    String latest = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2024.html";
    assertThat(pages(".*")).contains(old, latest);

    pagePeriods = 1;
    Set<String> archived = rebuild().rendered();
    assertThat(pages(".*")).doesNotContain(old).contains(latest);
    // The latest scorecards now mark the older period archived in their history.
    assertThat(archived).contains(latest, "en/" + latest);
    assertEqualsFreshBuild();

    pagePeriods = 0;
    Set<String> back = rebuild().rendered();
    assertThat(back).contains(old, "en/" + old, latest);
    assertEqualsFreshBuild();
  }

  @Test
  void aChangedSubmissionRendersItsPagesAndNotTheOtherFrameworks() throws IOException {
    rebuild();
    Path file = repo.resolve(SUBMISSION);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file, json.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "), StandardCharsets.UTF_8);

    SiteRenderer.CacheUse use = rebuild();

    // The contact shows only on the unit's scorecard of that period, in both languages.
    assertThat(use.rendered())
        .containsExactlyInAnyOrder(
            "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html",
            "en/units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html");
    // No score moved: every other unit's scorecards, and every ranking and overview, are found by
    // their input keys (and, as in every rebuild here, their views built anyway and checked to be
    // unchanged); the unit's own four scorecards (two periods, two languages) are keyed by views.
    assertThat(use.reusedByInputs()).isEqualTo(keyedByInputs().size() - 4);
    // Of the data files, only the unit's submissions as open data are made again: both periods',
    // as their key is the unit's own part, which covers all its files.
    assertThat(use.reusedData()).isEqualTo(keyedData().size() - 2);
    assertEqualsFreshBuild();
  }

  /**
   * A changed answer that moves the unit's score moves what other units' scorecards read (the
   * cohort's ranks, the what-if's best values): no scorecard is reused by its input key; each is
   * keyed by its view, and only those whose bytes change are rendered.
   */
  @Test
  void aChangedScoreKeysEveryScorecardByItsViewAndEqualsAFreshBuild() throws IOException {
    SiteRenderer.CacheUse first = rebuild();
    CacheFixture.halveAnInput(repo);

    SiteRenderer.CacheUse use = rebuild();

    assertThat(use.reusedByInputs()).isZero();
    assertThat(use.rendered())
        .contains("units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html")
        .hasSizeLessThan(first.rendered().size());
    assertEqualsFreshBuild();
  }

  /**
   * A review that corrects a criterion, then a new reason for the correction: each is on the unit's
   * scorecard and in its scores; each rebuild equals a fresh build.
   */
  @Test
  void aNewReviewAndAChangedReasonEqualFreshBuilds() throws IOException {
    rebuild();
    Path review = CacheFixture.correctTheFirstCriterion(repo);
    String json = Files.readString(review, StandardCharsets.UTF_8);

    assertThat(rebuild().rendered()).contains("units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html");
    assertEqualsFreshBuild();

    Files.writeString(review, json.replace("Chưa có", "Thiếu"), StandardCharsets.UTF_8);

    assertThat(rebuild().rendered()).contains("units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html");
    assertEqualsFreshBuild();
  }

  /**
   * A new commit of one submission (an empty line added at its end: the same data) changes only
   * that file's provenance, which only its unit's scorecard of that period cites; every other
   * scorecard is found by its input key, and the rebuild equals a fresh build.
   */
  @Test
  void aNewCommitOfOneFileRendersTheScorecardsThatCiteItsHistory() throws IOException {
    org.opendti.git.GitFixture git = withGitHistory();
    rebuild();
    CacheFixture.recommitOneFile(git);

    SiteRenderer.CacheUse use = rebuild();

    // Of the scorecards (the reviewers' pages date the latest commit too):
    Set<String> scorecards = scorecards();
    assertThat(use.rendered())
        .filteredOn(scorecards::contains)
        .containsExactlyInAnyOrder(
            "units/mau-huyen-2/gia-lai-2023-huyen-2023.html",
            "en/units/mau-huyen-2/gia-lai-2023-huyen-2023.html");
    // Found by their input keys: every page but those two scorecards and the reviewers' pages,
    // which show the date the data are as of: the merge is on a later day than the data record.
    Set<String> reviewers = pages("(en/)?reviewers(/[^/]+)?\\.html");
    assertThat(reviewers).isNotEmpty();
    assertThat(use.reusedByInputs()).isEqualTo(keyedByInputs().size() - 2 - reviewers.size());
    // Of the period's open data, the score files, whose rows cite the files' history, are made
    // again; its insights cite none and are the previous build's.
    String period = "data/gia-lai-2023-huyen/2023/";
    assertThat(use.madeData())
        .contains(period + "scores.csv", period + "scores.xlsx", period + "scores.json")
        .doesNotContain(period + "insights.json");
    assertThat(keyedData()).contains(period + "insights.json");
    assertEqualsFreshBuild();
  }

  /**
   * A merge of one submission on a day the data already record, in a framework that does not score
   * by arrival: every reviewers' page and table is found by its input key (the date the data are as
   * of is unchanged, and no row reads the files' history), only the file's two scorecards and its
   * period's score files are made again, and the rebuild equals a fresh build.
   */
  @Test
  void aNewCommitOfOneFileOnADayTheDataRecordLeavesTheWorkbenchAsItWas() throws IOException {
    org.opendti.git.GitFixture git = withGitHistory();
    java.time.Instant day = mergeTheFirstDistrictsLaterPeriod(git);
    rebuild();

    CacheFixture.recommitOneFile(git, day.plusSeconds(3600));
    SiteRenderer.CacheUse use = rebuild();

    assertThat(pages("(en/)?reviewers(/[^/]+)?\\.html")).hasSizeGreaterThan(4);
    assertThat(use.reusedByInputs()).isEqualTo(keyedByInputs().size() - 2);
    assertThat(use.madeData()).noneMatch(p -> p.contains("reviewers/"));
    assertEqualsFreshBuild();
  }

  /**
   * Where the framework scores a criterion by the submission's arrival (seed {@code
   * 002_53ee7987cf0e1a51.txt}: points off per month late), the same merge moves what a review's
   * effect on points is computed with: the period's reviewers' pages are keyed by the files'
   * history too, and the rebuild equals a fresh build (every reused page checked against its view).
   */
  @Test
  void aNewCommitWhereTheFrameworkScoresByArrivalEqualsAFreshBuild() throws IOException {
    org.opendti.git.GitFixture git = withGitHistory();
    CacheFixture.scoreTheFirstCriterionByArrival(git);
    java.time.Instant day = mergeTheFirstDistrictsLaterPeriod(git);
    rebuild();

    CacheFixture.recommitOneFile(git, day.plusSeconds(3600));
    SiteRenderer.CacheUse use = rebuild();

    Set<String> own = pages("(en/)?reviewers/gia-lai-2023-huyen-2023\\.html");
    assertThat(own).hasSize(2);
    assertThat(use.reusedByInputs()).isLessThanOrEqualTo(keyedByInputs().size() - 2 - own.size());
    assertEqualsFreshBuild();
  }

  /**
   * Merges district 1's submission again for period 2024, so the data record a day ({@code
   * ReviewRepo.T1}, returned) later than the recommitted file's first merge.
   */
  private java.time.Instant mergeTheFirstDistrictsLaterPeriod(org.opendti.git.GitFixture git)
      throws IOException {
    String from = org.opendti.pullrequest.ReviewRepo.FOLDER + "mau-huyen-1.json";
    String text = org.opendti.pullrequest.ReviewRepo.read(from);
    assertThat(text).contains("\"period\" : \"2023\"");
    git.write(
        from.replace("/2023/", "/2024/"),
        text.replace("\"period\" : \"2023\"", "\"period\" : \"2024\""));
    java.time.Instant day = org.opendti.pullrequest.ReviewRepo.T1;
    git.commit("Merge pull request #6 from huyen-1/2024", day);
    return day;
  }

  /**
   * A file merged on main that the checks leave out is in no unit's data, but the forms say that a
   * file was sent for its period: the forms' key holds the paths of the files on main, so they are
   * made again (a verified rebuild fails when a reused page's view changed), and the rebuild equals
   * a fresh build.
   */
  @Test
  void aFileOnMainThatTheChecksLeaveOutChangesTheForms() throws IOException {
    org.opendti.git.GitFixture git = withGitHistory();
    rebuild();
    git.write(
        org.opendti.pullrequest.ReviewRepo.FOLDER.replace("/2023/", "/2024/") + "mau-huyen-1.json",
        "{ \"unit\" :");
    git.commit("Merge pull request #8 from huyen-1/broken", org.opendti.pullrequest.ReviewRepo.T1);

    SiteRenderer.CacheUse use = rebuild();

    assertThat(use.rendered()).contains("forms/gia-lai-2023-huyen.html");
    assertEqualsFreshBuild();
  }

  /**
   * The check of input keys works: a page whose recorded view key no longer matches its view, under
   * an unchanged input key, fails a verified rebuild; without the check, the cache trusts the input
   * key and reuses the page.
   */
  @Test
  void aVerifiedRebuildFailsWhenAnInputKeyMissesAChange() throws IOException {
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    List<String> forged =
        forge(
            page,
            f -> {
              assertThat(f[2]).as("the scorecard has an input key").isNotEqualTo("-");
              f[1] = "0".repeat(f[1].length());
            });
    Path tsv = cache.resolve("pages.tsv");

    assertThat(root(org.assertj.core.api.Assertions.catchThrowable(this::rebuild)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(page)
        .hasMessageContaining("input key");

    Files.write(tsv, forged, StandardCharsets.UTF_8);
    verify = false;
    SiteRenderer.CacheUse use = rebuild();
    assertThat(use.rendered()).doesNotContain(page);
  }

  /**
   * The check works for a group of data files too: a published search index whose bytes differ from
   * what the unchanged inputs make (its entry in {@code pages.tsv} forged to match) fails a
   * verified rebuild; without the check it is taken as it is.
   */
  @Test
  void aVerifiedRebuildFailsWhenAGroupsKeyMissesAChange() throws IOException {
    rebuild();
    String path = "search-index.json";
    Path file = site.resolve(path);
    byte[] bytes = Files.readAllBytes(file);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("mau-");
    assertThat(at).isPositive();
    bytes[at] = 'x';
    Files.delete(file);
    Files.write(file, bytes);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes);
    List<String> forged =
        forge(
            path,
            f -> {
              f[4] = Long.toHexString(crc.getValue());
              f[5] = "-";
            });
    Path tsv = cache.resolve("pages.tsv");

    assertThat(root(org.assertj.core.api.Assertions.catchThrowable(this::rebuild)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("search")
        .hasMessageContaining("inputs miss something");

    Files.write(tsv, forged, StandardCharsets.UTF_8);
    verify = false;
    rebuild();
    assertThat(Files.readAllBytes(site.resolve(path))).isEqualTo(bytes);
  }

  /**
   * Rewrites the entry of {@code path} in {@code pages.tsv} ({@code change} edits its columns) and
   * returns the file's new lines.
   */
  private List<String> forge(String path, java.util.function.Consumer<String[]> change)
      throws IOException {
    Path tsv = cache.resolve("pages.tsv");
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> forged =
        lines.stream()
            .map(
                l -> {
                  if (!l.startsWith(path + "\t")) {
                    return l;
                  }
                  String[] f = l.split("\t");
                  change.accept(f);
                  return String.join("\t", f);
                })
            .toList();
    assertThat(forged).isNotEqualTo(lines);
    Files.write(tsv, forged, StandardCharsets.UTF_8);
    return forged;
  }

  /**
   * What failed: a page's check fails on the thread that rendered it, and a failure on another
   * thread than the caller's comes wrapped.
   */
  private static Throwable root(Throwable t) {
    assertThat(t).as("the rebuild fails").isNotNull();
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Another unit's new name shows in rankings and histories: a rebuild equals a fresh build. */
  @Test
  void aRenamedUnitEqualsAFreshBuild() throws IOException {
    rebuild();
    Path units;
    try (Stream<Path> files = Files.walk(repo.resolve("units"))) {
      units =
          files
              .filter(f -> read(f).contains("mau-huyen-1-xa-1"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    String json = read(units);
    String changed = json.replaceFirst("\"name\" : \"", "\"name\" : \"Đổi tên ");
    assertThat(changed).isNotEqualTo(json);
    Files.writeString(units, changed, StandardCharsets.UTF_8);

    SiteRenderer.CacheUse use = rebuild();

    assertThat(use.rendered()).isNotEmpty();
    assertEqualsFreshBuild();
  }

  private static String read(Path f) {
    try {
      return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aChangedFrameworkRendersItsPagesOnly() throws IOException {
    rebuild();
    Path fw = repo.resolve("criteria/" + HUYEN + ".json");
    String json = Files.readString(fw, StandardCharsets.UTF_8);
    String changed = json.replaceFirst("\"name\": \"", "\"name\": \"Đổi: ");
    assertThat(changed).isNotEqualTo(json);
    Files.writeString(fw, changed, StandardCharsets.UTF_8);

    Set<String> rendered = rebuild().rendered();

    // The Vietnamese name of the first pillar: the Vietnamese pages of the framework; English
    // pages show its English name, unchanged, so they are reused.
    assertThat(rendered).containsAll(pages("units/.*/" + HUYEN + "-.*\\.html"));
    assertThat(rendered).contains("criteria/" + HUYEN + ".html");
    assertThat(rendered).doesNotContainAnyElementsOf(pages("en/units/.*\\.html"));
    assertThat(rendered).doesNotContainAnyElementsOf(pages("(en/)?units/.*/" + XA + "-.*\\.html"));
    assertThat(rendered).doesNotContain("criteria/" + XA + ".html");
    assertEqualsFreshBuild();
  }

  @Test
  void aChangedTemplateRendersThePagesThatUseItOnly() throws IOException {
    rebuild();
    Path ranking = templates.resolve("ranking.ftlh");
    Files.writeString(
        ranking,
        Files.readString(ranking, StandardCharsets.UTF_8)
            .replace("</@layout.shell>", "<p>x</p></@layout.shell>"),
        StandardCharsets.UTF_8);

    Set<String> rendered = rebuild().rendered();

    assertThat(rendered).isNotEmpty().isEqualTo(pages("(en/)?rankings/.*\\.html"));
    assertEqualsFreshBuild();
    assertThat(Files.readString(site.resolve(rendered.iterator().next()))).contains("<p>x</p>");

    // The layout every page imports: every page.
    Path layout = templates.resolve("layout.ftlh");
    Files.writeString(layout, Files.readString(layout) + "<#-- changed -->\n");
    assertThat(rebuild().rendered()).isEqualTo(pages(".*\\.html"));
  }

  @Test
  void thePipelineKeepsTheCacheAndSaysWhatItReused() throws IOException {
    List<org.opendti.diagnostic.Text> said = new java.util.ArrayList<>();
    Pipeline pipeline =
        Pipeline.builder()
            .repositoryRoot(repo)
            .templates(templates)
            .renderCache(cache)
            .listener(said::add)
            .build();
    pipeline.publish(site);
    pipeline.publish(site);
    List<List<Object>> lines =
        said.stream()
            .filter(t -> t.key().equals("progress.render-cache"))
            .map(t -> t.args())
            .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get(0)).isEqualTo(0);
    assertThat(lines.get(1).get(1)).isEqualTo(0);
    assertThat((Integer) lines.get(1).get(0)).isEqualTo(lines.get(0).get(1));
    assertThat(cache.resolve("pages.tsv")).exists();
    assertThat(lines.get(1).get(0).toString()).isNotEqualTo("0");
    assertThat(said.stream().map(t -> t.in(org.opendti.diagnostic.Lang.VI)).toList())
        .anyMatch(l -> l.startsWith("bộ nhớ đệm"));
    // The second load took every submission and review from the read cache kept beside the pages
    List<List<Object>> loads =
        said.stream()
            .filter(t -> t.key().equals("progress.read-cache"))
            .map(t -> t.args())
            .toList();
    assertThat(loads).hasSize(2);
    assertThat(loads.get(0).subList(0, 2)).containsExactly(0, 0);
    assertThat((Integer) loads.get(1).get(0)).isPositive().isEqualTo(loads.get(1).get(1));
    assertThat(cache.resolve("loaded.bin")).exists();
  }

  @Test
  void aNewToolVersionRendersEveryPage() throws IOException {
    SiteRenderer.CacheUse first = publish(site, true, "1");
    SiteRenderer.CacheUse other = publish(site, true, "2");
    assertThat(other.reused()).isZero();
    assertThat(other.rendered()).isEqualTo(first.rendered());
  }

  /**
   * Files made together are reused whole or made again whole: with one shard of the search index
   * gone from the previous site, the whole index is made again (none of its other files is counted
   * as reused), and the site equals a fresh build.
   */
  @Test
  void aGroupWithAFileGoneIsMadeAgainWhole() throws IOException {
    rebuild();
    Set<String> search = pages("search-index\\.json|search/.*");
    assertThat(search).hasSizeGreaterThan(2);
    String gone =
        search.stream().filter(p -> p.startsWith("search/")).sorted().findFirst().orElseThrow();
    Files.delete(site.resolve(gone));

    SiteRenderer.CacheUse use = rebuild();

    assertThat(site.resolve(gone)).exists();
    assertThat(use.reusedData()).isEqualTo(keyedData().size() - search.size());
    assertThat(rebuild().reusedData()).isEqualTo(keyedData().size());
    assertEqualsFreshBuild();
  }

  @Test
  void aCachedFileEditedOnDiskIsRenderedAgainNotTrusted() throws IOException {
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    byte[] bytes = Files.readAllBytes(site.resolve(page));
    bytes[bytes.length / 2] ^= 1;
    Files.write(site.resolve(page), bytes);

    assertThat(rebuild().rendered()).containsExactly(page);
    assertEqualsFreshBuild();
  }

  /**
   * A reused page is linked from the previous site without being read: its size and modification
   * time are those recorded. The price, as for Git's index: an edit that keeps both is not seen.
   */
  @Test
  void anUnchangedPageIsLinkedWithoutBeingReadSoAnEditKeepingSizeAndTimeIsNotSeen()
      throws IOException {
    rebuild();
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    Path file = site.resolve(page);
    Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);

    assertThat(rebuild().rendered()).isEmpty();

    // The same file, linked into the new version: the edit is still there.
    assertThat(Files.readAttributes(site.resolve(page), BasicFileAttributes.class).fileKey())
        .isEqualTo(inode);
    assertThat(Files.readAllBytes(site.resolve(page))).isEqualTo(bytes);
  }

  /**
   * A page whose file has another modification time but the same size (touched, or restored by
   * {@code actions/cache}) is read and checked, reused if its CRC holds, and its new time recorded.
   */
  @Test
  void aTouchedPageIsCheckedAndReusedAndItsNewTimeRecorded() throws IOException {
    rebuild();
    String page = "en/units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    FileTime touched = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(site.resolve(page), touched);

    assertThat(rebuild().rendered()).isEmpty();

    assertThat(Files.getLastModifiedTime(site.resolve(page))).isEqualTo(touched);
    assertThat(Files.readAllLines(cache.resolve("pages.tsv")))
        .anyMatch(l -> l.startsWith(page + "\t") && l.endsWith("\t" + touched.to(NANOSECONDS)));
    assertEqualsFreshBuild();
  }

  /**
   * An edit within the same tick of the file system's clock as the cache was saved keeps the
   * recorded time: such a page is read and checked ("racily clean" in Git's words).
   */
  @Test
  void aPageAsRecentAsTheCacheIsReadAndChecked() throws IOException {
    rebuild();
    String page = "units/mau-huyen-1-xa-2/gia-lai-2023-xa-2023.html";
    Path file = site.resolve(page);
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
    Files.setLastModifiedTime(cache.resolve("pages.tsv"), time);

    assertThat(rebuild().rendered()).containsExactly(page);
    assertEqualsFreshBuild();
  }

  /** Files of a published site; {@code site} links to its version folder, walked from there. */
  private static Map<String, byte[]> files(Path site) throws IOException {
    Path dir = site.toRealPath();
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
