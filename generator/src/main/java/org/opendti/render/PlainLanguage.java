package org.opendti.render;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The repository's own words turned into the public's (issue #16): the encoding notes of a
 * framework cite seed files ({@code `004_…`}) and JSON fields ({@code `notApplicableAllowed:
 * true`}) that mean nothing to a citizen. On the site a seed becomes the document it is ("Quyết
 * định 209/QĐ-UBND của UBND tỉnh Gia Lai"), a field the words of the catalogue ({@code term.*}), a
 * criterion id or number plain text; the repository keeps the exact citations.
 *
 * <pre>{@code
 * PlainLanguage.markdown(t, units, "Theo `004_…`, mọi tiêu chí có `notApplicableAllowed: true`.");
 * // "Theo Quyết định 209/QĐ-UBND của UBND tỉnh Gia Lai, mọi tiêu chí được phép ghi “không phát
 * // sinh”."
 * }</pre>
 *
 * <p>Only text the repository's maintainers write goes through here (frameworks, checker findings);
 * a unit's own notes are shown as the unit wrote them.
 */
final class PlainLanguage {

  /** A seed file, named in full or shortened, in a code span or not, after "seed" or not. */
  private static final Pattern SEED =
      Pattern.compile("(?:\\bseeds? )?`?\\b(00[0-9])_(?:[0-9a-f]{16}\\.txt|…|\\.\\.\\.)`?");

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

  /**
   * A field whose value is a unit of the registry, as an encoding note quotes it ({@code appliesTo:
   * "gia-lai"}): one catalogue term for the field ({@code term.appliesTo}, its {@code {0}} the
   * unit's name), not one per unit.
   */
  private static final Pattern UNIT_FIELD = Pattern.compile("(appliesTo): \"([^\"]+)\"");

  /** Ids, numbers, lists of them and one-letter variables read as they are. */
  private static final Pattern PLAIN =
      Pattern.compile("[0-9IVX][0-9IVX.]*(?:, ?[0-9IVX][0-9IVX.]*)*|…\\.[A-Z0-9.]+|[a-zA-Z]");

  private PlainLanguage() {}

  /** {@code text} with every seed named as its document, in the language of {@code t}. */
  static String seeds(Map<String, String> t, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = SEED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = t.get("seed." + m.group(1));
      String words = name == null ? m.group() : capitalisedAt(text, m.start(), name);
      m.appendReplacement(out, Matcher.quoteReplacement(words));
    }
    return m.appendTail(out).toString();
  }

  /**
   * {@code words} put into {@code text} at {@code at}, with a capital first letter where they start
   * a sentence (a seed cited first: "`001_…`: UBND huyện giao…" → "Công văn giao tiêu chí…: UBND
   * huyện giao…", not "công văn…").
   */
  private static String capitalisedAt(CharSequence text, int at, String words) {
    if (words.isEmpty() || !startsSentence(text, at)) {
      return words;
    }
    int first = words.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(words, Character.charCount(first), words.length())
        .toString();
  }

  /**
   * Whether {@code at} starts a sentence of {@code text}: the text's or a line's start (after a
   * Markdown list marker too), or after ". ", "! " or "? ".
   */
  private static boolean startsSentence(CharSequence text, int at) {
    int i = at - 1;
    boolean space = false;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
      space = true;
    }
    if (i < 0 || text.charAt(i) == '\n') {
      return true;
    }
    char c = text.charAt(i);
    if (space && (c == '.' || c == '!' || c == '?')) {
      return true;
    }
    if (space && (c == '-' || c == '*' || c == '+')) {
      int j = i - 1;
      while (j >= 0 && text.charAt(j) == ' ') {
        j--;
      }
      return j < 0 || text.charAt(j) == '\n';
    }
    return false;
  }

  /**
   * Markdown of an encoding note in plain words: seeds named, code spans of fields replaced by the
   * catalogue's words, ids and numbers left as plain text. A code span the catalogue does not know
   * stays a code span (the site's plain-language test then fails and names it).
   *
   * @param unitNames a unit's name, in the language of {@code t}, by its id (for fields whose value
   *     is a unit, such as {@code appliesTo})
   */
  static String markdown(Map<String, String> t, UnaryOperator<String> unitNames, String markdown) {
    if (markdown == null) {
      return null;
    }
    String seeded = seeds(t, markdown);
    Matcher m = CODE_SPAN.matcher(seeded);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = m.group(1).trim();
      String term = term(t, unitNames, code);
      String words =
          PLAIN.matcher(code).matches()
              ? code
              : term == null ? m.group() : capitalisedAt(seeded, m.start(), term);
      m.appendReplacement(out, Matcher.quoteReplacement(words));
    }
    return m.appendTail(out).toString();
  }

  /** The catalogue's words for a code span; null when it has none. */
  private static String term(Map<String, String> t, UnaryOperator<String> unitNames, String code) {
    Matcher unit = UNIT_FIELD.matcher(code);
    if (unit.matches()) {
      String words = t.get("term." + unit.group(1));
      return words == null ? null : words.replace("{0}", unitNames.apply(unit.group(2)));
    }
    return t.get(termKey(code));
  }

  /**
   * The catalogue key of a code span: {@code term.} and its letters and digits, other characters as
   * single dots ({@code variant: relativeToBest} → {@code term.variant.relativeToBest}).
   */
  static String termKey(String code) {
    return "term." + code.replaceAll("[^A-Za-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
  }

  /** Evidence kinds in words, e.g. "(kế hoạch, báo cáo)"; "" for none. */
  static String evidenceKinds(Map<String, String> t, List<String> kinds) {
    if (kinds.isEmpty()) {
      return "";
    }
    return kinds.stream()
        .map(k -> t.getOrDefault("form.ev." + k, k).toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
