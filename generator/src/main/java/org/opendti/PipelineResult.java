package org.opendti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.git.FileProvenance;
import org.opendti.insight.Insights;
import org.opendti.load.ContentIds;
import org.opendti.load.Dataset;
import org.opendti.rank.Ranking;
import org.opendti.render.RenderedSite;
import org.opendti.render.SiteInput;
import org.opendti.render.SiteRenderer;
import org.opendti.score.UnitScore;

/**
 * What a pipeline run produced: what it answered for, every diagnostic, the accepted data (files
 * without errors), the scores and rankings computed from it, where each submission came from, and
 * the insights.
 *
 * @param scope what the run answered for: the whole repository or the changed files
 * @param diagnostics of the files in scope
 * @param rankings empty unless the whole repository was read (a ranking of part of a cohort would
 *     be wrong)
 * @param provenance where each submission file on main came from, by path; empty when Git history
 *     was not read
 * @param insights what-if gains and anomaly flags; {@link Insights#EMPTY} when not computed
 * @param computedFrom a digest of everything the scores, rankings and insights are computed from
 *     (the insights' key in the render cache, {@link org.opendti.render.InsightsCache}), in hex;
 *     null when it was not computed (no render cache, or no insights)
 * @param contentIds the digest of the bytes each accepted submission and review was read from
 */
public record PipelineResult(
    Scope.Resolved scope,
    Diagnostics diagnostics,
    Dataset accepted,
    List<UnitScore> scores,
    List<Ranking> rankings,
    SortedMap<String, FileProvenance> provenance,
    Insights insights,
    String computedFrom,
    ContentIds contentIds) {

  public PipelineResult {
    scores = List.copyOf(scores);
    rankings = List.copyOf(rankings);
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
    insights = insights == null ? Insights.EMPTY : insights;
    contentIds = contentIds == null ? ContentIds.NONE : contentIds;
  }

  /**
   * The files the site leaves out, each with its errors, by path: every file with an error except a
   * framework, which is still published (its errors fail the build). A submission, a review, a
   * registry or a policy file with an error is never used.
   */
  public java.util.SortedMap<String, List<org.opendti.diagnostic.Diagnostic>> leftOut() {
    java.util.Set<String> frameworks =
        accepted.frameworks().stream()
            .map(f -> org.opendti.validate.Validator.frameworkFile(f.id()))
            .collect(java.util.stream.Collectors.toSet());
    java.util.SortedMap<String, List<org.opendti.diagnostic.Diagnostic>> out = new TreeMap<>();
    for (org.opendti.diagnostic.Diagnostic d : diagnostics.all()) {
      if (d.severity() == org.opendti.diagnostic.Severity.ERROR
          && d.file() != null
          && !frameworks.contains(d.file())) {
        out.computeIfAbsent(d.file(), f -> new java.util.ArrayList<>()).add(d);
      }
    }
    return out;
  }

  /** The inputs of the site renderer. */
  public SiteInput siteInput() {
    return new SiteInput(
        accepted, diagnostics, scores, rankings, provenance, insights, computedFrom, contentIds);
  }

  /**
   * Writes {@code <framework>/<period>/scores.json}, {@code scores.csv} and {@code scores.xlsx}
   * below {@code dir}, the same files the site publishes as open data. Returns how many files were
   * written.
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
