package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;

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
    Text expected;
    Object hint;
    switch (regex) {
      case ID -> {
        expected = Text.of("phrase.pattern-id");
        String slug = slug(text);
        hint = slug.isEmpty() ? "" : Text.of("phrase.hint-for-example", slug);
      }
      case CRITERION_ID -> {
        expected = Text.of("phrase.pattern-criterion-id");
        hint = "";
      }
      case DATE -> {
        expected = Text.of("phrase.pattern-date");
        hint = dateHint(text);
      }
      case URL -> {
        expected = Text.of("phrase.pattern-url");
        hint = Text.of("phrase.hint-http-only");
      }
      default -> {
        expected = Text.of("phrase.pattern-other", regex);
        hint = "";
      }
    }
    sink.error(
        Code.SCHEMA_PATTERN,
        document.file(),
        document.locate(pointer),
        pointer,
        field,
        Values.show(value),
        expected,
        hint);
  }

  /**
   * "15/12/2023" → "write 2023-12-15": Vietnamese documents write day/month/year (seed {@code
   * 002_…}: "Kế hoạch số 79/KH-UBND ngày 15/5/2023").
   */
  static Text dateHint(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    return m.matches()
        ? Text.of(
            "phrase.hint-write",
            String.format(
                "%s-%02d-%02d",
                m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))))
        : Text.of("phrase.hint-date-format");
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
