package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Method;
import org.opendti.render.view.TextPart;

/**
 * A scoring method in plain words, Vietnamese or English, with the framework's numbers formatted
 * for the language. The wording follows the seeds' own phrasing ({@code 003_…} "Tỷ lệ … x điểm tối
 * đa", {@code 000_…} count bands, {@code 004_…} points given directly); the rules are those of
 * {@code docs/formats.md}, "Methods".
 */
final class MethodText {

  private final Lang lang;
  private final Criterion criterion;

  private MethodText(Lang lang, Criterion criterion) {
    this.lang = lang;
    this.criterion = criterion;
  }

  /*
   * What the framework says only in Vietnamese (an input's label, the criterion's name, a choice's
   * option) is put into the sentence between BEGIN_OTHER and END_OTHER when the page is in another
   * language, and parts() cuts the sentence there: the words around it are this class's own and
   * are built as plain strings. The two marks are private-use characters, taken out of every
   * framework text first, so no text can open or close a part.
   */
  private static final char BEGIN_OTHER = '\uE000';
  private static final char END_OTHER = '\uE001';

  /** The method in words, as one string (a spreadsheet cell, the form's data). */
  static String describe(Lang lang, Criterion criterion) {
    return TextPart.join(parts(lang, criterion));
  }

  /**
   * The method in words, cut where the language changes: the framework's Vietnamese-only labels on
   * an English page are parts with {@code lang} "vi" (WCAG 3.1.2), the rest has lang "".
   */
  static List<TextPart> parts(Lang lang, Criterion criterion) {
    String marked = new MethodText(lang, criterion).text(criterion.method());
    List<TextPart> parts = new ArrayList<>();
    int from = 0;
    while (from < marked.length()) {
      int begin = marked.indexOf(BEGIN_OTHER, from);
      if (begin < 0) {
        parts.add(new TextPart(marked.substring(from), ""));
        break;
      }
      if (begin > from) {
        parts.add(new TextPart(marked.substring(from, begin), ""));
      }
      int end = marked.indexOf(END_OTHER, begin);
      parts.add(new TextPart(marked.substring(begin + 1, end), Lang.VI.code()));
      from = end + 1;
    }
    return List.copyOf(parts);
  }

  /** The label of an input in this language; inputs may be omitted for single-input methods. */
  static String inputLabel(Lang lang, Criterion criterion, String inputId) {
    return criterion
        .input(inputId)
        .map(i -> lang.pick(i.label(), i.labelEn()))
        .orElseGet(
            () ->
                "value".equals(inputId)
                    ? lang.pick(criterion.name(), criterion.nameEn())
                    : inputId);
  }

  /** Whether {@link #inputLabel} is the framework's Vietnamese on a page in another language. */
  private static boolean inputLabelIsOther(Lang lang, Criterion criterion, String inputId) {
    return criterion
        .input(inputId)
        .map(i -> !lang.attributeOfPick(i.labelEn()).isEmpty())
        // an input the criterion does not define is named by its id, in no language
        .orElseGet(
            () -> "value".equals(inputId) && !lang.attributeOfPick(criterion.nameEn()).isEmpty());
  }

  /** {@code text} in the sentence, marked as another language's when {@code other}. */
  private static String said(String text, boolean other) {
    String clean =
        text.replace(String.valueOf(BEGIN_OTHER), "").replace(String.valueOf(END_OTHER), "");
    return other ? BEGIN_OTHER + clean + END_OTHER : clean;
  }

  private String text(Method method) {
    boolean vi = lang == Lang.VI;
    String max = lang.number(criterion.maxPoints());
    String points = withUnit(criterion.maxPoints());
    if (method instanceof Method.YesNo) {
      return (vi ? "Có: " : "Yes: ")
          + points
          + (vi ? " (tối đa); không: 0 điểm." : " (the maximum); no: 0 points.");
    } else if (method instanceof Method.Ratio r) {
      return ratio(r, max, points);
    } else if (method instanceof Method.Bands b) {
      return bands(b);
    } else if (method instanceof Method.Choice c) {
      return choice(c);
    } else if (method instanceof Method.ExternalScore e) {
      return (vi ? "Điểm = " : "Points = ")
          + label(e.input())
          + " × "
          + max
          + " / "
          + lang.number(e.scale())
          + ".";
    } else if (method instanceof Method.Cohort c) {
      return cohort(c, max);
    } else if (method instanceof Method.Lateness l) {
      return lateness(l, points);
    } else if (method instanceof Method.EventDeduction d) {
      return events(d, points);
    }
    return vi
        ? "Chấm điểm trực tiếp từ 0 đến " + points + ", được đoàn kiểm tra xác minh."
        : "Points given directly, from 0 to " + max + ", verified by the reviewers.";
  }

