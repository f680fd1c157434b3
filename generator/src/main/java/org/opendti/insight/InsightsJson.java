package org.opendti.insight;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Value;

/**
 * {@link Insights} as Smile (Jackson's binary form of JSON: the same tokens, with names and texts
 * written once and referred to after, numbers in binary) and back, for the render cache (issue #17,
 * target 3: insights are a quarter of a rebuild's CPU at 10,000 units, and a change that moves no
 * score leaves them as they were). Every record is written by its components and read back through
 * its canonical constructor, so the checks of each constructor run on what is read; {@code
 * read(write(i))} equals {@code i}.
 *
 * <p>The form: each what-if report as its own document, one after another; then a last document,
 * with the flags, rank intervals and digit tests, and for each report its submission and the length
 * of its document; then that last document's length (four bytes, big-endian). So the reports are
 * written as they are made, never held together. A report is read when it is first asked for
 * ({@link Insights#whatIf(org.opendti.model.SubmissionKey)}): the reports were 22 of the 27 MB the
 * insights took as one document at 10,000 units, and a rebuild after a change that moves no score
 * renders a few scorecards, the only pages that show them.
 *
 * <p>Not the open data's {@code insights.json} ({@code OpenData.insights}): that one is written for
 * readers, in their words; this one is the model itself, for the next build of the same tool. The
 * reading is strict: an unknown field, a duplicate key, a missing component or trailing content is
 * an error, when the last document is read and when a report is; the reports' lengths must add up
 * to the bytes before it, and each report must be of the submission it is listed under.
 */
public final class InsightsJson {

  /** The last document: the insights besides the what-if reports, and where each report is. */
  private record Stored(
      List<Report> whatIf,
      List<Flag> flags,
      List<CohortIntervals> rankIntervals,
      List<CohortIntegrity> integrity) {}

  /** A what-if report's submission, and the length of its document. */
  private record Report(String unitId, String frameworkId, String periodId, int length) {
    Report {
      if (length <= 0) {
        throw new IllegalArgumentException("a report of " + length + " bytes");
      }
    }

    SubmissionKey key() {
      return new SubmissionKey(frameworkId, periodId, unitId);
    }
  }

  /** Writes a {@link Value} with its kind, so that a date is read back as a date. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Value.Num.class, name = "num"),
    @JsonSubTypes.Type(value = Value.Bool.class, name = "bool"),
    @JsonSubTypes.Type(value = Value.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Value.Date.class, name = "date")
  })
  private interface ValueKinds {}

  // Smile rather than JSON text: the 71 MB a 10,000-unit repository's insights took as JSON read
  // back in about 1.7 s of CPU; as Smile they are 27 MB, read back in about 1.2 s.
  private static final ObjectMapper SMILE =
      SmileMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // Records by their components' fields only: no derived accessor (key(), reported()) is
          // written, and each is read back through its canonical constructor.
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
          .addMixIn(Value.class, ValueKinds.class)
          .addModule(
              new SimpleModule()
                  .addSerializer(LocalDate.class, new DateWriter())
                  .addDeserializer(LocalDate.class, new DateReader()))
          .build();

  private InsightsJson() {}

  /** Writes the insights to {@code out}, which stays open. */
  public static void write(Insights insights, OutputStream out) throws IOException {
    List<UnitOpportunities> all = insights.whatIf();
    List<Report> reports = new ArrayList<>(all.size());
    for (UnitOpportunities r : all) {
      byte[] document = SMILE.writeValueAsBytes(r);
      out.write(document);
      reports.add(new Report(r.unitId(), r.frameworkId(), r.periodId(), document.length));
    }
    byte[] last =
        SMILE.writeValueAsBytes(
            new Stored(reports, insights.flags(), insights.rankIntervals(), insights.integrity()));
    out.write(last);
    out.write(ByteBuffer.allocate(Integer.BYTES).putInt(last.length).array());
  }

