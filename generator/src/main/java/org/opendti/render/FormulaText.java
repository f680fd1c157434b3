package org.opendti.render;

import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.score.Formula;

/**
 * A scorer's {@link Formula} with its numbers formatted for a language (9,98 or 9.98). Written as
 * two scans rather than regular expressions: every scorecard row formats one.
 */
final class FormulaText {

  private FormulaText() {}

  /** The formula in {@code lang}: its lead (a choice's option) and the rest, numbers formatted. */
  static String format(Formula formula, Lang lang) {
    if (formula == null) {
      return "";
    }
    return formula.leadIn(lang) + rest(formula, lang);
  }

  /**
   * The formula after its lead (a choice's option, {@link Formula#lead}), numbers formatted: what a
   * scorecard shows when the inputs cell already says the option.
   */
  static String rest(Formula formula, Lang lang) {
    String text = isoDates(formula.pattern(lang));
    List<java.math.BigDecimal> args = formula.args();
    StringBuilder out = new StringBuilder(text.length() + 32);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int close = c == '{' ? digitsEnd(text, i + 1) : -1;
      // "{<digits>}": an argument; a number past the end stays as written.
      if (close > i + 1 && close < n && text.charAt(close) == '}') {
        int arg = Integer.parseInt(text, i + 1, close, 10);
        if (arg < args.size()) {
          out.append(lang.number(args.get(arg)));
        } else {
          out.append(text, i, close + 1);
        }
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * ISO dates the scorer writes into a formula's text (lateness), shown as dd/MM/yyyy: {@code
   * dddd-dd-dd} not preceded nor followed by a digit or a hyphen.
   */
  private static String isoDates(String text) {
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i + 10 <= n; i++) {
      if (isDate(text, i)
          && (i == 0 || !digitOrHyphen(text.charAt(i - 1)))
          && (i + 10 == n || !digitOrHyphen(text.charAt(i + 10)))) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, i)
            .append(text, i + 8, i + 10)
            .append('/')
            .append(text, i + 5, i + 7)
            .append('/')
            .append(text, i, i + 4);
        copied = i + 10;
        i += 9;
      }
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static boolean isDate(String s, int at) {
    for (int k = 0; k < 10; k++) {
      char c = s.charAt(at + k);
      if (k == 4 || k == 7 ? c != '-' : !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digitOrHyphen(char c) {
    return isDigit(c) || c == '-';
  }
}
