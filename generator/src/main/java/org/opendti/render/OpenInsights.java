package org.opendti.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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

  static void rankIntervals(JsonGenerator g, CohortIntervals c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("draws", c.draws());
    g.writeNumberField("seed", c.seed());
    g.writeArrayFieldStart("percentiles");
    g.writeNumber(5);
    g.writeNumber(95);
    g.writeEndArray();
    g.writeNumberField("weightBandPercent", c.weightBandPercent());
    g.writeArrayFieldStart("varied");
    for (Choice ch : c.varied()) {
      g.writeString(ch.code());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tables");
    for (TableIntervals t : c.tables()) {
      g.writeStartObject();
      g.writeStringField("group", t.groupId());
      g.writeStringField("partition", t.partitionUnitId());
      g.writeArrayFieldStart("entries");
      for (RankInterval e : t.entries()) {
        g.writeStartObject();
        g.writeStringField("unit", e.unitId());
        g.writeNumberField("rank", e.rank());
        g.writeNumberField("low", e.low());
        g.writeNumberField("high", e.high());
        g.writeBooleanField("overlapsNext", e.overlapsNext());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void integrity(JsonGenerator g, CohortIntegrity c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("pooled");
    g.writeStartObject();
    unit(g, c.pooled());
    g.writeEndObject();
    g.writeArrayFieldStart("units");
    for (UnitIntegrity u : c.units()) {
      g.writeStartObject();
      g.writeStringField("unit", u.unitId());
      unit(g, u);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A unit's (or the pool's) digit tests, as fields of the object being written. */
  private static void unit(JsonGenerator g, UnitIntegrity u) throws IOException {
    g.writeNumberField("values", u.values());
    g.writeArrayFieldStart("tests");
    for (DigitTestResult r : u.results()) {
      g.writeStartObject();
      g.writeStringField("test", r.test().code());
      g.writeNumberField("n", r.n());
      g.writeNumberField("skipped", r.skipped());
      g.writeNumberField("minimumN", r.minimumN());
      g.writeNumberField("threshold", r.threshold());
      g.writeBooleanField("ran", r.ran());
      if (r.ran()) {
        g.writeNumberField("statistic", r.statistic());
        g.writeNumberField("expected", r.expected());
        g.writeNumberField("pValue", r.pValue());
        g.writeStringField("method", r.method().name());
        g.writeNumberField("falsePositiveRate", r.falsePositiveRate());
        g.writeBooleanField("flagged", r.flagged());
      } else {
        g.writeStringField("reason", r.reason());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
