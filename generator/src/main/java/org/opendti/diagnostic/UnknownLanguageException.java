package org.opendti.diagnostic;

/** A language code other than {@code vi} and {@code en}; carries the code as given. */
public final class UnknownLanguageException extends UsageException {

  private final String code;

  public UnknownLanguageException(String code) {
    super(Text.of("usage.unknown-language", String.valueOf(code)));
    this.code = code;
  }

  /** The code as given, e.g. {@code fr}. */
  public String code() {
    return code;
  }
}
