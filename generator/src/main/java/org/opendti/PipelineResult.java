package org.opendti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.git.FileProvenance;
import org.opendti.insight.Insights;
import org.opendti.load.Dataset;
import org.opendti.rank.Ranking;
import org.opendti.render.RenderedSite;
import org.opendti.render.SiteInput;
import org.opendti.render.SiteRenderer;
import org.opendti.score.UnitScore;
import org.opendti.validate.ValidationReport;

/**
 * What a pipeline run produced: every diagnostic, the accepted data (files without errors), the
 * scores and rankings computed from it, where each submission came from, and the insights.
 *
 * @param provenance where each submission file on main came from, by path; empty when Git history
 *     was not read
 * @param insights what-if gains and anomaly flags; {@link Insights#EMPTY} when not computed (only
 *     {@code publish} computes them)
 */
public record PipelineResult(
    ValidationReport report,
    Dataset accepted,
    List<UnitScore> scores,
    List<Ranking> rankings,
    SortedMap<String, FileProvenance> provenance,
    Insights insights) {

  public PipelineResult {
    scores = List.copyOf(scores);
    rankings = List.copyOf(rankings);
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
    insights = insights == null ? Insights.EMPTY : insights;
  }

  /** A result without provenance or insights. */
  public PipelineResult(
      ValidationReport report, Dataset accepted, List<UnitScore> scores, List<Ranking> rankings) {
    this(report, accepted, scores, rankings, Collections.emptySortedMap(), Insights.EMPTY);
  }

  /** The inputs of the site renderer. */
  public SiteInput siteInput() {
    return new SiteInput(accepted, report, scores, rankings, provenance, insights);
  }

  /**
   * Writes {@code <framework>/<period>/scores.json} and {@code scores.csv} below {@code dir}, the
   * same files the site publishes as open data. Returns how many files were written.
   */
  public int writeScores(Path dir) throws IOException {
    RenderedSite files = SiteRenderer.scoreFiles(siteInput());
    int count = 0;
    for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
      // Open data lives under data/ on the site; here the score folder is the root.
      Path target = dir.resolve(file.getKey().replaceFirst("^data/", ""));
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
      count++;
    }
    return count;
  }
}
