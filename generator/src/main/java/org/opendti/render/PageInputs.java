package org.opendti.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendti.insight.Insights;
import org.opendti.load.Dataset;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.score.UnitScore;

/**
 * What a page is made of, digested without building its view, so that a rebuild can reuse a page
 * whose inputs are unchanged without building and keying its view (issue #17, target 3: building
 * and keying the 40,000 scorecard views of a 10,000-unit site was about a third of a rebuild's
 * CPU). The ranking and overview pages, the home page, the criteria and methodology pages and the
 * compare, open-data, search and 404 pages read only the first part below ({@link #site}); a
 * scorecard reads both ({@link #scorecard}). They go into the page's input key ({@link
 * RenderCache#inputKey}):
 *
 * <ul>
 *   <li><b>the whole site's</b>, one digest per build: every framework, the unit registry, the
 *       access policy and the insight thresholds, every unit's scores, every ranking, the insights
 *       (what-if, anomaly flags, rank intervals, integrity tests), and the settings that shape the
 *       links (rows per ranking page, periods with pages). Everything a scorecard reads of other
 *       units is here: their names, scores, ranks and the cohort's insights, never their files.
 *       When the pipeline gives the digest of what the scores, rankings and insights are computed
 *       from ({@link SiteInput#computedFrom}), that digest stands for them;
 *   <li><b>the unit's own</b>, one digest per unit: its submissions and reviews, in every framework
 *       and period (a scorecard's history and its review read them), each by the content id of the
 *       bytes it was read from where the loader gave one ({@link SiteInput#contentIds}), and where
 *       each of those files came from in Git (the provenance the scorecard cites).
 * </ul>
 *
 * <p>So after a change that moves no score, rank or insight (a contact, a note, a document's
 * title), only the unit's own scorecards have a new input key; after one that moves a score, every
 * scorecard has one, and each is keyed by its view as before, which renders only those whose bytes
 * changed. The input key is only a shortcut to the view's key: a page is reused by it only when the
 * previous build recorded the same input key beside the view key the page was rendered under.
 * Whether the two parts miss anything a scorecard reads is checked, not assumed: with {@link
 * SiteRenderer.Builder#verifyInputKeys} every page reused by its input key has its view built and
 * keyed anyway, and a view key other than the recorded one fails the build ({@code RenderCacheTest}
 * runs every rebuild so).
 *
 * <p>Pages and files that read every unit add a third part, <b>every unit's data</b>: each
 * submission without its two contacts, and each review ({@link #withData}: the forms and the
 * correction forms, with the paths of the files on main; {@link #workbench}, with the date the data
 * are as of and, for a period's page and tables where its framework scores by arrival, the Git
 * history of the period's files: the reviewers' pages and tables). A contact changes neither. When
 * the pipeline gave {@link SiteInput#computedFrom}, the site's part already holds this one (the
 * insights are computed from the data), so it is not digested again. A period's score files ({@link
 * #scoreFiles}) read the site's part and the Git history of that period's files only, so a merge of
 * one submission makes its period's score files again, not every period's; its {@code
 * insights.json} cites no history and reads the site's part only.
 *
 * <p>A page that reads only the site's part is reused by its input key whenever the site's digest
 * is unchanged (in a rebuild after a merged change that moves no score, the 38 such pages of the
 * 10,000-unit benchmark were built and keyed by their views on a JVM that had not yet compiled
 * their code, issue #17). A site whose inputs hold a value the key cannot encode gets no input
 * keys: these pages are then keyed by their views, as every other page is.
 */
final class PageInputs {

  private final SiteIndex index;

  /** The site's digest, in hex. */
  private final String site;

  private final Map<String, List<Object>> filesOfUnit;

  /** Each unit's digest in hex, computed once for all its pages; empty if it cannot be keyed. */
  private final Map<String, String> units = new ConcurrentHashMap<>();

  /** Each period's provenance digest in hex, computed once; empty if unkeyable. */
  private final Map<CohortKey, String> periods = new ConcurrentHashMap<>();

  /** The digest of the paths of the files on main, in hex ({@link #onMain()}). */
  private final Lazy<String> onMain = new Lazy<>();

