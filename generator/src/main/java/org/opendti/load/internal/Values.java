package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.opendti.diagnostic.Text;

/** Wording shared by diagnostics: how to name a field, show a value, and guess what was meant. */
final class Values {

  private static final Pattern DECIMAL_COMMA = Pattern.compile("^\\s*-?[0-9]+,[0-9]+\\s*%?\\s*$");
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("^\\s*-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*$");

  private Values() {}

  /**
   * The last pointer segment, with its array index when {@code root} shows the parent is an array:
   * {@code /periods/0} → {@code periods[0]}, {@code /answers/4} → {@code 4}.
   */
  static String label(String pointer, JsonNode root) {
    if (pointer.isEmpty()) {
      return "(root)";
    }
    int slash = pointer.lastIndexOf('/');
    String last = unescape(pointer.substring(slash + 1));
    String parent = pointer.substring(0, slash);
    if (slash > 0 && root.at(parent).isArray()) {
      return unescape(parent.substring(parent.lastIndexOf('/') + 1)) + "[" + last + "]";
    }
    return last;
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /** A value as JSON, shortened; "missing" (in the reader's language) for none. */
  static Object show(JsonNode value) {
    if (value == null) {
      return Text.of("phrase.json-missing");
    }
    String text = value.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** e.g. {@code the text "9,98"} or {@code the number 12}. */
  static Object describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return Text.of("phrase.json-missing");
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return Text.of("phrase.json-text", show(value));
    }
    if (value.isNumber()) {
      return Text.of("phrase.json-number", show(value));
    }
    if (value.isBoolean()) {
      return show(value);
    }
    if (value.isArray()) {
      return Text.of("phrase.json-array");
    }
    return Text.of("phrase.json-object");
  }

  /** Names the JSON types a schema's {@code type} allows, in plain words: "a number or null". */
  static Object describeTypes(JsonNode types) {
    if (types.isArray()) {
      Object words = null;
      for (JsonNode t : types) {
        Object word = describeType(t.asText());
        words = words == null ? word : Text.of("phrase.or", words, word);
      }
      return words == null ? "" : words;
    }
    return describeType(types.asText());
  }

  private static Object describeType(String type) {
    return switch (type) {
      case "string", "number", "integer", "boolean", "object", "array" ->
          Text.of("phrase.type-" + type);
      default -> type;
    };
  }

  /**
   * How to fix a value of the wrong JSON type, where a common mistake explains it: Vietnamese
   * documents write a decimal comma ("9,98" in seed {@code 002_…} item 8) and có / không for yes /
   * no.
   */
  static Text typeHint(String pointer, JsonNode value, String allowed) {
    if (value.isTextual()) {
      String text = value.asText();
      if (allowed.contains("number") && DECIMAL_COMMA.matcher(text).matches()) {
        return Text.of(
            "phrase.hint-decimal-point", text.trim().replace(',', '.').replace("%", "").trim());
      }
      if (allowed.contains("number") && PLAIN_NUMBER.matcher(text).matches()) {
        return Text.of("phrase.hint-unquote-number", text.trim());
      }
      String lower = text.trim().toLowerCase(Locale.ROOT);
      if (allowed.contains("boolean")
          && (lower.equals("true")
              || lower.equals("false")
              || lower.equals("có")
              || lower.equals("không"))) {
        return Text.of("phrase.hint-unquote-boolean");
      }
    }
    if ((value.isNumber() || value.isBoolean()) && allowed.contains("string")) {
      return Text.of("phrase.hint-quote", value.asText());
    }
    if (value.isNull()) {
      return Text.of("phrase.hint-not-null");
    }
    if (pointer.isEmpty()) {
      return Text.of("phrase.hint-one-object");
    }
    return null;
  }

  /**
   * The allowed name closest to {@code wrong} (case, hyphens and underscores ignored), if it is
   * close enough to be a likely typo.
   */
  static String closest(String wrong, List<String> allowed) {
    String w = fold(wrong);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int d = distance(w, fold(candidate));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    return bestDistance <= limit ? best : null;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
