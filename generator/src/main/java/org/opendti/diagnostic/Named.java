package org.opendti.diagnostic;

/**
 * A name a framework gives in Vietnamese and, where it has one, in English (a criterion, a pillar,
 * an input, a sector): an argument of a message written in the reader's language when it can be,
 * and in Vietnamese otherwise. {@link Catalogue#pieces} keeps which, so that a page can mark a
 * Vietnamese name inside an English sentence ({@code lang="vi"}, WCAG 3.1.2).
 *
 * <pre>{@code
 * new Named("Nhận thức số", "Digital awareness").in(Lang.EN); // "Digital awareness"
 * new Named("Thể chế số", null).written(Lang.EN);              // Lang.VI
 * }</pre>
 *
 * @param vi the name as the framework writes it
 * @param en its English name, or null
 */
public record Named(String vi, String en) implements Localized {

  @Override
  public String in(Lang lang) {
    return lang.pick(vi, en);
  }

  /** The language this name is written in on a page in {@code lang}. */
  public Lang written(Lang lang) {
    return lang.picked(en);
  }
}