  /** Every unit's data's digest, when the site's part does not cover it. */
  private final Lazy<String> data = new Lazy<>();

  /** A value computed on first use; several threads may compute it at once, one result is kept. */
  private static final class Lazy<T> {
    private final java.util.concurrent.atomic.AtomicReference<T> value =
        new java.util.concurrent.atomic.AtomicReference<>();

    T get(java.util.function.Supplier<T> compute) {
      T v = value.get();
      return v != null ? v : value.updateAndGet(x -> x != null ? x : compute.get());
    }
  }

  private PageInputs(SiteIndex index, String site, Map<String, List<Object>> filesOfUnit) {
    this.index = index;
    this.site = site;
    this.filesOfUnit = filesOfUnit;
  }

  /**
   * The inputs of {@code index}'s pages, or null if something in the site's part cannot be keyed
   * (the pages are then keyed by their views).
   */
  static PageInputs of(SiteIndex index) {
    SiteInput input = index.input();
    Dataset data = input.dataset();
    String site =
        RenderCache.digestHex(
            java.util.Arrays.asList(
                "page inputs 2",
                data.frameworks(),
                data.registry().levels(),
                data.registry().units(),
                data.accessPolicy().orElse(null),
                data.thresholds(),
                computed(input),
                index.rankingRows(),
                index.pagePeriodsSetting()));
    if (site.isEmpty()) {
      return null;
    }
    Map<String, List<Object>> files = new HashMap<>();
    for (Submission s : data.submissions()) {
      own(files, s.unit(), s, s.file(), input);
    }
    for (Review r : data.reviews()) {
      own(files, r.unit(), r, r.file(), input);
    }
    return new PageInputs(index, site, files);
  }

  /**
   * What the site's part says of the scores, rankings and insights: the digest of what they are
   * computed from when the pipeline gives it ({@link SiteInput#computedFrom}), else they
   * themselves. The digest spares a walk of every score and insight (about 1.5 s of a 10,000-unit
   * rebuild's CPU, warm): they are computed from it by the same tool, whose version is in every
   * key.
   */
  private static List<Object> computed(SiteInput input) {
    if (input.computedFrom() != null) {
      return List.of("computed from", input.computedFrom());
    }
    Insights insights = input.insights();
    return java.util.Arrays.asList(
        "computed",
        input.scores(),
        input.rankings(),
        insights.whatIf(),
        insights.flags(),
        insights.rankIntervals(),
        insights.integrity());
  }

  /**
   * Adds a file of {@code unit} to its part: the record, or the path and content id of the bytes it
   * was read from where the loader gave one (the record is a function of them and of its framework,
   * which is in the site's part: walking every unit's records was most of the units' digests), and
   * the file's provenance.
   */
  private static void own(
      Map<String, List<Object>> files, String unit, Object record, String file, SiteInput input) {
    List<Object> list = files.computeIfAbsent(unit, u -> new ArrayList<>());
    list.add(input.contentIds().of(file).<Object>map(id -> List.of(file, id)).orElse(record));
    list.add(input.provenanceOf(file).orElse(null));
  }

  /**
   * The parts of the input key of a page that reads only what every unit's scorecard may read of
   * the whole site (a ranking table, a period's overview), besides its template, path and language.
   */
  List<Object> site() {
    return List.of(site);
  }

  /**
   * The parts of the key of a period's score files in the open data: the site's digest, whether Git
   * history was read (the tables then have provenance columns), and the Git provenance of the
   * period's files, which the score tables date submissions by; null if it cannot be keyed. Not
   * every file's history: a merge of one submission would then make every period's tables again.
   */
  List<Object> scoreFiles(CohortKey period) {
    String p = cohortProvenance(period);
    return p.isEmpty() ? null : List.of(site, !index.input().provenance().isEmpty(), p);
  }

