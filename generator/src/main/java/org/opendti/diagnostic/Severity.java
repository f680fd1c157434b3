package org.opendti.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is. Errors fail the build and keep a submission out of scoring. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The word for it in {@code lang}: "lỗi", "cảnh báo", "lưu ý"; "error", "warning", "info". */
  public String word(Lang lang) {
    return Text.of("severity." + name().toLowerCase(Locale.ROOT)).in(lang);
  }
}
