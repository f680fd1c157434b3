package org.opendti.render;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendti.insight.Flag;

/**
 * An anomaly flag as a sentence in the page's language, its numbers written the page's way: the
 * catalogue's {@code flag.<code>} (with a variant where the flag has one) names each number by the
 * name the insight stage gives it, e.g. {@code flag.self-above-computed=Điểm tự chấm {selfAssessed}
 * cao hơn điểm tính theo phương pháp {computed} (chênh {difference}).} → "Điểm tự chấm 6 cao hơn
 * điểm tính theo phương pháp 4,54 (chênh 1,46)."
 */
final class FlagText {

  private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]+)}");

  private FlagText() {}

  static String sentence(PageContext page, Flag f) {
    String pattern = page.t(key(f));
    if (pattern == null) {
      return f.message();
    }
    Map<String, BigDecimal> numbers = f.numbers();
    Matcher m = NAMED.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (name.equals("criterion")) {
        value = f.criterionId() == null ? "" : f.criterionId();
      } else if (name.equals("change") && numbers.get(name) != null) {
        BigDecimal c = numbers.get(name);
        value = (c.signum() > 0 ? "+" : "") + page.lang().number(c);
      } else {
        value = numbers.get(name) == null ? "?" : page.lang().number(numbers.get(name));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /** The catalogue key: the code, and the variant the flag's numbers say. */
  static String key(Flag f) {
    String key = "flag." + f.code();
    if (f.code().equals(Flag.MOVED)) {
      key += f.criterionId() == null ? ".total" : ".criterion";
      key += f.numbers().containsKey("previous") ? "" : ".range";
    } else if (f.code().equals(Flag.EVIDENCE_DATE_OUTSIDE_PERIOD)) {
      key += f.numbers().containsKey("daysBefore") ? ".before" : ".after";
    }
    return key;
  }
}
