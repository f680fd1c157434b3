package org.opendti.insight;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opendti.InvalidInputException;
import org.opendti.validate.Diagnostic;
import org.opendti.validate.Severity;

/**
 * When {@link AnomalyDetector} raises a flag. {@link #DEFAULTS} holds the documented defaults; a
 * project may override any of them in {@code policy/insight.json}, a flat object whose keys are the
 * component names below (read strictly: unknown keys, duplicate keys, strings for numbers and
 * trailing content are errors):
 *
 * <pre>{@code
 * { "movedTotalShare": 0.2, "rareNotApplicableMinUnits": 20 }
 * }</pre>
 *
 * @param movedCriterionShare a criterion's points moved by more than this share of its maximum
 *     since the previous period (default 0.30)
 * @param movedTotalShare the total moved by more than this share of the framework's maximum B
 *     (default 0.15)
 * @param outlierZ |robust z| above which a ratio is an outlier (default 3.5, Iglewicz–Hoaglin)
 * @param outlierMinUnits fewest units with a value for the outlier test (default 8)
 * @param equalShare share of a unit's ratio criteria with numerator = denominator (default 0.80)
 * @param equalMinCriteria and at least this many of them (default 5)
 * @param rareNotApplicableShare share of units that answer a criterion for a không phát sinh claim
 *     to be rare (default 0.90)
 * @param rareNotApplicableMinUnits fewest units in the cohort for that test (default 10)
 * @param evidenceShare share of answering units that give optional evidence for its absence to be
 *     flagged (default 0.90)
 * @param evidenceMinUnits fewest answering units for that test (default 10)
 * @param evidenceDaysBefore days before the period's start an evidence date may fall (default 0)
 * @param evidenceDaysAfter days after the period's end an evidence date may fall (default 60: seed
 *     {@code 002_…} cites year reports dated 04/12/2023 and 15/12/2023 for the period ending
 *     mid-November 2023)
 */
public record Thresholds(
    BigDecimal movedCriterionShare,
    BigDecimal movedTotalShare,
    BigDecimal outlierZ,
    int outlierMinUnits,
    BigDecimal equalShare,
    int equalMinCriteria,
    BigDecimal rareNotApplicableShare,
    int rareNotApplicableMinUnits,
    BigDecimal evidenceShare,
    int evidenceMinUnits,
    int evidenceDaysBefore,
    int evidenceDaysAfter) {

  /** The defaults documented on each component. */
  public static final Thresholds DEFAULTS =
      new Thresholds(
          new BigDecimal("0.30"),
          new BigDecimal("0.15"),
          new BigDecimal("3.5"),
          8,
          new BigDecimal("0.80"),
          5,
          new BigDecimal("0.90"),
          10,
          new BigDecimal("0.90"),
          10,
          0,
          60);

  /** Where a project keeps its overrides, relative to the project directory. */
  public static final String FILE = "policy/insight.json";

  private static final Set<String> SHARES =
      Set.of(
          "movedCriterionShare",
          "movedTotalShare",
          "equalShare",
          "rareNotApplicableShare",
          "evidenceShare");
  private static final Set<String> COUNTS =
      Set.of(
          "outlierMinUnits",
          "equalMinCriteria",
          "rareNotApplicableMinUnits",
          "evidenceMinUnits",
          "evidenceDaysBefore",
          "evidenceDaysAfter");

  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  /**
   * The thresholds of a project: {@link #DEFAULTS} overridden by {@value #FILE} when it exists.
   *
   * @throws InvalidInputException with every problem of the file
   */
  public static Thresholds load(Path projectDir) {
    Path file = projectDir.resolve(FILE);
    return Files.isRegularFile(file) ? read(file) : DEFAULTS;
  }

  /**
   * Reads overrides from a file; keys it leaves out keep their default.
   *
   * @throws InvalidInputException with every problem of the file
   */
  public static Thresholds read(Path file) {
    JsonNode root;
    try {
      root = STRICT.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw invalid(
          List.of(
              error(
                  "json-syntax",
                  at == null ? 0 : at.getLineNr(),
                  at == null ? 0 : at.getColumnNr(),
                  "",
                  e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject()) {
      throw invalid(List.of(error("not-an-object", 0, 0, "", "expected a JSON object")));
    }
    Map<String, Object> values = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
      if (key.equals("$schema")) {
        continue;
      }
      if (!SHARES.contains(key) && !COUNTS.contains(key) && !key.equals("outlierZ")) {
        problems.add(error("unknown-key", 0, 0, pointer, "unknown threshold " + key));
      } else if (!v.isNumber()) {
        problems.add(error("not-a-number", 0, 0, pointer, key + " must be a JSON number"));
      } else if (SHARES.contains(key)) {
        BigDecimal d = v.decimalValue();
        if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
          problems.add(error("out-of-range", 0, 0, pointer, key + " must be between 0 and 1"));
        } else {
          values.put(key, d);
        }
      } else if (key.equals("outlierZ")) {
        if (v.decimalValue().signum() <= 0) {
          problems.add(error("out-of-range", 0, 0, pointer, key + " must be above 0"));
        } else {
          values.put(key, v.decimalValue());
        }
      } else if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.intValue() < 0) {
        problems.add(error("out-of-range", 0, 0, pointer, key + " must be a whole number ≥ 0"));
      } else {
        values.put(key, v.intValue());
      }
    }
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    Thresholds d = DEFAULTS;
    return new Thresholds(
        (BigDecimal) values.getOrDefault("movedCriterionShare", d.movedCriterionShare()),
        (BigDecimal) values.getOrDefault("movedTotalShare", d.movedTotalShare()),
        (BigDecimal) values.getOrDefault("outlierZ", d.outlierZ()),
        (Integer) values.getOrDefault("outlierMinUnits", d.outlierMinUnits()),
        (BigDecimal) values.getOrDefault("equalShare", d.equalShare()),
        (Integer) values.getOrDefault("equalMinCriteria", d.equalMinCriteria()),
        (BigDecimal) values.getOrDefault("rareNotApplicableShare", d.rareNotApplicableShare()),
        (Integer) values.getOrDefault("rareNotApplicableMinUnits", d.rareNotApplicableMinUnits()),
        (BigDecimal) values.getOrDefault("evidenceShare", d.evidenceShare()),
        (Integer) values.getOrDefault("evidenceMinUnits", d.evidenceMinUnits()),
        (Integer) values.getOrDefault("evidenceDaysBefore", d.evidenceDaysBefore()),
        (Integer) values.getOrDefault("evidenceDaysAfter", d.evidenceDaysAfter()));
  }

  private static Diagnostic error(String code, int line, int column, String pointer, String msg) {
    return new Diagnostic(Severity.ERROR, code, FILE, line, column, pointer, msg, null);
  }

  private static InvalidInputException invalid(List<Diagnostic> problems) {
    return new InvalidInputException(FILE + " is not valid", problems);
  }
}