  /**
   * The parts of the key of a page or file made from the whole site and every unit's data, but no
   * contact and no Git history: the forms (which list who has submitted) and the correction form's
   * data (every unit's points and review); null if the data cannot be keyed. With the paths of the
   * files on main, which the forms read to say who has sent a file ({@code FormUnits}): a file on
   * main that the checks left out is in no unit's data.
   */
  List<Object> withData() {
    String d = dataUnlessComputed();
    String onMain = onMain();
    return d.isEmpty() || onMain.isEmpty() ? null : List.of(site, d, onMain);
  }

  /**
   * The parts of the key of the reviewers' workbench of a period, pages and tables: the site, every
   * unit's data, the date the data are as of ({@link ReviewDashboard#asOf}: the latest review,
   * objection or arrival) and, where the framework scores by arrival ({@link
   * Framework#readsArrival}), the Git provenance of the period's files: a review's effect on points
   * rescores the cohort with their arrival times, the only thing of their history the rows read.
   * Null if it cannot be keyed.
   */
  List<Object> workbench(CohortKey period) {
    String d = dataUnlessComputed();
    boolean byArrival =
        index
            .input()
            .dataset()
            .framework(period.framework())
            .map(Framework::readsArrival)
            .orElse(true);
    String p = byArrival ? cohortProvenance(period) : "no arrival read";
    return d.isEmpty() || p.isEmpty() ? null : List.of(site, d, ReviewDashboard.asOf(index), p);
  }

  /**
   * The parts of the key of the reviewers' workbench's index, which counts every period's units by
   * state from the data alone ({@link ReviewDashboard#view}): the site, every unit's data and the
   * date the data are as of, no file's Git history; null if it cannot be keyed.
   */
  List<Object> workbench() {
    String d = dataUnlessComputed();
    return d.isEmpty() ? null : List.of(site, d, ReviewDashboard.asOf(index));
  }

  /**
   * The digest of the Git provenance of {@code period}'s accepted submissions and their reviews, in
   * hex; empty if it cannot be keyed.
   */
  private String cohortProvenance(CohortKey period) {
    return periods.computeIfAbsent(
        period,
        k -> {
          SiteInput input = index.input();
          List<Object> files = new ArrayList<>();
          for (Submission s : input.dataset().cohort(k)) {
            files.add(s.file());
            files.add(input.provenanceOf(s.file()).orElse(null));
            input
                .dataset()
                .reviewOf(s)
                .ifPresent(
                    r -> {
                      files.add(r.file());
                      files.add(input.provenanceOf(r.file()).orElse(null));
                    });
          }
          return RenderCache.digestHex(files);
        });
  }

  /** The digest of the paths of the files on main, in hex, computed once; empty if unkeyable. */
  private String onMain() {
    return onMain.get(
        () -> RenderCache.digestHex(List.copyOf(index.input().provenance().keySet())));
  }

  /**
   * Every unit's data in a key that also holds the site's part: nothing more when the pipeline gave
   * {@link SiteInput#computedFrom}, which covers the data (they are in the insights' key) and is in
   * the site's part; else their digest ({@link DataDigest}), in hex. Empty if unkeyable.
   */
  private String dataUnlessComputed() {
    if (index.input().computedFrom() != null) {
      return "in the site's part";
    }
    return data.get(() -> DataDigest.of(index.input().dataset(), index.input().contentIds(), null));
  }

  /**
   * The parts of the key of a data file made from the unit's own files only (its submissions as
   * open data); null if they cannot be keyed.
   */
  List<Object> unit(String unitId) {
    String unit = units.computeIfAbsent(unitId, this::unitDigest);
    return unit.isEmpty() ? null : List.of(unit);
  }

  /**
   * The parts of {@code s}'s scorecard's input key besides its template, path and language: the
   * site's digest and its unit's; null if the unit's files cannot be keyed.
   */
  List<Object> scorecard(UnitScore s) {
    String unit = units.computeIfAbsent(s.unitId(), this::unitDigest);
    if (unit.isEmpty()) {
      return null;
    }
    return List.of(site, unit, s.frameworkId(), s.periodId(), index.isSample(s.unitId()));
  }

  private String unitDigest(String unitId) {
    return RenderCache.digestHex(
        java.util.Arrays.asList(unitId, filesOfUnit.getOrDefault(unitId, List.of())));
  }
}
