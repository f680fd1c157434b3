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
import org.opendti.load.Dataset;
import org.opendti.rank.Ranking;
import org.opendti.render.RenderedSite;
import org.opendti.render.SiteInput;
import org.opendti.render.SiteRenderer;
import org.opendti.score.UnitScore;
import org.opendti.validate.ValidationReport;

/**
 * What a pipeline run produced: every diagnostic, the accepted data (files without errors), and the
 * scores and rankings computed from it.
 *
 * @param provenance where each submission file on main came from, by path; empty when Git history
 *     was not read
 */
public record PipelineResult(
    ValidationReport report,
    Dataset accepted,
    List<UnitScore> scores,
    List<Ranking> rankings,
    SortedMap<String, FileProvenance> provenance) {

  public PipelineResult {
    scores = List.copyOf(scores);
    rankings = List.copyOf(rankings);
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
  }

  /** A result without provenance. */
  public PipelineResult(
      ValidationReport report, Dataset accepted, List<UnitScore> scores, List<Ranking> rankings) {
    this(report, accepted, scores, rankings, Collections.emptySortedMap());
  }

  /** The inputs of the site renderer. */
  public SiteInput siteInput() {
    return new SiteInput(accepted, report, scores, rankings, provenance);
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
