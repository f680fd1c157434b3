package org.opendti.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendti.score.Formula;

/** A scorer's {@link Formula} with its numbers formatted for a language (9,98 or 9.98). */
final class FormulaText {

  private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

  private FormulaText() {}

  static String format(Formula formula, Lang lang) {
    if (formula == null) {
      return "";
    }
    Matcher m = ARG.matcher(formula.pattern());
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
