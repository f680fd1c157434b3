package org.opendti.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.opendti.diagnostic.Catalogue;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Localized;
import org.opendti.model.Shared;

/**
 * How a criterion's points were computed, with the unit's numbers, language-neutral: {@code
 * pattern} uses {@code {0}}, {@code {1}}… for {@code args}, which the renderer formats per locale
 * (9,98 in Vietnamese, 9.98 in English). Operators are written with ×, /, −, +, ≥, &lt;, min.
 *
 * <p>Example: pattern {@code "{0} / {1} × {2} = {3}"}, args {@code [998, 1000, 10, 9.98]}.
 *
 * <p>A choice's formula starts from the chosen option ({@code lead}: "Label: 0,5 × 15 = 7,5",
 * "Label → 5"). The label is kept apart from the pattern, never written into it: nothing in a
 * framework's label is read as the formula's numbers or words, a reader's language can say it in
 * its own words, and a scorecard that already shows the option in the inputs cell can leave it out
 * without reading the text.
 *
 * @param lead the option the formula starts from, or null
 */
public record Formula(String pattern, List<BigDecimal> args, Lead lead) implements Localized {

  public Formula {
    args = List.copyOf(args);
  }

  /** A formula that starts from no option. */
  public Formula(String pattern, List<BigDecimal> args) {
    this(pattern, args, null);
  }

  /**
   * The option a choice's formula starts from: its id, its labels, and what separates the label
   * from the rest of the formula (": " before a fraction, " → " before fixed points).
   *
   * @param known whether {@code option} is one of the criterion's options (an unknown id is said as
   *     it was given)
   */
  public record Lead(String option, String label, String labelEn, String separator, boolean known) {

    /**
     * The label in {@code lang} (the Vietnamese one when there is no English), then the separator.
     */
    public String in(Lang lang) {
      return lang.pick(label, labelEn) + separator;
    }
  }

  /** As a record's own equals, written out for the reason {@link CriterionScore#equals} is. */
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Formula f
            && Objects.equals(pattern, f.pattern)
            && Objects.equals(args, f.args)
            && Objects.equals(lead, f.lead);
  }

  /** A record's own hash code, written out for the reason {@link CriterionScore#equals} is. */
  @Override
  public int hashCode() {
    return 31 * (31 * Objects.hashCode(pattern) + Objects.hashCode(args)) + Objects.hashCode(lead);
  }

  /** The formula equal to this one in {@code pool}, its numbers shared too. */
  Formula shared(Shared pool) {
    Formula known = pool.known(this);
    return known != null ? known : pool.of(new Formula(pattern, pool.decimals(args), lead));
  }

  /** The text the formula starts with in {@code lang}: its lead's label and separator, or "". */
  public String leadIn(Lang lang) {
    return lead == null ? "" : lead.in(lang);
  }

  /**
   * The pattern (after the {@link #lead}) with the scorer's words ({@code {~code}}, {@link
   * FormulaWord}) in {@code lang}; number references ({0}, {1}…) as they are. A token of no known
   * word stays as written.
   */
  public String pattern(Lang lang) {
    int at = pattern.indexOf("{~");
    if (at < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    int copied = 0;
    while (at >= 0) {
      int close = pattern.indexOf('}', at);
      if (close < 0) {
        break;
      }
      FormulaWord word = FormulaWord.of(pattern.substring(at + 2, close));
      if (word != null) {
        out.append(pattern, copied, at).append(word.in(lang));
        copied = close + 1;
      }
      at = pattern.indexOf("{~", close);
    }
    return out.append(pattern, copied, pattern.length()).toString();
  }

  /** The formula with the words and numbers of {@code lang}, e.g. in a diagnostic's message. */
  @Override
  public String in(Lang lang) {
    return leadIn(lang) + Catalogue.fill(lang, pattern(lang), args);
  }

  /** The formula in Vietnamese words with plain (English) number formatting, for logs and tests. */
  public String plain() {
    String out = pattern(Lang.VI);
    for (int i = 0; i < args.size(); i++) {
      out = out.replace("{" + i + "}", args.get(i).stripTrailingZeros().toPlainString());
    }
    return leadIn(Lang.VI) + out;
  }
}
