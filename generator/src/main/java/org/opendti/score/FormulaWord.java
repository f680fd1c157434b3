package org.opendti.score;

import org.opendti.diagnostic.Lang;

/**
 * The words the scorer writes into a formula, in both languages. A formula's pattern holds each as
 * {@code {~code}}, and {@link Formula#pattern(Lang)} puts in the language's words: an English
 * scorecard read "không → 0" where it now reads "no → 0". The Vietnamese words are those the
 * formulas have always shown.
 */
enum FormulaWord {
  YES("yes", "có", "yes"),
  NO("no", "không", "no"),
  NO_DATA("no-data", "không có số liệu", "no data"),
  REVIEWED("reviewed", "thẩm tra", "reviewed"),
  NOT_APPLICABLE("not-applicable", "không phát sinh", "not applicable"),
  ANY_BAND("any-band", "mức nào", "any band"),
  THE_OPTIONS("the-options", "lựa chọn", "the options"),
  ARRIVAL_UNKNOWN("arrival-unknown", "không rõ thời điểm nộp", "submission time unknown"),
  NO_DEADLINE("no-deadline", "không có hạn nộp", "no deadline"),
  ON_TIME("on-time", "đúng hạn", "on time");

  final String code;
  private final String vi;
  private final String en;

  FormulaWord(String code, String vi, String en) {
    this.code = code;
    this.vi = vi;
    this.en = en;
  }

  /** How a pattern holds the word. */
  String token() {
    return "{~" + code + "}";
  }

  String in(Lang lang) {
    return lang.pick(vi, en);
  }

  /** The word of {@code code}, or null. */
  static FormulaWord of(String code) {
    for (FormulaWord w : values()) {
      if (w.code.equals(code)) {
        return w;
      }
    }
    return null;
  }
}
