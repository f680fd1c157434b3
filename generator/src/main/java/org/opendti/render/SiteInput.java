package org.opendti.render;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.git.FileProvenance;
import org.opendti.insight.Insights;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

/**
 * Everything the site is made of: the loaded data, the diagnostics (framework checker findings
 * appear on the methodology pages), the scores, the rankings, the provenance of each submission,
 * and the insights (what-if gains on scorecards, anomaly flags on the reviewers' page).
 *
 * @param provenance where each submission file came from on main, by repository-relative path;
 *     empty when Git history was not read (scorecards then show no provenance)
 * @param insights what-if reports and anomaly flags; {@link Insights#EMPTY} when not computed
 * @param computedFrom a digest of everything {@code scores}, {@code rankings} and {@code insights}
 *     are computed from, in hex ({@link InsightsCache}'s key); null when not known. When given, it
 *     stands for them in the pages' input keys ({@link PageInputs}), which then need not walk them:
 *     a caller that gives it vouches that they are what the pipeline computes from {@code dataset}
 * @param contentIds the digest of the bytes each submission and review of {@code dataset} was read
 *     from; a unit's pages are keyed by these instead of its records where known ({@link
 *     PageInputs}): a caller that gives them vouches that the records were loaded from those bytes
 */
public record SiteInput(
    Dataset dataset,
    Diagnostics diagnostics,
    List<UnitScore> scores,
    List<Ranking> rankings,
    SortedMap<String, FileProvenance> provenance,
    Insights insights,
    String computedFrom,
    ContentIds contentIds) {
  public SiteInput {
    scores = List.copyOf(scores);
    rankings = List.copyOf(rankings);
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
    insights = insights == null ? Insights.EMPTY : insights;
    contentIds = contentIds == null ? ContentIds.NONE : contentIds;
  }

  /** Inputs whose digest and content ids are not known. */
  public SiteInput(
      Dataset dataset,
      Diagnostics diagnostics,
      List<UnitScore> scores,
      List<Ranking> rankings,
      SortedMap<String, FileProvenance> provenance,
      Insights insights) {
    this(dataset, diagnostics, scores, rankings, provenance, insights, null, null);
  }

  /** Inputs without provenance or insights. */
  public SiteInput(
      Dataset dataset, Diagnostics diagnostics, List<UnitScore> scores, List<Ranking> rankings) {
    this(
        dataset,
        diagnostics,
        scores,
        rankings,
        Collections.emptySortedMap(),
        Insights.EMPTY,
        null,
        null);
  }

  /** Inputs without insights. */
  public SiteInput(
      Dataset dataset,
      Diagnostics diagnostics,
      List<UnitScore> scores,
      List<Ranking> rankings,
      SortedMap<String, FileProvenance> provenance) {
    this(dataset, diagnostics, scores, rankings, provenance, Insights.EMPTY, null, null);
  }

  /** The provenance of a submission file, if known. */
  public Optional<FileProvenance> provenanceOf(String file) {
    return Optional.ofNullable(provenance.get(file));
  }
}
