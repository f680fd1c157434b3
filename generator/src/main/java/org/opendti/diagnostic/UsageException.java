package org.opendti.diagnostic;

/**
 * Something the user must change: their files, their repository or the options they gave (as
 * opposed to a bug in the tools, which any other exception is). The message says what is wrong in
 * the user's terms, from the {@link Catalogue} in either language ({@link #message(Lang)}; {@link
 * #getMessage()} is English, for stack traces); an adapter (the Maven plugin) adds how to change it
 * in its own terms.
 *
 * <p>Subclasses: {@link InvalidInputException} (files fail validation), {@link
 * UnknownLanguageException} (a language the tools do not speak), {@code
 * org.opendti.git.RevisionException} (a revision cannot be used), {@code
 * org.opendti.git.NotARepositoryException} (no Git repository where one is needed).
 */
public class UsageException extends RuntimeException {

  private final transient Text text;

  public UsageException(Text text) {
    super(text.in(Lang.EN));
    this.text = text;
  }

  public UsageException(Text text, Throwable cause) {
    super(text.in(Lang.EN), cause);
    this.text = text;
  }

  /** What is wrong, to be written in the reader's language (e.g. nested in another message). */
  public Text text() {
    return text;
  }

  /** What is wrong, in {@code lang}. */
  public String message(Lang lang) {
    return text.in(lang);
  }
}
