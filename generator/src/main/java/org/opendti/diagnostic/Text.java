package org.opendti.diagnostic;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text of the {@link Catalogue} with its arguments, written out in either language only when it
 * is shown. Arguments are the values the text names, formatted per language: numbers ({@code 9,98}
 * or {@code 9.98}), dates, lists ({@code a, b}), nested texts, and strings as they are (ids, file
 * names, what a file holds).
 *
 * <pre>{@code
 * Text t = Text.of("plugin.validate.counts", 2, 1);
 * t.in(Lang.VI); // "dti:validate: 2 lỗi, 1 cảnh báo"
 * }</pre>
 *
 * @param key the catalogue key, e.g. {@code plugin.validate.counts}
 * @param args the values its placeholders {@code {0}}, {@code {1}}… stand for; null shows as "–"
 */
public record Text(String key, List<Object> args) implements Localized {

  public Text {
    args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.asList(args));
  }

  /** This text in {@code lang}. */
  @Override
  public String in(Lang lang) {
    return Catalogue.format(lang, key, args);
  }
}
