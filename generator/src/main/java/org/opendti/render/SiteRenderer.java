package org.opendti.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UsageException;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.rank.Ranking;
import org.opendti.render.view.HomeView;
import org.opendti.render.view.OverviewView;
import org.opendti.render.view.Page;
import org.opendti.render.view.PageModel;
import org.opendti.render.view.RankingView;
import org.opendti.render.view.ReviewersView;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.UnitScore;

/**
 * Renders the public transparency site: Vietnamese pages at the root, English under {@code en/},
 * open data under {@code data/}, assets, sitemap and feed. Pure: the same input gives the same
 * bytes (no clock, sorted iteration, Vietnamese collation).
 *
 * <pre>{@code
 * SiteRenderer renderer = SiteRenderer.builder()
 *     .templates(repo.resolve("site-templates"))
 *     .baseUrl("https://dti.example.vn/")   // optional: sitemap.xml, feed.xml, 404 links
 *     .listener(path -> log.debug(path))
 *     .build();
 * RenderedSite site = renderer.render(new SiteInput(dataset, report, scores, rankings));
 * }</pre>
 *
 * <p>The templates folder holds {@code layout.ftlh} and one {@code .ftlh} per kind of page, {@code
 * messages_vi.properties} / {@code messages_en.properties} (UTF-8) for interface text, and {@code
 * assets/} copied as is. Thread-safe once built.
 */
public final class SiteRenderer {

  /**
   * Pages rendered in parallel before they go to the sink; bounds the bytes in flight. Small, so
   * that pages die young: 2,000 scorecards (80 MB) outlived the young generation's survivor space,
   * were promoted, and filled the old generation with dead pages (five full collections in a
   * 10,000-unit render instead of one, issue #17).
   */
  private static final int CHUNK = 250;

  private final Path templatesDir;
  private final Path schemasDir;
  private final String baseUrl;
  private final String repositoryUrl;
  private final RenderListener listener;
  private final SiteTemplates templates;
  private final Map<Lang, Map<String, String>> messages;
  private final Path cacheDir;
  private final Path previousSite;
  private final String toolVersion;
  private final int rankingRows;
  private final int pagePeriods;
  private final boolean verifyInputKeys;

  private SiteRenderer(Builder b) throws IOException {
    this.verifyInputKeys = b.verifyInputKeys;
    this.rankingRows = b.rankingRows;
    this.pagePeriods = b.pagePeriods;
    this.cacheDir = b.cacheDir;
    this.previousSite = b.previousSite;
    this.toolVersion = b.toolVersion;
    this.templatesDir = b.templatesDir;
    this.schemasDir = b.schemasDir;
    this.baseUrl = b.baseUrl;
    this.repositoryUrl = b.repositoryUrl;
    this.listener = b.listener;
    this.messages = Messages.load(templatesDir);
    this.templates = new SiteTemplates(templatesDir, List.copyOf(messages.values()));
  }

  /**
   * The running tool's version as the render cache keys pages by it: its version string and a
   * digest of its code. Computed once per process.
   */
  public static String runningToolVersion() {
    return RenderCache.toolVersion();
  }

