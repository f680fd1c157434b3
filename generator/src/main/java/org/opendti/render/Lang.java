package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A language of the site: Vietnamese at the root, English under {@code en/}. Numbers and dates are
 * formatted here, in Java, never by Freemarker: Vietnamese writes {@code 9,98} and {@code 1.000}
 * (seed {@code 002_…} writes "99,80%"), English {@code 9.98} and {@code 1,000}; dates are {@code
 * dd/MM/yyyy} in both.
 */
public enum Lang {
  VI("vi", "", ',', '.'),
  EN("en", "en/", '.', ',');

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final String code;
  private final String prefix;
  private final char decimal;
  private final char grouping;

  Lang(String code, String prefix, char decimal, char grouping) {
    this.code = code;
    this.prefix = prefix;
    this.decimal = decimal;
    this.grouping = grouping;
  }

  /** BCP 47 code, used in {@code <html lang>}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Site-relative folder of this language's pages: "" or "en/". */
  public String prefix() {
    return prefix;
  }

  public Lang other() {
    return this == VI ? EN : VI;
  }

  /** The Vietnamese text, or in English the English text when there is one. */
  public String pick(String vi, String en) {
    return this == EN && en != null && !en.isBlank() ? en : vi;
  }

  /** A number as written, without trailing zeros, with grouping: 1.000,5 or 1,000.5. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(grouping);
      }
      out.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(decimal).append(fraction);
    }
    return (v.signum() < 0 ? "−" : "") + out;
  }

  /** Points: rounded to 2 decimals half-up (as the scorer does), then {@link #number}. */
  public String points(BigDecimal value) {
    return value == null ? "" : number(value.setScale(2, RoundingMode.HALF_UP));
  }

  /** A signed change, e.g. +1,5 or −2; "0" for no change. */
  public String signed(BigDecimal value) {
    String n = points(value);
    return value.signum() > 0 ? "+" + n : n;
  }

  public String integer(long value) {
    return number(BigDecimal.valueOf(value));
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
