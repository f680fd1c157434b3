package org.opendti.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A language the project speaks: Vietnamese first, English second, on the site (Vietnamese at the
 * root, English under {@code en/}) and in every message of the tools ({@link Text}). Numbers and
 * dates are formatted here, in Java, never by Freemarker: Vietnamese writes {@code 9,98} and {@code
 * 1.000} (seed {@code 002_…} writes "99,80%"), English {@code 9.98} and {@code 1,000}; dates are
 * {@code dd/MM/yyyy} in both.
 *
 * <pre>{@code
 * Lang lang = Lang.of("vi");
 * lang.number(new BigDecimal("9.98")); // "9,98"
 * }</pre>
 */
public enum Lang {
  VI("vi", ',', '.'),
  EN("en", '.', ',');

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final String code;
  private final char decimal;
  private final char grouping;

  Lang(String code, char decimal, char grouping) {
    this.code = code;
    this.decimal = decimal;
    this.grouping = grouping;
  }

  /**
   * The language of a BCP 47 code, {@code vi} or {@code en} (case and surrounding spaces ignored).
   *
   * @throws UnknownLanguageException for any other code
   */
  public static Lang of(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (Lang lang : values()) {
      if (lang.code.equals(wanted)) {
        return lang;
      }
    }
    throw new UnknownLanguageException(code);
  }

  /** BCP 47 code, used in {@code <html lang>}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public Lang other() {
    return this == VI ? EN : VI;
  }

  /** The Vietnamese text, or in English the English text when there is one. */
  public String pick(String vi, String en) {
    return picked(en) == EN ? en : vi;
  }

  /**
   * The language of what {@link #pick} returns given {@code en}: English on English pages when
   * there is English, else Vietnamese.
   */
  public Lang picked(String en) {
    return this == EN && en != null && !en.isBlank() ? EN : VI;
  }

  /**
   * The {@code lang} attribute of a text in {@code text} on a page in this language: "" when it is
   * this language, else its code (a Vietnamese text on an English page, WCAG 3.1.2).
   */
  public String attribute(Lang text) {
    return text == this ? "" : text.code();
  }

  /** {@link #attribute} of what {@link #pick} returns given {@code en}. */
  public String attributeOfPick(String en) {
    return attribute(picked(en));
  }

  /**
   * A percentage as written, the sign right after the number ("77,3%", "77.3%"), as the seed
   * documents write it (55 times in {@code ../shared/seeds}, never with a space).
   */
  public String percent(BigDecimal value) {
    return number(value) + "%";
  }

  /** A number as written, without trailing zeros, with grouping: 1.000,5 or 1,000.5. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    // Scorecards format a few hundred numbers each, a national publish some ten million: up to 18
    // digits are done in a long and written once into a char array. scaleByPowerOfTen keeps a
    // small value compact, where unscaledValue() made a BigInteger every time.
    if (value.scale() >= 0 && value.scale() <= 18 && value.precision() <= 18) {
      long unscaled = value.scaleByPowerOfTen(value.scale()).longValue();
      int scale = value.scale();
      while (scale > 0 && unscaled % 10 == 0) {
        unscaled /= 10;
        scale--;
      }
      return format(unscaled, scale);
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return format(v.unscaledValue().abs().toString(), v.scale(), v.signum() < 0);
  }

  /** {@link #format(String, int, boolean)} for an unscaled value that fits a long. */
  private String format(long unscaled, int scale) {
    char[] digits = new char[20];
    int n = digits.length;
    long rest = unscaled;
    do {
      digits[--n] = (char) ('0' + Math.abs(rest % 10));
      rest /= 10;
    } while (rest != 0);
    int count = digits.length - n;
    int wholeLength = count - scale;
    // sign, whole digits with a mark every three, a leading 0, the mark and the leading zeros
    char[] out = new char[1 + count + count / 3 + 2 + Math.max(0, -wholeLength)];
    int o = 0;
    if (unscaled < 0) {
      out[o++] = '−';
    }
    if (wholeLength <= 0) {
      out[o++] = '0';
    } else {
      for (int i = 0; i < wholeLength; i++) {
        if (i > 0 && (wholeLength - i) % 3 == 0) {
          out[o++] = grouping;
        }
        out[o++] = digits[n + i];
      }
    }
    if (scale > 0) {
      out[o++] = decimal;
      for (int i = wholeLength; i < 0; i++) {
        out[o++] = '0';
      }
      for (int i = Math.max(0, wholeLength); i < count; i++) {
        out[o++] = digits[n + i];
      }
    }
    return new String(out, 0, o);
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

  /**
   * A number as computed, keeping its scale, with this language's decimal mark and no grouping:
   * {@code 20,00} or {@code 20.00}; for reports that show the scorer's figures as they are.
   */
  public String plain(BigDecimal value) {
    if (value == null) {
      return "";
    }
    String text = value.toPlainString();
    return decimal == '.' ? text : text.replace('.', decimal);
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
