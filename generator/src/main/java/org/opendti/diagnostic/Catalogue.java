package org.opendti.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The message catalogue of the tools, Vietnamese and English: every diagnostic's message and hint
 * (keys {@code <code>.message} and {@code <code>.hint}, see {@link Code}), the reports and the
 * plugin's own lines. Read once from {@code org/opendti/diagnostic/messages_vi.properties} and
 * {@code messages_en.properties} (UTF-8, so Vietnamese needs no escapes). Both files have the same
 * keys and each key the same placeholders; a test fails otherwise.
 *
 * <p>A placeholder is {@code {n}}, the n-th argument; nothing else in a text is special, so
 * apostrophes and braces are written as they are. How each kind of argument is written is in {@link
 * #show(Lang, Object)}.
 *
 * <p>Thread-safe: the catalogue is immutable once loaded.
 */
public final class Catalogue {

  private Catalogue() {}

  /** Loaded on first use, once per JVM. */
  private static final class Loaded {
    static final Map<Lang, Map<String, String>> TEXTS = load();
  }

  /** Whether the catalogue has {@code key} (in both languages: a test checks they agree). */
  public static boolean has(String key) {
    return Loaded.TEXTS.get(Lang.VI).containsKey(key);
  }

  /** Every key and its text in {@code lang}, sorted by key. */
  public static Map<String, String> texts(Lang lang) {
    return Loaded.TEXTS.get(lang);
  }

  /**
   * The text of {@code key} in {@code lang} with its placeholders filled in.
   *
   * @throws IllegalArgumentException when the catalogue lacks the key or an argument: a bug
   */
  public static String format(Lang lang, String key, List<Object> args) {
    return fill(lang, template(lang, key), args, key);
  }

  /**
   * {@code template} with its placeholders {@code {n}} filled in, each argument written as {@link
   * #show(Lang, Object)} says: for templates that come with their arguments, such as a score's
   * formula. A placeholder without an argument stays as written.
   */
  public static String fill(Lang lang, String template, List<?> args) {
    return fill(lang, template, args, null);
  }

  /**
   * With a {@code key}, a missing argument is a bug in the caller; without, it stays as written.
   */
  private static String fill(Lang lang, String template, List<?> args, String key) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    walk(
        template,
        args,
        key,
        new Out() {
          @Override
          public void text(String t, int from, int to) {
            out.append(t, from, to);
          }

          @Override
          public void argument(Object arg) {
            out.append(show(lang, arg));
          }
        });
    return out.toString();
  }

  /** A piece of a message and the language it is written in. */
  public record Piece(String text, Lang lang) {}

  /**
   * The text of {@code key} in {@code lang} cut where its language changes: the catalogue's words,
   * ids and numbers are in {@code lang}; a {@link Named} argument is in the language it is written
   * in ({@link Named#written}), so a criterion without an English name is a Vietnamese piece of an
   * English message; nested texts and lists are cut the same way. Joined, the pieces are {@link
   * #format}'s text; adjacent pieces are in different languages.
   *
   * @throws IllegalArgumentException when the catalogue lacks the key or an argument: a bug
   */
  public static List<Piece> pieces(Lang lang, String key, List<Object> args) {
    List<Piece> out = new ArrayList<>();
    walk(template(lang, key), args, key, new PieceOut(lang, out));
    return List.copyOf(out);
  }

  private static String template(Lang lang, String key) {
    String template = Loaded.TEXTS.get(lang).get(key);
    if (template == null) {
      throw new IllegalArgumentException("no text " + key + " in the message catalogue");
    }
    return template;
  }

  /** What {@link #walk} finds in a template, in order. */
  private interface Out {
    /** The template's own text from {@code from} to {@code to}. */
    void text(String template, int from, int to);

    /** The argument a placeholder stands for. */
    void argument(Object arg);
  }

  /**
   * Reads {@code template} once, giving {@code out} its text and, for each placeholder {@code {n}},
   * the n-th argument. With a {@code key}, a missing argument is a bug in the caller; without, the
   * placeholder stays as written.
   */
  private static void walk(String template, List<?> args, String key, Out out) {
    int from = 0;
    int i = 0;
    while (i < template.length()) {
      int close = template.charAt(i) == '{' ? placeholderEnd(template, i) : -1;
      if (close < 0) {
        i++;
        continue;
      }
      int n = Integer.parseInt(template.substring(i + 1, close));
      if (n < args.size()) {
        out.text(template, from, i);
        out.argument(args.get(n));
        from = close + 1;
      } else if (key != null) {
        throw new IllegalArgumentException(key + " needs argument {" + n + "}, given " + args);
      }
      i = close + 1;
    }
    out.text(template, from, template.length());
  }

  /** Collects {@link #pieces}, joining a piece to the one before it when their languages agree. */
  private record PieceOut(Lang lang, List<Piece> pieces) implements Out {

    @Override
    public void text(String template, int from, int to) {
      add(template.substring(from, to), lang);
    }

    @Override
    public void argument(Object arg) {
      if (arg instanceof Named n) {
        add(n.in(lang), n.written(lang));
      } else if (arg instanceof Text t) {
        walk(template(lang, t.key()), t.args(), t.key(), this);
      } else if (arg instanceof Collection<?> all && !all.isEmpty()) {
        String separator = "";
        for (Object x : all) {
          add(separator, lang);
          argument(x);
          separator = ", ";
        }
      } else {
        add(show(lang, arg), lang);
      }
    }

    private void add(String text, Lang in) {
      if (text.isEmpty()) {
        return;
      }
      int last = pieces.size() - 1;
      if (last >= 0 && pieces.get(last).lang() == in) {
        pieces.set(last, new Piece(pieces.get(last).text() + text, in));
      } else {
        pieces.add(new Piece(text, in));
      }
    }
  }

  /** The index of the '}' closing a placeholder {@code {n}} that opens at {@code at}, or -1. */
  static int placeholderEnd(String template, int at) {
    int i = at + 1;
    while (i < template.length() && i - at <= 2 && Character.isDigit(template.charAt(i))) {
      i++;
    }
    return i > at + 1 && i < template.length() && template.charAt(i) == '}' ? i : -1;
  }

  /**
   * One argument in {@code lang}: numbers by {@link Lang#number} and {@link Lang#integer}, with an
   * ASCII minus; dates {@code dd/MM/yyyy} in Vietnamese and as the files write them ({@code
   * yyyy-MM-dd}) in English; a collection as its elements joined by ", " (the catalogue's {@code
   * list.none} when empty); a nested {@link Text} or other {@link Localized} in the same language;
   * strings and booleans as they are; null as "–".
   */
  static String show(Lang lang, Object arg) {
    if (arg == null) {
      return "–";
    } else if (arg instanceof String s) {
      return s;
    } else if (arg instanceof Localized l) {
      return l.in(lang);
    } else if (arg instanceof BigDecimal d) {
      // The sign as files write it (a reader searches for "-3"), not the site's typographic minus.
      return lang.number(d).replace('\u2212', '-');
    } else if (arg instanceof Integer || arg instanceof Long) {
      return lang.integer(((Number) arg).longValue()).replace('\u2212', '-');
    } else if (arg instanceof LocalDate d) {
      return lang == Lang.VI ? lang.date(d) : d.toString();
    } else if (arg instanceof Boolean b) {
      return b.toString();
    } else if (arg instanceof Collection<?> all) {
      return all.isEmpty()
          ? format(lang, "list.none", List.of())
          : all.stream().map(x -> show(lang, x)).collect(Collectors.joining(", "));
    }
    throw new IllegalArgumentException("cannot show " + arg.getClass() + " in a message: " + arg);
  }

  private static Map<Lang, Map<String, String>> load() {
    Map<Lang, Map<String, String>> all = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      all.put(lang, read("messages_" + lang.code() + ".properties"));
    }
    return all;
  }

  private static Map<String, String> read(String name) {
    Properties p = new Properties();
    try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + Catalogue.class);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new TreeMap<>();
    p.stringPropertyNames()
        .forEach(k -> texts.put(k, Normalizer.normalize(p.getProperty(k), Normalizer.Form.NFC)));
    return java.util.Collections.unmodifiableMap(texts);
  }
}
