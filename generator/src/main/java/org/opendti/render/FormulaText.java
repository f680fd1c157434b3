package org.opendti.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendti.score.Formula;

/** A scorer's {@link Formula} with its numbers formatted for a language (9,98 or 9.98). */
final class FormulaText {

  private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

  /** ISO dates the scorer writes into a formula's text (lateness), shown as dd/MM/yyyy. */
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

  private FormulaText() {}

  static String format(Formula formula, Lang lang) {
    if (formula == null) {
      return "";
    }
    String text = ISO_DATE.matcher(formula.pattern()).replaceAll("$3/$2/$1");
    Matcher m = ARG.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String value = i < formula.args().size() ? lang.number(formula.args().get(i)) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
