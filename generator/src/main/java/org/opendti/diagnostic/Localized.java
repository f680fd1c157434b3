package org.opendti.diagnostic;

/**
 * Something written in the reader's language when it is shown, such as a {@link Text} or a score's
 * formula with its numbers: an argument of a message that is itself worded per language.
 * Implementations are records (or behave like them), so that diagnostics compare and sort
 * deterministically.
 */
public interface Localized {

  /** This in {@code lang}. */
  String in(Lang lang);
}
