package org.opendti.render.view;

import java.util.List;

/**
 * How a framework aggregates and ranks ({@code 004_…} Điều 5–6), with its own numbers, and what the
 * framework checker found in its file.
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
    List<Finding> findings) {
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

  /** A framework checker diagnostic on {@code criteria/<id>.json}. */
  public record Finding(
      String severity, String location, String code, String message, String hint) {}
}
