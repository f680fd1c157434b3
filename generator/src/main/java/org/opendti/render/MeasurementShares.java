package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Measurement;
import org.opendti.render.view.CriteriaView;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;

/**
 * How each criterion's data are measured, as the site shows it (issue #18): the kind and reason in
 * the criteria catalogue, and on each scorecard the share of the unit's points from each kind.
 */
final class MeasurementShares {

  private MeasurementShares() {}

  /** The label of a kind, or of "not stated" (null). */
  static String label(Lang lang, Measurement.Kind kind) {
    if (kind == null) {
      return lang.pick("Chưa ghi cách đo", "Not stated");
    }
    return switch (kind) {
      case SELF_REPORTED -> lang.pick("Đơn vị tự báo cáo", "Self-reported");
      case DOCUMENT_VERIFIED ->
          lang.pick("Đối chiếu tài liệu kiểm chứng", "Verified against a document");
      case THIRD_PARTY ->
          lang.pick(
              "Bên thứ ba đo (hệ thống, cơ quan khác)",
              "Measured by a third party (a system, another agency)");
    };
  }

  static CriteriaView.MeasurementText text(PageContext page, Framework fw, Criterion c) {
    Optional<Measurement> m = fw.measurementOf(c);
    return m.map(
            x ->
                new CriteriaView.MeasurementText(
                    x.kind().jsonName(),
                    label(page.lang(), x.kind()),
                    page.plain(Lang.VI, x.reason())))
        .orElse(new CriteriaView.MeasurementText("", "", ""));
  }

  /**
   * The unit's criterion points by kind, in kind order, "not stated" last; kinds with no criterion
   * left out.
   *
   * @param scores the unit's criterion scores by id ({@link UnitScore#criteriaById})
   */
  static List<ScorecardView.Measured> of(
      Lang lang, Framework fw, Map<String, CriterionScore> scores) {
    Map<Measurement.Kind, BigDecimal[]> byKind = new EnumMap<>(Measurement.Kind.class);
    BigDecimal[] unstated = null;
    BigDecimal all = BigDecimal.ZERO;
    // The framework's criteria against the unit's scores by id: the sums are the same in any
    // order, and one map is cheaper than a walk of the framework per score.
    for (Criterion c : fw.allCriteria()) {
      CriterionScore cs = scores.get(c.id());
      if (cs == null || cs.status() == CriterionScore.Status.NOT_APPLICABLE) {
        continue;
      }
      Optional<Measurement> m = fw.measurementOf(c);
      BigDecimal[] sums;
      if (m.isPresent()) {
        sums = byKind.computeIfAbsent(m.get().kind(), k -> zeros());
      } else {
        unstated = unstated == null ? zeros() : unstated;
        sums = unstated;
      }
      sums[0] = sums[0].add(cs.points());
      sums[1] = sums[1].add(cs.max());
      all = all.add(cs.points());
    }
    List<ScorecardView.Measured> out = new ArrayList<>();
    for (Map.Entry<Measurement.Kind, BigDecimal[]> e : byKind.entrySet()) {
      out.add(row(lang, e.getKey(), e.getValue(), all));
    }
    if (unstated != null) {
      out.add(row(lang, null, unstated, all));
    }
    return out;
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static ScorecardView.Measured row(
      Lang lang, Measurement.Kind kind, BigDecimal[] sums, BigDecimal all) {
    String share =
        all.signum() == 0
            ? "–"
            : lang.percent(
                sums[0].multiply(BigDecimal.valueOf(100)).divide(all, 1, RoundingMode.HALF_UP));
    return new ScorecardView.Measured(
        kind == null ? "" : kind.jsonName(),
        label(lang, kind),
        lang.points(sums[0]),
        lang.points(sums[1]),
        share);
  }
}
