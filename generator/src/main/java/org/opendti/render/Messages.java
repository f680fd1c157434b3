package org.opendti.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.diagnostic.Lang;
import org.opendti.render.view.TextPart;

/**
 * The interface text of the site, from {@code messages_vi.properties} and {@code
 * messages_en.properties} next to the templates, read as UTF-8 (so Vietnamese needs no escapes).
 * Both files must have the same keys: a missing translation is an error, not a silent fallback.
 */
final class Messages {

  private Messages() {}

  /**
   * {@code pattern} with {@code {0}}, {@code {1}}… replaced by {@code args}, in one pass: text from
   * the data that contains "{1}" stays as it is.
   */
  static String format(String pattern, String... args) {
    StringBuilder out = null;
    int from = 0;
    for (int i = pattern.indexOf('{'); i >= 0 && i + 2 < pattern.length(); ) {
      char digit = pattern.charAt(i + 1);
      if (digit >= '0' && digit <= '9' && pattern.charAt(i + 2) == '}') {
        if (out == null) {
          out = new StringBuilder(pattern.length() + 64);
        }
        out.append(pattern, from, i).append(args[digit - '0']);
        from = i + 3;
      }
      i = pattern.indexOf('{', i + 1);
    }
    return out == null ? pattern : out.append(pattern, from, pattern.length()).toString();
  }

  /**
   * {@code pattern} cut at {@code {0}}, {@code {1}}…, with {@code args} in their places: the
   * pattern's own words are parts in the page's language (lang ""), each argument keeps its own
   * (WCAG 3.1.2: "Nghị quyết … của Quốc hội" on an English page).
   */
  static List<TextPart> parts(String pattern, TextPart... args) {
    List<TextPart> out = new ArrayList<>();
    int from = 0;
    for (int i = pattern.indexOf('{'); i >= 0 && i + 2 < pattern.length(); ) {
      char digit = pattern.charAt(i + 1);
      if (digit >= '0' && digit <= '9' && pattern.charAt(i + 2) == '}') {
        if (i > from) {
          out.add(new TextPart(pattern.substring(from, i), ""));
        }
        out.add(args[digit - '0']);
        from = i + 3;
      }
      i = pattern.indexOf('{', i + 1);
    }
    if (from < pattern.length()) {
      out.add(new TextPart(pattern.substring(from), ""));
    }
    return out;
  }

  /** Loads both languages; fails if a key is in one file only. */
  static Map<Lang, Map<String, String>> load(Path templatesDir) throws IOException {
    Map<Lang, Map<String, String>> all = new TreeMap<>();
    for (Lang lang : Lang.values()) {
      all.put(lang, read(templatesDir.resolve("messages_" + lang.code() + ".properties")));
    }
    TreeSet<String> vi = new TreeSet<>(all.get(Lang.VI).keySet());
    TreeSet<String> en = new TreeSet<>(all.get(Lang.EN).keySet());
    if (!vi.equals(en)) {
      TreeSet<String> onlyVi = new TreeSet<>(vi);
      onlyVi.removeAll(en);
      TreeSet<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(vi);
      throw new IOException(
          "Message bundles differ: only in vi " + onlyVi + ", only in en " + onlyEn);
    }
    return all;
  }

  private static Map<String, String> read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames()
        .forEach(
            k ->
                m.put(
                    k,
                    java.text.Normalizer.normalize(
                        p.getProperty(k), java.text.Normalizer.Form.NFC)));
    // Immutable, so every page's Page record shares it instead of copying it (Map.copyOf).
    return Map.copyOf(m);
  }
}
