package org.opendti.render.view;

import java.util.List;

/**
 * How a framework aggregates and ranks ({@code 004_…} Điều 5–6), with its own numbers, how firm its
 * ranks are (the rank-interval analysis), and what the framework checker found in its file.
 */
public record MethodologyView(
    String title,
    Link criteria,
    String totalPoints,
    boolean rescale,
    String bonusPolicy,
    List<Sector> sectors,
    List<Band> classification,
    List<Group> rankingGroups,
    List<Finding> findings,
    RankIntervals rankIntervals) {
  public MethodologyView {
    sectors = List.copyOf(sectors);
    classification = List.copyOf(classification);
    rankingGroups = List.copyOf(rankingGroups);
    findings = List.copyOf(findings);
  }

  /** A priority sector and its maximum F. */
  public record Sector(String name, String points) {}

  /** A classification band: label, minimum share and the points it takes. */
  public record Band(String label, String minShare, String minPoints) {}

  /** A ranking group and how its tables are partitioned ("all", "parent", or a level). */
  public record Group(String name, String by) {}

  /**
   * The rank-interval analysis as it applies to this framework (issue #18).
   *
   * @param draws how many times each ranking is recomputed, formatted
   * @param weightBand how far each pillar's weight varies, in percent either side, formatted
   * @param cohortCriteria "id name" of each criterion scored against the other units; empty when
   *     the framework has none (then the reading of min-max is not varied)
   * @param rescale whether the framework rescales for not-applicable criteria (D = A × B / C)
   * @param notApplicableAllowed whether any criterion may be claimed not applicable
   * @param pillars how many pillars have points, formatted
   * @param weightsVary whether there are two pillars or more (one pillar's weight cancels out)
   */
  public record RankIntervals(
      String draws,
      String weightBand,
      List<String> cohortCriteria,
      boolean rescale,
      boolean notApplicableAllowed,
      String pillars,
      boolean weightsVary) {
    public RankIntervals {
      cohortCriteria = List.copyOf(cohortCriteria);
    }
  }

  /**
   * What the framework checker found in the framework, in words for the public: no file, position,
   * JSON pointer or rule code (those are in {@code dti:validate}'s output).
   *
   * @param severity {@code error}, {@code warning} or {@code info}, for the style
   * @param severityLabel its words, e.g. "Cảnh báo"
   * @param message what was found, cut where its language changes (a criterion without an English
   *     name is Vietnamese in an English sentence)
   */
  public record Finding(String severity, String severityLabel, List<TextPart> message) {
    public Finding {
      message = List.copyOf(message);
    }
  }
}
