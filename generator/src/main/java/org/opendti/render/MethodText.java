package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Method;

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

  static String describe(Lang lang, Criterion criterion) {
    return new MethodText(lang, criterion).text(criterion.method());
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

  private String text(Method method) {
    boolean vi = lang == Lang.VI;
    String max = lang.number(criterion.maxPoints());
    if (method instanceof Method.YesNo) {
      return vi
          ? "Có: " + max + " điểm (tối đa); không: 0 điểm."
          : "Yes: " + max + " points (the maximum); no: 0 points.";
    } else if (method instanceof Method.Ratio r) {
      return ratio(r, max);
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
      return lateness(l, max);
    } else if (method instanceof Method.EventDeduction d) {
      return events(d, max);
    }
    return vi
        ? "Chấm điểm trực tiếp từ 0 đến " + max + " điểm, được đoàn kiểm tra xác minh."
        : "Points given directly, from 0 to " + max + ", verified by the reviewers.";
  }

  private String ratio(Method.Ratio r, String max) {
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
          vi
              ? "r ≥ " + t + ": " + max + " điểm; dưới đó: r / " + t + " × " + max + "."
              : "r ≥ " + t + ": " + max + " points; below: r / " + t + " × " + max + ".");
    } else if (r.floor() != null) {
      String f = percent(r.floor());
      s.append(
          vi
              ? "r = 100%: "
                  + max
                  + " điểm; từ "
                  + f
                  + " đến dưới 100%: r × "
                  + max
                  + "; dưới "
                  + f
                  + ": 0 điểm."
              : "r = 100%: "
                  + max
                  + " points; from "
                  + f
                  + " to below 100%: r × "
                  + max
                  + "; below "
                  + f
                  + ": 0 points.");
    } else {
      s.append(
          vi
              ? "Điểm = r × " + max + ", tối đa " + max + " điểm."
              : "Points = r × " + max + ", at most " + max + ".");
    }
    if (r.onZeroDenominator() == Method.ZeroDenominator.MAX) {
      s.append(vi ? " Mẫu số bằng 0: " + max + " điểm." : " Zero denominator: " + max + " points.");
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
      parts.add(lang.pick(o.label(), o.labelEn()) + ": " + share(o.fraction(), o.points()));
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

  private String lateness(Method.Lateness l, String max) {
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
            + max
            + " điểm; trừ "
            + lang.number(l.pointsPerMonth())
            + " điểm mỗi tháng chậm, không dưới 0."
        : when
            + " against "
            + due
            + ": on time "
            + max
            + " points; minus "
            + lang.number(l.pointsPerMonth())
            + " per month late, not below 0.";
  }

  private String events(Method.EventDeduction d, String max) {
    boolean vi = lang == Lang.VI;
    List<String> parts = new ArrayList<>();
    for (Method.EventRate e : d.events()) {
      parts.add(
          (vi ? "mỗi lần \"" : "each \"")
              + label(e.input())
              + (vi ? "\" trừ " : "\" costs ")
              + percent(e.fraction()));
    }
    return (vi ? max + " điểm, " : max + " points, ")
        + String.join("; ", parts)
        + (vi ? " số điểm tối đa; không dưới 0." : " of the maximum; not below 0.");
  }

  private String share(BigDecimal fraction, BigDecimal points) {
    boolean vi = lang == Lang.VI;
    if (points != null) {
      return lang.number(points) + (vi ? " điểm" : " points");
    }
    return percent(fraction) + (vi ? " số điểm tối đa" : " of the maximum");
  }

  private String percent(BigDecimal fraction) {
    return fraction == null ? "" : lang.percent(fraction.movePointRight(2));
  }

  private String sum(List<String> ids) {
    return String.join(" + ", ids.stream().map(this::label).toList());
  }

  private String label(String inputId) {
    return inputLabel(lang, criterion, inputId);
  }
}
