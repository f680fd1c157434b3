package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Explains the project's id, date and URL patterns (docs/formats.md) when a value breaks one. */
final class Patterns {

  static final String ID = "^[a-z0-9][a-z0-9-]*$";
  static final String CRITERION_ID = "^[A-Za-z0-9][A-Za-z0-9.\\-]*$";
  static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String URL = "^https?://";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^\\s*([0-9]{1,2})[/.\\-]([0-9]{1,2})[/.\\-]([0-9]{4})\\s*$");

  private Patterns() {}

  static void report(
      JsonDocument document,
      DiagnosticSink sink,
      String pointer,
      String field,
      JsonNode value,
      JsonNode pattern) {
    String text = value.asText();
    String regex = pattern.asText();
    String expected;
    String hint;
    switch (regex) {
      case ID -> {
        expected = "an id of lowercase ASCII letters, digits and hyphens";
        String slug = slug(text);
        hint = slug.isEmpty() ? null : "for example \"" + slug + "\"";
      }
      case CRITERION_ID -> {
        expected = "a criterion or group id such as 6.3 or I.1.2";
        hint = null;
      }
      case DATE -> {
        expected = "a date written yyyy-MM-dd";
        hint = dateHint(text);
      }
      case URL -> {
        expected = "an http:// or https:// link";
        hint = "only http and https links are accepted";
      }
      default -> {
        expected = "text matching " + regex;
        hint = null;
      }
    }
    sink.error(
        "schema-pattern",
        document.file(),
        document.locate(pointer),
        pointer,
        "\"" + field + "\" is " + Values.show(value) + ", which is not " + expected,
        hint);
  }

  /**
   * "15/12/2023" → "write 2023-12-15": Vietnamese documents write day/month/year (seed {@code
   * 002_…}: "Kế hoạch số 79/KH-UBND ngày 15/5/2023").
   */
  static String dateHint(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    return m.matches()
        ? String.format(
            "write %s-%02d-%02d",
            m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
        : "write the date as yyyy-MM-dd, e.g. 2023-12-15";
  }

  /** A lowercase ASCII id made from any text: "Xã Ia_Kha" → "xa-ia-kha". */
  static String slug(String text) {
    String base =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return base;
  }
}