  /**
   * The SHA-256 of {@code value} (model records, lists, texts) as the render cache keys pages by
   * their inputs, in lowercase hex; empty if it holds a value that cannot be keyed.
   */
  public static String digestOf(Object value) {
    return RenderCache.digestHex(value);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The cache of the last render, for its counts; null without a cache. */
  private volatile RenderCache lastCache;

  /**
   * Pages taken from the cache by the last {@link #render}, and the paths rendered anew; empty
   * without a cache.
   */
  public CacheUse lastCacheUse() {
    RenderCache c = lastCache;
    return c == null
        ? new CacheUse(0, 0, Set.of(), 0, Set.of())
        : new CacheUse(c.reused(), c.reusedByInputs(), c.rendered(), c.reusedData(), c.madeData());
  }

  /**
   * What the render cache saved: pages reused, of them those found by their input key without
   * building their views ({@link PageInputs}), the paths of the pages rendered, the data files
   * reused without being made (the open data's scores, insights and submissions), and the paths of
   * those made anew.
   */
  public record CacheUse(
      int reused, int reusedByInputs, Set<String> rendered, int reusedData, Set<String> madeData) {
    public CacheUse {
      rendered = Set.copyOf(rendered);
      madeData = Set.copyOf(madeData);
    }
  }

  /** Renders every page and data file. */
  public RenderedSite render(SiteInput input) {
    RenderedSite.Builder site = RenderedSite.builder();
    render(input, site::add);
    return site.build();
  }

  /**
   * Renders every page and data file into {@code site}, a chunk of pages at a time, in a fixed
   * order (not sorted by path), so the caller can write them out without holding the whole site.
   */
  public void render(SiteInput input, SiteSink site) {
    SiteIndex index = new SiteIndex(input, rankingRows, pagePeriods);
    List<String> pages = new ArrayList<>();
    List<PageJob> jobs = new ArrayList<>();
    PageInputs inputs = cacheDir == null ? null : PageInputs.of(index);
    for (Lang lang : Lang.values()) {
      renderPages(index, lang, jobs, inputs);
    }
    RenderCache cache =
        cacheDir == null
            ? null
            : new RenderCache(
                cacheDir,
                previousSite,
                templatesDir,
                java.util.Arrays.asList(
                    toolVersion == null ? RenderCache.toolVersion() : toolVersion,
                    String.valueOf(baseUrl),
                    String.valueOf(repositoryUrl)));
    renderAll(jobs, site, pages, cache);
    List<String> schemaFiles = copySchemas(site);
    // A period's score files and insights read only what the site's part of the pages' input keys
    // and the provenance of the period's files cover: with those unchanged, they are the previous
    // build's.
    addScoreFiles(
        index,
        (period, path, bytes) ->
            addData(site, cache, path, inputs == null ? null : inputs.scoreFiles(period), bytes));
    for (Framework fw : index.frameworks()) {
      for (Period p : index.publishedPeriods(fw)) {
        addData(
            site,
            cache,
            SitePaths.data(fw.id(), p.id(), "insights.json"),
            // Made from scores and insights, which the site's part holds, and no Git history.
            inputs == null ? null : inputs.site(),
            () -> OpenData.insights(index, fw, p));
        if (index.hasPages(fw.id(), p.id())) {
          // The compare page's shards, for the periods it compares: names and scores.
          addGroup(
              site,
              cache,
              "compare " + fw.id() + " " + p.id(),
              inputs == null ? null : inputs.site(),
              add -> CompareData.files(index, fw, p, add));
        }
      }
    }
    addFormFiles(index, site, cache, inputs);
    for (Lang lang : Lang.values()) {
      PageContext reviewers = new PageContext(index, lang, Insight.reviewersPath(lang), messages);
      for (CohortKey key : ReviewDashboard.cohorts(index)) {
        addGroup(
            site,
            cache,
            "reviewers " + lang.code() + " " + key.framework() + " " + key.period(),
            inputs == null ? null : inputs.workbench(key),
            add -> ReviewDashboard.files(reviewers, key, add));
      }
    }
    add(site, SitePaths.DATAPACKAGE, OpenData.datapackage(index, schemaFiles));
    add(site, SitePaths.UNITS, OpenData.units(index.input().dataset().registry()));
    // Names, levels, scorecards and ranking tables of every unit: the site's part.
    addGroup(
        site,
        cache,
        "search",
        inputs == null ? null : inputs.site(),
        add -> {
          add.accept(SearchPage.INDEX, SearchPage.index(index));
          SearchPage.split(index, messages).forEach(add);
        });
    copyAssets(site);
    pages.sort(String::compareTo);
    Feeds.sitemaps(pages, baseUrl, Feeds.SITEMAP_URLS)
        .forEach((path, bytes) -> add(site, path, bytes));
    add(site, "feed.xml", Feeds.atom(index, baseUrl));
    if (cache != null) {
      cache.save(site::stored);
      lastCache = cache;
    }
  }

  /**
   * Only the open-data score files ({@code data/<framework>/<period>/scores.csv}, {@code
   * scores.xlsx} and {@code scores.json}), exactly as the site publishes them; needs no templates.
   */
  public static RenderedSite scoreFiles(SiteInput input) {
    RenderedSite.Builder files = RenderedSite.builder();
    addScoreFiles(new SiteIndex(input), (period, path, bytes) -> files.add(path, bytes.get()));
    return files.build();
  }

  /** What {@link #addScoreFiles} adds: a score file of a period, its path and its bytes. */
  private interface ScoreFileSink {
    void add(CohortKey period, String path, Supplier<byte[]> bytes);
  }

  /** Adds each score file's period, path and how to make its bytes, made only if asked for. */
  private static void addScoreFiles(SiteIndex index, ScoreFileSink sink) {
    for (Framework fw : index.frameworks()) {
      for (Period p : index.publishedPeriods(fw)) {
        CohortKey period = new CohortKey(fw.id(), p.id());
        OpenData.Table[] table = new OpenData.Table[1];
        Supplier<OpenData.Table> once =
            () -> table[0] == null ? (table[0] = OpenData.table(index, fw, p)) : table[0];
        sink.add(
            period, SitePaths.data(fw.id(), p.id(), "scores.csv"), () -> OpenData.csv(once.get()));
        sink.add(
            period,
            SitePaths.data(fw.id(), p.id(), "scores.xlsx"),
            () -> ScoresWorkbook.xlsx(once.get()));
        sink.add(
            period,
            SitePaths.data(fw.id(), p.id(), "scores.json"),
            () -> OpenData.json(index, fw, p));
      }
    }
  }

  /**
   * Adds the data file {@code path}: the previous build's if the cache recorded it under the same
   * key ({@code parts}: what its bytes are made from, see {@link PageInputs}), else {@code bytes}
   * made now. Without a cache or parts, made now.
   */
  private void addData(
      SiteSink site, RenderCache cache, String path, List<Object> parts, Supplier<byte[]> bytes) {
    if (cache == null || parts == null) {
      add(site, path, bytes.get());
      return;
    }
    String key = cache.dataKey(path, parts);
    RenderCache.Hit hit = cache.getData(path, key);
    if (hit != null) {
      if (verifyInputKeys && !cache.dataMatches(path, key, bytes.get())) {
        throw new IllegalStateException(
            "The key of "
                + path
                + " is unchanged but its bytes are not: its inputs miss something");
      }
      reuse(site, path, hit);
      return;
    }
    byte[] made = bytes.get();
    cache.putData(path, key, made);
    add(site, path, made);
  }

  /**
   * Adds what the cache gave for {@code path}: the previous build's file, which the sink takes as
   * it is (unchanged since the last build), or bytes (read and checked, or rendered now).
   */
  private void reuse(SiteSink site, String path, RenderCache.Hit hit) {
    if (hit.file() != null) {
      site.reuse(path, hit.file());
      listener.rendered(path);
    } else {
      add(site, path, hit.bytes());
    }
  }

  /**
   * Adds the data files a group makes together ({@code make} gives each path and its bytes): the
   * previous build's if it recorded them under the same key ({@code parts}: what the group is made
   * from, see {@link PageInputs}) and every one checks out, else those {@code make} gives now.
   * Without a cache or parts, made now.
   */
  private void addGroup(
      SiteSink site,
      RenderCache cache,
      String group,
      List<Object> parts,
      java.util.function.Consumer<java.util.function.BiConsumer<String, byte[]>> make) {
    if (cache == null || parts == null) {
      make.accept((path, bytes) -> add(site, path, bytes));
      return;
    }
    String key = cache.dataKey("group " + group, parts);
    Map<String, RenderCache.Hit> hits = cache.getGroup(key);
    if (hits != null) {
      if (verifyInputKeys) {
        Map<String, byte[]> made = new java.util.LinkedHashMap<>();
        make.accept(made::put);
        if (!made.keySet().equals(new java.util.HashSet<>(hits.keySet()))
            || made.entrySet().stream()
                .anyMatch(e -> !cache.dataMatches(e.getKey(), key, e.getValue()))) {
          throw new IllegalStateException(
              "The key of the files of "
                  + group
                  + " is unchanged but their bytes are not: their inputs miss something");
        }
      }
      hits.forEach((path, hit) -> reuse(site, path, hit));
      return;
    }
    make.accept(
        (path, bytes) -> {
          cache.putData(path, key, bytes);
          add(site, path, bytes);
        });
  }

  /**
   * Each framework's Excel template in both languages, and every accepted submission as open data,
   * which the form starts a unit's next period from.
   */
  private void addFormFiles(SiteIndex index, SiteSink site, RenderCache cache, PageInputs inputs) {
    for (Lang lang : Lang.values()) {
      Map<String, String> t = messages.get(lang);
      for (Framework fw : index.frameworks()) {
        PageContext form = new PageContext(index, lang, FormPage.path(lang, fw.id()), messages);
        // The units and who has submitted: the site and every unit's data, no contact.
        addGroup(
            site,
            cache,
            "form " + lang.code() + " " + fw.id(),
            inputs == null ? null : inputs.withData(),
            add -> {
              FormTemplate.Layout layout = FormTemplate.layout(fw, lang, t, FormUnits.of(form, fw));
              add.accept(FormTemplate.path(lang, fw.id()), FormTemplate.xlsx(layout));
              add.accept(
                  FormTemplate.sheetPath(lang, fw.id()),
                  FormData.sheetJson(layout).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
      }
    }
    for (Framework fw : index.frameworks()) {
      // Every unit's points and review.
      addGroup(
          site,
          cache,
          "corrections " + fw.id(),
          inputs == null ? null : inputs.withData(),
          add -> CorrectionPage.dataFiles(index, fw, add));
    }
    index.input().dataset().submissions().stream()
        .sorted(java.util.Comparator.comparing(org.opendti.model.Submission::key))
        .forEach(
            s ->
                // Made from the submission alone, which its unit's part of the keys covers.
                addData(
                    site,
                    cache,
                    FormUnits.file(s.key()),
                    inputs == null ? null : inputs.unit(s.unit()),
                    () -> org.opendti.load.ModelJson.publishedSubmission(s)));
  }

  /** One page to render: its path, whether the sitemap lists it, and how to make its bytes. */
  private record PageJob(
      String template,
      String path,
      boolean listed,
      java.util.function.Function<RenderCache, RenderCache.Hit> bytes) {}

  /**
   * Renders the pages on all cores, a chunk at a time, and adds them in their original order: the
   * output is the same as a sequential render, and the listener is only called on this thread.
   */
  private void renderAll(List<PageJob> jobs, SiteSink site, List<String> pages, RenderCache cache) {
    for (int from = 0; from < jobs.size(); from += CHUNK) {
      List<PageJob> chunk = jobs.subList(from, Math.min(jobs.size(), from + CHUNK));
      RenderCache.Hit[] out = new RenderCache.Hit[chunk.size()];
      java.util.stream.IntStream.range(0, chunk.size())
          .parallel()
          .forEach(i -> out[i] = chunk.get(i).bytes().apply(cache));
      for (int i = 0; i < out.length; i++) {
        reuse(site, chunk.get(i).path(), out[i]);
        if (chunk.get(i).listed()) {
          pages.add(chunk.get(i).path());
        }
      }
    }
  }

  /**
   * @param inputs the parts of the input keys of the scorecards, ranking pages and overviews; null
   *     without a cache or when they cannot be keyed
   */
  private void renderPages(SiteIndex index, Lang lang, List<PageJob> site, PageInputs inputs) {
    Map<String, String> t = messages.get(lang);
    PageContext home = new PageContext(index, lang, SitePaths.home(lang), messages);
    site.add(
        job(
            home,
            "home.ftlh",
            inputs == null ? null : inputs::site,
            () -> {
              HomeView v = HomePage.view(home);
              return new Built<>(
                  v, t.get("siteTitle"), t.get("description.home"), HomePage.showsSample(v));
            }));
    for (Framework fw : index.frameworks()) {
      String title = lang.pick(fw.title(), fw.titleEn());
      PageContext criteria = home.at(SitePaths.criteria(lang, fw.id()));
      site.add(
          job(
              criteria,
              "criteria.ftlh",
              inputs == null ? null : inputs::site,
              () ->
                  new Built<>(
                      CriteriaPages.catalogue(criteria, fw),
                      title,
                      Messages.format(t.get("description.criteria"), title),
                      false)));
      PageContext methodology = home.at(SitePaths.methodology(lang, fw.id()));
      site.add(
          job(
              methodology,
              "methodology.ftlh",
              inputs == null ? null : inputs::site,
              () ->
                  new Built<>(
                      CriteriaPages.methodology(methodology, fw),
                      t.get("methodology") + " — " + title,
                      Messages.format(t.get("description.methodology"), title),
                      false)));
      PageContext form = home.at(FormPage.path(lang, fw.id()));
      site.add(
          job(
              form,
              "form.ftlh",
              inputs == null ? null : inputs::withData,
              () ->
                  new Built<>(
                      FormPage.view(form, fw, repositoryUrl),
                      t.get("formTitle") + " — " + title,
                      Messages.format(t.get("description.form"), title),
                      false)));
      PageContext correction = home.at(CorrectionPage.path(lang, fw.id()));
      site.add(
          job(
              correction,
              "correction.ftlh",
              inputs == null ? null : inputs::withData,
              () ->
                  new Built<>(
                      CorrectionPage.view(correction, fw, repositoryUrl),
                      t.get("correctTitle") + " — " + title,
                      Messages.format(t.get("description.correct"), title),
                      false)));
      for (Period p : index.pagedPeriods(fw)) {
        String titleInPeriod = home.titleInPeriod(fw, p);
        PageContext overview = home.at(OverviewPage.path(lang, fw.id(), p.id()));
        site.add(
            job(
                overview,
                "overview.ftlh",
                inputs == null ? null : inputs::site,
                () -> {
                  OverviewView v = OverviewPage.view(overview, fw, p);
                  return new Built<>(
                      v,
                      t.get("overview") + " — " + titleInPeriod,
                      Messages.format(t.get("description.overview"), title, p.id()),
                      OverviewPage.showsSample(v));
                }));
        for (Ranking r : index.rankings(fw.id(), p.id())) {
          for (int n = 1; n <= RankingPages.pages(index, r); n++) {
            int pageNo = n;
            PageContext ranking = home.at(RankingPages.path(lang, r, n));
            site.add(
                job(
                    ranking,
                    "ranking.ftlh",
                    inputs == null ? null : inputs::site,
                    () -> {
                      RankingView v = RankingPages.view(ranking, fw, r, pageNo);
                      return new Built<>(
                          v,
                          v.heading()
                              + (v.pager() == null ? "" : " (" + v.pager().here() + ")")
                              + " — "
                              + titleInPeriod,
                          Messages.format(
                              t.get("description.ranking"),
                              v.heading(),
                              v.period(),
                              title,
                              Integer.toString(r.entries().size())),
                          v.rows().stream().anyMatch(x -> x.sample()));
                    }));
          }
        }
        for (UnitScore s : index.scores(fw.id(), p.id())) {
          PageContext scorecard = home.at(ScorecardPage.path(lang, s));
          site.add(
              job(
                  scorecard,
                  "scorecard.ftlh",
                  inputs == null ? null : () -> inputs.scorecard(s),
                  () -> {
                    ScorecardView v =
                        ScorecardPage.view(scorecard, fw, s, FormLinks.base(repositoryUrl));
                    return new Built<>(
                        v,
                        v.unit() + " — " + titleInPeriod,
                        Messages.format(
                            t.get("description.scorecard"),
                            v.unit(),
                            v.period(),
                            v.total(),
                            v.maxTotal()),
                        s.sample() || index.isSample(s.unitId()));
                  }));
        }
      }
    }
    PageContext compare = home.at(ComparePage.path(lang));
    site.add(
        job(
            compare,
            "compare.ftlh",
            inputs == null ? null : inputs::site,
            () ->
                new Built<>(
                    ComparePage.view(compare),
                    t.get("compareTitle"),
                    t.get("description.compare"),
                    false)));
    PageContext openData = home.at(OpenDataPage.path(lang));
    site.add(
        job(
            openData,
            "open-data.ftlh",
            inputs == null ? null : inputs::site,
            () ->
                new Built<>(
                    OpenDataPage.view(openData),
                    t.get("openData"),
                    t.get("description.openData"),
                    false)));
    PageContext search = home.at(SearchPage.path(lang));
    site.add(
        job(
            search,
            "search.ftlh",
            inputs == null ? null : inputs::site,
            () ->
                new Built<>(
                    SearchPage.view(search),
                    t.get("searchTitle"),
                    t.get("description.search"),
                    false)));
    PageContext reviewers = home.at(Insight.reviewersPath(lang));
    site.add(
        job(
            reviewers,
            "reviewers.ftlh",
            inputs == null ? null : inputs::workbench,
            () ->
                new Built<>(
                    ReviewDashboard.view(reviewers),
                    t.get("reviewersTitle"),
                    t.get("description.reviewers"),
                    false)));
    for (CohortKey key : ReviewDashboard.cohorts(index)) {
      PageContext cohort = home.at(ReviewDashboard.pagePath(lang, key));
      site.add(
          job(
              cohort,
              "reviewers-cohort.ftlh",
              inputs == null ? null : () -> inputs.workbench(key),
              () -> {
                ReviewersView.CohortPage view = ReviewDashboard.cohortPage(cohort, key);
                return new Built<>(
                    view,
                    view.cohort().title() + " · " + t.get("reviewersLink"),
                    Messages.format(t.get("description.reviewersCohort"), view.cohort().title()),
                    false);
              }));
    }
    PageContext notFound = home.at(SitePaths.notFound(lang));
    site.add(
        job(
            notFound,
            NOT_FOUND,
            inputs == null ? null : inputs::site,
            () ->
                new Built<>(
                    new org.opendti.render.view.NotFoundView(
                        index.archives(), SearchPage.path(lang)),
                    t.get("notFoundTitle"),
                    t.get("description.notFound"),
                    false)));
  }

  /** The template of the 404 pages, the only pages the sitemap does not list. */
  private static final String NOT_FOUND = "404.ftlh";

  private static final String SCORECARD = "scorecard.ftlh";

  /**
   * A page's view, with the title, the meta description (what the page holds, for search results
   * and link previews) and the sample banner the layout shows.
   */
  private record Built<V>(V view, String title, String description, boolean sample) {}

  /**
   * A page to render at {@code at.path()}. The view is built inside the job, so views too are built
   * on every core.
   */
  private <V> PageJob job(PageContext at, String template, Supplier<Built<V>> build) {
    return job(at, template, null, build);
  }

  /**
   * A page to render, as above, that may also be found in the cache by its input key, a digest of
   * what its view is built from ({@code inputs}: the key's parts besides the template, path and
   * language; null, or supplying null, for none), without building its view.
   */
  private <V> PageJob job(
      PageContext at, String template, Supplier<List<Object>> inputs, Supplier<Built<V>> build) {
    return new PageJob(
        template,
        at.path(),
        !template.equals(NOT_FOUND),
        cache -> {
          String inputKey = null;
          if (cache != null && inputs != null) {
            List<Object> parts = inputs.get();
            if (parts != null) {
              inputKey = cache.inputKey(template, at.path(), at.lang().code(), parts);
              RenderCache.Hit hit = cache.getByInputs(at.path(), inputKey);
              if (hit != null && !verifyInputKeys) {
                return hit;
              }
            }
          }
          Built<V> built = build.get();
          if (cache == null) {
            return rendered(bytes(template, at, built));
          }
          String key;
          try {
            key =
                cache.key(
                    template,
                    at.path(),
                    at.lang().code(),
                    java.util.Arrays.asList(built.title(), built.description(), built.sample()),
                    built.view());
          } catch (IllegalArgumentException unkeyable) {
            // A view holding a kind of value the cache cannot key: rendered every time.
            return rendered(bytes(template, at, built));
          }
          if (verifyInputKeys && inputKey != null) {
            String recorded = cache.keyRecordedFor(at.path(), inputKey);
            if (recorded != null && !recorded.equals(key)) {
              throw new IllegalStateException(
                  "The input key of "
                      + at.path()
                      + " is unchanged but its view is not: its inputs miss something it reads");
            }
          }
          RenderCache.Hit hit = cache.get(at.path(), key, inputKey);
          if (hit != null) {
            return hit;
          }
          byte[] out = bytes(template, at, built);
          cache.put(at.path(), key, inputKey, out);
          return rendered(out);
        });
  }

  private static RenderCache.Hit rendered(byte[] bytes) {
    return new RenderCache.Hit(null, bytes);
  }

  private <V> byte[] bytes(String template, PageContext at, Built<V> built) {
    Lang lang = at.lang();
    String path = at.path();
    String title = built.title();
    String description = built.description();
    boolean sample = built.sample();
    V view = built.view();
    String base = baseUrl == null ? null : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    boolean notFound = path.equals(SitePaths.notFound(lang));
    // A host serves the 404 page at whatever path was asked for (GitHub Pages: /a/b/missing
    // gets /404.html), where relative links would miss the styles and the home page: with a
    // known base URL its links are absolute.
    boolean absolute = base != null && notFound;
    // Language alternates in <head> count only as absolute URLs (Lighthouse's hreflang audit
    // fails a relative one): without a base URL a page has none, the header's language link
    // stays. The 404 page has none either: it is not a page to index.
    boolean alternates = base != null && !notFound;
    Page page =
        new Page(
            lang.code(),
            title,
            description,
            absolute ? base : SitePaths.root(path),
            absolute
                ? base + SitePaths.alternate(lang, path)
                : SitePaths.href(path, SitePaths.alternate(lang, path)),
            lang.other().code(),
            absolute ? base + SitePaths.home(lang) : SitePaths.href(path, SitePaths.home(lang)),
            sample,
            messages.get(lang),
            alternates ? base + path : null,
            alternates ? base + SitePaths.alternate(lang, path) : null,
            // a printed scorecard leads back to its page, whose address needs the base URL
            alternates && SCORECARD.equals(template)
                ? Markdown.markup(
                    QrSvg.of(base + path, messages.get(lang).get("printQr") + " " + base + path))
                : null);
    return templates.render(template, lang, new PageModel<>(page, view));
  }

  private void add(SiteSink site, String path, byte[] bytes) {
    site.add(path, bytes);
    listener.rendered(path);
  }

  private void copyAssets(SiteSink site) {
    Path assets = templatesDir.resolve("assets");
    if (!Files.isDirectory(assets)) {
      return;
    }
    try (Stream<Path> files = Files.walk(assets)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = assets.relativize(f).toString().replace('\\', '/');
        add(site, "assets/" + rel, Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code *.schema.json} to {@code data/schemas/}; returns the file names, sorted. */
  private List<String> copySchemas(SiteSink site) {
    if (schemasDir == null || !Files.isDirectory(schemasDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(schemasDir)) {
      List<Path> schemas =
          files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList();
      List<String> names = new ArrayList<>();
      for (Path f : schemas) {
        String name = f.getFileName().toString();
        add(site, "data/schemas/" + name, Files.readAllBytes(f));
        names.add(name);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link SiteRenderer}; {@link #templates} is required. */
  public static final class Builder {
    private Path templatesDir;
    private Path schemasDir;
    private boolean schemasSet;
    private String baseUrl;
    private String repositoryUrl;
    private RenderListener listener = RenderListener.NONE;
    private Path cacheDir;
    private Path previousSite;
    private String toolVersion;
    private boolean verifyInputKeys;
    private int rankingRows = RankingPages.PAGE_ROWS;
    private int pagePeriods;

    private Builder() {}

    /**
     * Pages (overview, rankings, scorecards, reviewers' pages) for each framework's latest {@code
     * periods} scored periods only; the older ones keep their open data and their row in each
     * scorecard's history, which links to that data. Default 0: pages for every period. For a site
     * that outgrows its host (README, "Site size on a Pages host").
     */
    public Builder pagePeriods(int periods) {
      if (periods < 0) {
        throw new UsageException(Text.of("usage.page-periods", periods));
      }
      this.pagePeriods = periods;
      return this;
    }

    /** Rows per page of a ranking table; a longer table is split into pages. Default 200. */
    public Builder rankingRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("rows per ranking page: " + rows);
      }
      this.rankingRows = rows;
      return this;
    }

    /**
     * Keeps the incremental render cache in {@code dir} ({@code pages.tsv}) and reuses, for a page
     * whose key is unchanged, its file in {@code previousSite} (the folder the last build published
     * to): handed to the sink as it is ({@link SiteSink#reuse}) if its size and modification time
     * are those recorded, else read and checked against the recorded length and CRC; see {@link
     * RenderCache}. Default: no cache.
     */
    public Builder cache(Path dir, Path previousSite) {
      this.cacheDir = dir;
      this.previousSite = previousSite;
      return this;
    }

    /** The tool version the cache keys pages with; default: the running jar's, by content. */
    public Builder toolVersion(String version) {
      this.toolVersion = version;
      return this;
    }

    /**
     * Builds and keys the view of every page the cache would reuse by its input key anyway, and
     * fails if its view key is not the one recorded under that input key: the input key missed
     * something the page reads ({@link PageInputs}). For tests; off by default.
     */
    public Builder verifyInputKeys(boolean verify) {
      this.verifyInputKeys = verify;
      return this;
    }

    /** The folder with the {@code .ftlh} templates, messages and {@code assets/}. */
    public Builder templates(Path dir) {
      this.templatesDir = dir;
      return this;
    }

    /**
     * The folder whose {@code *.schema.json} are published under {@code data/schemas/}; defaults to
     * {@code schemas/} next to the templates folder (the repository root), skipped if absent.
     */
    public Builder schemas(Path dir) {
      this.schemasDir = dir;
      this.schemasSet = true;
      return this;
    }

    /**
     * The absolute URL the site is served from, for sitemap.xml, feed.xml and the 404 pages' links
     * (served at any depth, they cannot link relatively); optional.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * The project's repository, {@code https://github.com/<owner>/<repo>}, for the submission
     * form's "Open on GitHub" link; optional (the link is hidden without it).
     */
    public Builder repositoryUrl(String url) {
      this.repositoryUrl = url;
      return this;
    }

    public Builder listener(RenderListener listener) {
      this.listener = java.util.Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @throws UsageException if the templates folder is missing or unreadable, or the base or
     *     repository address is not an absolute http(s) address
     */
    public SiteRenderer build() {
      if (templatesDir == null || !Files.isDirectory(templatesDir)) {
        throw new UsageException(Text.of("usage.no-templates", String.valueOf(templatesDir)));
      }
      if (baseUrl != null && !(baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
        throw new UsageException(Text.of("usage.base-url", baseUrl));
      }
      try {
        FormLinks.base(repositoryUrl);
      } catch (IllegalArgumentException e) {
        throw new UsageException(Text.of("usage.repository-url", repositoryUrl), e);
      }
      if (!schemasSet) {
        Path parent = templatesDir.toAbsolutePath().getParent();
        schemasDir = parent == null ? null : parent.resolve("schemas");
      }
      try {
        return new SiteRenderer(this);
      } catch (IOException e) {
        throw new UsageException(
            Text.of("usage.unreadable-templates", templatesDir.toString(), e.getMessage()), e);
      }
    }
  }
}