  /**
   * The insights {@link #write} wrote, in {@code bytes} from {@code from} to {@code end}; the
   * what-if reports are read from there when first asked for, so {@code bytes} must not change.
   *
   * @throws IOException if they cannot be read, or are not what {@link #write} writes
   */
  public static Insights read(byte[] bytes, int from, int end) throws IOException {
    if (from < 0 || end > bytes.length || end - from < Integer.BYTES) {
      throw new IOException("shorter than the length of the last document");
    }
    int length = ByteBuffer.wrap(bytes, end - Integer.BYTES, Integer.BYTES).getInt();
    if (length <= 0 || length > end - Integer.BYTES - from) {
      throw new IOException("the last document's length, " + length + ", is not in the file");
    }
    int start = end - Integer.BYTES - length;
    try {
      Stored s = SMILE.readValue(bytes, start, length, Stored.class);
      if (s.whatIf() == null
          || s.flags() == null
          || s.rankIntervals() == null
          || s.integrity() == null) {
        throw new IOException("a list of the insights is missing");
      }
      return new Insights(
          new Kept(bytes, from, start, s.whatIf()), s.flags(), s.rankIntervals(), s.integrity());
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      // A constructor's check refused a value.
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The reports of a file, each read when first asked for and kept. */
  private static final class Kept implements WhatIfReports {
    private final byte[] bytes;
    private final SubmissionKey[] keys;
    private final int[] starts;
    private final int[] lengths;
    private final Map<SubmissionKey, Integer> first = new HashMap<>();
    private final AtomicReferenceArray<UnitOpportunities> read;
    private volatile List<UnitOpportunities> all;

    Kept(byte[] bytes, int from, int end, List<Report> reports) throws IOException {
      this.bytes = bytes;
      int n = reports.size();
      keys = new SubmissionKey[n];
      starts = new int[n];
      lengths = new int[n];
      long at = from;
      for (int i = 0; i < n; i++) {
        Report r = reports.get(i);
        keys[i] = r.key();
        starts[i] = (int) Math.min(at, Integer.MAX_VALUE);
        lengths[i] = r.length();
        at += r.length();
        first.putIfAbsent(keys[i], i);
      }
      if (at != end) {
        throw new IOException(
            "the reports' lengths add up to " + (at - from) + " bytes, not " + (end - from));
      }
      read = new AtomicReferenceArray<>(n);
    }

    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public Optional<UnitOpportunities> of(SubmissionKey key) {
      Integer i = first.get(key);
      return i == null ? Optional.empty() : Optional.of(report(i));
    }

    @Override
    public List<UnitOpportunities> all() {
      List<UnitOpportunities> a = all;
      if (a == null) {
        UnitOpportunities[] out = new UnitOpportunities[keys.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = report(i);
        }
        all = a = List.of(out);
      }
      return a;
    }

    /**
     * The {@code i}th report. The file passed its checksum and was written by this tool under the
     * same key, so a report that cannot be read is a fault of the tool: it stops the build.
     */
    private UnitOpportunities report(int i) {
      UnitOpportunities r = read.get(i);
      if (r != null) {
        return r;
      }
      try {
        r = SMILE.readValue(bytes, starts[i], lengths[i], UnitOpportunities.class);
        if (r == null || !r.key().equals(keys[i])) {
          throw new IOException("it is another submission's report");
        }
      } catch (IOException
          | IllegalArgumentException
          | NullPointerException
          | DateTimeParseException e) {
        throw new UncheckedIOException(
            new IOException(
                "The kept what-if report of unit "
                    + keys[i].unit()
                    + " (framework "
                    + keys[i].framework()
                    + ", period "
                    + keys[i].period()
                    + ") cannot be read: "
                    + e.getMessage(),
                e));
      }
      read.compareAndSet(i, null, r);
      return read.get(i);
    }
  }

  private static final class DateWriter extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class DateReader extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      return LocalDate.parse(p.getValueAsString());
    }
  }
}