  /**
   * @param max the criterion's maximum, a number in a formula ("r × 10")
   * @param points the maximum as an amount ("10 điểm", "1 point")
   */
  private String ratio(Method.Ratio r, String max, String points) {
    boolean vi = lang == Lang.VI;
    String value =
        r.denominator().isEmpty()
            ? sum(r.numerator()) + " / 100"
            : "(" + sum(r.numerator()) + ") / (" + sum(r.denominator()) + ")";
    StringBuilder s =
        new StringBuilder(vi ? "Tỷ lệ r = " : "Ratio r = ").append(value).append(". ");
    if (r.target() != null) {
      String t = percent(r.target());
      s.append(
          "r ≥ "
              + t
              + ": "
              + points
              + (vi ? "; dưới đó: r / " : "; below: r / ")
              + t
              + " × "
              + max
              + ".");
    } else if (r.floor() != null) {
      String f = percent(r.floor());
      s.append(
          "r = 100%: "
              + points
              + (vi ? "; từ " : "; from ")
              + f
              + (vi ? " đến dưới 100%: r × " : " to below 100%: r × ")
              + max
              + (vi ? "; dưới " : "; below ")
              + f
              + (vi ? ": 0 điểm." : ": 0 points."));
    } else {
      s.append(
          vi
              ? "Điểm = r × " + max + ", tối đa " + max + " điểm."
              : "Points = r × " + max + ", at most " + max + ".");
    }
    if (r.onZeroDenominator() == Method.ZeroDenominator.MAX) {
      s.append((vi ? " Mẫu số bằng 0: " : " Zero denominator: ") + points + ".");
    } else if (r.onZeroDenominator() == Method.ZeroDenominator.ZERO) {
      s.append(vi ? " Mẫu số bằng 0: 0 điểm." : " Zero denominator: 0 points.");
    }
    return s.toString();
  }

  private String bands(Method.Bands b) {
    boolean vi = lang == Lang.VI;
    List<String> parts = new ArrayList<>();
    for (Method.Band band : b.bands()) {
      String range;
      if (band.min() != null && band.below() != null) {
        range =
            vi
                ? "từ " + lang.number(band.min()) + " đến dưới " + lang.number(band.below())
                : "from " + lang.number(band.min()) + " to below " + lang.number(band.below());
      } else if (band.min() != null) {
        range =
            vi
                ? "từ " + lang.number(band.min()) + " trở lên"
                : lang.number(band.min()) + " or more";
      } else if (band.below() != null) {
        range = (vi ? "dưới " : "below ") + lang.number(band.below());
      } else {
        range = vi ? "mọi giá trị" : "any value";
      }
      parts.add(range + ": " + share(band.fraction(), band.points()));
    }
    return label(b.input()) + " — " + String.join("; ", parts) + ".";
  }

  private String choice(Method.Choice c) {
    List<String> parts = new ArrayList<>();
    for (Method.Option o : c.options()) {
      parts.add(
          said(
                  lang.pick(o.labelOrId(), o.labelEn()),
                  // an option without a label is named by its id, in no language
                  o.label() != null && !lang.attributeOfPick(o.labelEn()).isEmpty())
              + ": "
              + share(o.fraction(), o.points()));
    }
    return label(c.input()) + " — " + String.join("; ", parts) + ".";
  }

  private String cohort(Method.Cohort c, String max) {
    boolean vi = lang == Lang.VI;
    String x =
        c.denominator().isEmpty()
            ? sum(c.numerator())
            : "(" + sum(c.numerator()) + ") / (" + sum(c.denominator()) + ")";
    if (c.variant() == Method.CohortVariant.MIN_MAX) {
      return vi
          ? "x = "
              + x
              + ". So sánh giữa các đơn vị: điểm = (x − x nhỏ nhất) / (x cao nhất − x nhỏ nhất) × "
              + max
              + "."
          : "x = "
              + x
              + ". Compared across units: points = (x − x_min) / (x_best − x_min) × "
              + max
              + ".";
    }
    return vi
        ? "x = " + x + ". So với đơn vị cao nhất: điểm = x / x cao nhất × " + max + "."
        : "x = " + x + ". Relative to the best unit: points = x / x_best × " + max + ".";
  }

  private String lateness(Method.Lateness l, String points) {
    boolean vi = lang == Lang.VI;
    String due =
        l.due() != null ? lang.date(l.due()) : vi ? "hạn nộp của kỳ" : "the period's deadline";
    String when =
        l.input() != null ? label(l.input()) : vi ? "ngày gửi báo cáo" : "the submission date";
    return vi
        ? when
            + " so với "
            + due
            + ": đúng hạn "
            + points
            + "; trừ "
            + lang.number(l.pointsPerMonth())
            + " điểm mỗi tháng chậm, không dưới 0."
        : when
            + " against "
            + due
            + ": on time "
            + points
            + "; minus "
            + lang.number(l.pointsPerMonth())
            + " per month late, not below 0.";
  }

  private String events(Method.EventDeduction d, String points) {
    boolean vi = lang == Lang.VI;
    List<String> parts = new ArrayList<>();
    for (Method.EventRate e : d.events()) {
      parts.add(
          (vi ? "mỗi lần \"" : "each \"")
              + label(e.input())
              + (vi ? "\" trừ " : "\" costs ")
              + percent(e.fraction()));
    }
    return points
        + ", "
        + String.join("; ", parts)
        + (vi ? " số điểm tối đa; không dưới 0." : " of the maximum; not below 0.");
  }

  private String share(BigDecimal fraction, BigDecimal points) {
    boolean vi = lang == Lang.VI;
    if (points != null) {
      return withUnit(points);
    }
    return percent(fraction) + (vi ? " số điểm tối đa" : " of the maximum");
  }

  /** An amount of points with its unit: "2,5 điểm", "1 point", "2.5 points". */
  private String withUnit(BigDecimal amount) {
    return lang.number(amount)
        + (lang == Lang.VI
            ? " điểm"
            : amount.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }

  private String percent(BigDecimal fraction) {
    return fraction == null ? "" : lang.percent(fraction.movePointRight(2));
  }

  private String sum(List<String> ids) {
    return String.join(" + ", ids.stream().map(this::label).toList());
  }

  private String label(String inputId) {
    return said(inputLabel(lang, criterion, inputId), inputLabelIsOther(lang, criterion, inputId));
  }
}
