package org.opendti.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opendti.insight.CohortIntegrity;
import org.opendti.insight.UnitIntegrity;
import org.opendti.insight.integrity.DigitTestResult;
import org.opendti.insight.uncertainty.Choice;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.insight.uncertainty.TableIntervals;

/**
 * The parts of {@code insights.json} added by issue #18: {@code rankIntervals} (every ranking
 * table's intervals and how they were made) and {@code integrity} (the digit tests of each unit's
 * and the cohort's reported counts). Formats in {@code docs/formats.md}.
 */
final class OpenInsights {

  private OpenInsights() {}

  static void rankIntervals(ObjectNode o, CohortIntervals c) {
    o.put("draws", c.draws());
    o.put("seed", c.seed());
    ArrayNode percentiles = o.putArray("percentiles");
    percentiles.add(5);
    percentiles.add(95);
    o.put("weightBandPercent", c.weightBandPercent());
    ArrayNode varied = o.putArray("varied");
    for (Choice ch : c.varied()) {
      varied.add(ch.code());
    }
    ArrayNode tables = o.putArray("tables");
    for (TableIntervals t : c.tables()) {
      ObjectNode table = tables.addObject();
      table.put("group", t.groupId());
      table.put("partition", t.partitionUnitId());
      ArrayNode entries = table.putArray("entries");
      for (RankInterval e : t.entries()) {
        ObjectNode n = entries.addObject();
        n.put("unit", e.unitId());
        n.put("rank", e.rank());
        n.put("low", e.low());
        n.put("high", e.high());
        n.put("overlapsNext", e.overlapsNext());
      }
    }
  }

  static void integrity(ObjectNode o, CohortIntegrity c) {
    unit(o.putObject("pooled"), c.pooled());
    ArrayNode units = o.putArray("units");
    for (UnitIntegrity u : c.units()) {
      ObjectNode n = units.addObject();
      n.put("unit", u.unitId());
      unit(n, u);
    }
  }

  private static void unit(ObjectNode o, UnitIntegrity u) {
    o.put("values", u.values());
    ArrayNode tests = o.putArray("tests");
    for (DigitTestResult r : u.results()) {
      ObjectNode n = tests.addObject();
      n.put("test", r.test().code());
      n.put("n", r.n());
      n.put("skipped", r.skipped());
      n.put("minimumN", r.minimumN());
      n.put("threshold", r.threshold());
      n.put("ran", r.ran());
      if (r.ran()) {
        n.put("statistic", r.statistic());
        n.put("expected", r.expected());
        n.put("pValue", r.pValue());
        n.put("method", r.method().name());
        n.put("falsePositiveRate", r.falsePositiveRate());
        n.put("flagged", r.flagged());
      } else {
        n.put("reason", r.reason());
      }
    }
  }
}
