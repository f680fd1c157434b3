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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.model.Value;

/**
 * {@link Insights} as Smile (Jackson's binary form of JSON: the same tokens, with names and texts
 * written once and referred to after, numbers in binary) and back, for the render cache (issue #17,
 * target 3: insights are a quarter of a rebuild's CPU at 10,000 units, and a change that moves no
 * score leaves them as they were). Every record is written by its components and read back through
 * its canonical constructor, so the checks of each constructor run on what is read; {@code
 * read(write(i))} equals {@code i}.
 *
 * <p>Not the open data's {@code insights.json} ({@code OpenData.insights}): that one is written for
 * readers, in their words; this one is the model itself, for the next build of the same tool. The
 * reading is strict: an unknown field, a duplicate key, a missing component or trailing content is
 * an error.
 */
public final class InsightsJson {

  /** The stored form: the four lists {@link Insights} is made of. */
  private record Stored(
      List<UnitOpportunities> whatIf,
      List<Flag> flags,
      List<CohortIntervals> rankIntervals,
      List<CohortIntegrity> integrity) {}

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

  /** Writes the insights as Smile to {@code out}, which stays open. */
  public static void write(Insights insights, java.io.OutputStream out) throws IOException {
    SMILE
        .writer()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(
            out,
            new Stored(
                insights.whatIf(),
                insights.flags(),
                insights.rankIntervals(),
                insights.integrity()));
  }

  /**
   * The insights {@link #write} wrote, read from {@code in} to its end.
   *
   * @throws IOException if they cannot be read, or are not what {@link #write} writes
   */
  public static Insights read(java.io.InputStream in) throws IOException {
    try {
      Stored s = SMILE.readValue(in, Stored.class);
      if (s.whatIf() == null
          || s.flags() == null
          || s.rankIntervals() == null
          || s.integrity() == null) {
        throw new IOException("a list of the insights is missing");
      }
      return new Insights(s.whatIf(), s.flags(), s.rankIntervals(), s.integrity());
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      // A constructor's check refused a value.
      throw new IOException(e.getMessage(), e);
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
