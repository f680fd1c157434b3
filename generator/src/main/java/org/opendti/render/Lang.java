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
    // Scorecards format a few hundred numbers each: up to 18 digits are done in a long, without
    // the BigDecimal copies of stripTrailingZeros and toPlainString.
    if (value.scale() >= 0 && value.precision() <= 18) {
      long unscaled = value.unscaledValue().longValue();
      int scale = value.scale();
      while (scale > 0 && unscaled % 10 == 0) {
        unscaled /= 10;
        scale--;
      }
      return format(Long.toString(Math.abs(unscaled)), scale, unscaled < 0);
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return format(v.unscaledValue().abs().toString(), v.scale(), v.signum() < 0);
  }

  /** Digits of the unscaled value, the scale (≥ 0, no trailing zeros left) and the sign. */
  private String format(String digits, int scale, boolean negative) {
    int wholeLength = digits.length() - scale;
    StringBuilder out = new StringBuilder(digits.length() + scale + 8);
    if (negative) {
      out.append('−');
    }
    if (wholeLength <= 0) {
      out.append('0');
    } else {
      for (int i = 0; i < wholeLength; i++) {
        if (i > 0 && (wholeLength - i) % 3 == 0) {
          out.append(grouping);
        }
        out.append(digits.charAt(i));
      }
    }
    if (scale > 0) {
      out.append(decimal);
      for (int i = wholeLength; i < 0; i++) {
        out.append('0');
      }
      out.append(digits, Math.max(0, wholeLength), digits.length());
    }
    return out.toString();
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
    if (date == null) {
      return "";
    }
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return DATE.format(date);
    }
    // dd/MM/yyyy by hand: DateTimeFormatter showed in the profile of scorecards.
    char[] out = new char[10];
    two(out, 0, date.getDayOfMonth());
    out[2] = '/';
    two(out, 3, date.getMonthValue());
    out[5] = '/';
    two(out, 6, year / 100);
    two(out, 8, year % 100);
    return new String(out);
  }

  private static void two(char[] out, int at, int n) {
    out[at] = (char) ('0' + n / 10);
    out[at + 1] = (char) ('0' + n % 10);
  }
}
