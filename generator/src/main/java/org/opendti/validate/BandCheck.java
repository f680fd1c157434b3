package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/**
 * Gaps and overlaps of the half-open bands [min, below) over the input's domain: from 0 to +∞, or
 * to 100 inclusive for a percent. For counts only whole numbers matter, so [2, 4) and [4, ∞) are
 * contiguous and a gap [1, 2) means exactly 1. Seeds: {@code 000_…} I.1.1 item 1 ("4 lần → max, 2–3
 * lần → 75%, < 1 lần → 0": 1 has no score) and items 4–5 ("< 0 bài: 0 điểm": 0–4 have none).
 */
final class BandCheck {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BandCheck() {}

  private record Span(int index, BigDecimal from, BigDecimal below) {}

  static void check(Criterion c, Method.Bands m, InputKind kind, String at, Findings out) {
    if (m.bands().isEmpty()) {
      out.error("no-bands", at + "/method/bands", Texts.criterion(c) + " has no bands", null);
      return;
    }
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < m.bands().size(); i++) {
      Method.Band b = m.bands().get(i);
      String p = at + "/method/bands/" + i;
      value(c, b, p, out);
      if (b.min() != null && b.below() != null && b.min().compareTo(b.below()) >= 0) {
        out.error(
            "band-empty",
            p,
            Texts.criterion(c)
                + ": band "
                + (i + 1)
                + " has min "
                + num(b.min())
                + " ≥ below "
                + num(b.below())
                + ", so no value falls in it",
            "a band is [min, below): min must be smaller than below");
        continue;
      }
      BigDecimal from = b.min() == null ? BigDecimal.ZERO : b.min().max(BigDecimal.ZERO);
      if (!nonEmpty(from, b.below(), kind)) {
        out.warning(
            "band-unreachable",
            p,
            Texts.criterion(c)
                + ": band "
                + (i + 1)
                + " "
                + interval(b.min(), b.below())
                + " lies outside the input's domain "
                + domain(kind)
                + ", so it never applies",
            "the source may mean a different bound (000_… writes \"< 0 bài\" for \"< 5\")");
        continue;
      }
      spans.add(new Span(i, from, b.below()));
    }
    coverage(c, spans, kind, at, out);
  }

  private static void value(Criterion c, Method.Band b, String p, Findings out) {
    if ((b.fraction() == null) == (b.points() == null)) {
      out.error(
          "band-value",
          p,
          Texts.criterion(c) + ": a band needs exactly one of fraction and points",
          null);
    } else if (b.fraction() != null && outside(b.fraction(), BigDecimal.ONE)) {
      out.error(
          "band-fraction-out-of-range",
          p + "/fraction",
          Texts.criterion(c) + ": band fraction " + num(b.fraction()) + " is outside 0..1",
          "write 0.75 for 75% of the maximum");
    } else if (b.points() != null && outside(b.points(), c.maxPoints())) {
      out.error(
          "band-points-out-of-range",
          p + "/points",
          Texts.criterion(c)
              + ": band points "
              + num(b.points())
              + " are outside 0.."
              + num(c.maxPoints()),
          "band points cannot exceed the criterion's maxPoints");
    }
  }

  private static void coverage(
      Criterion c, List<Span> spans, InputKind kind, String at, Findings out) {
    List<Span> sorted =
        spans.stream()
            .sorted(
                Comparator.comparing(Span::from)
                    .thenComparing(
                        Span::below, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder())))
            .toList();
    BigDecimal cursor = BigDecimal.ZERO;
    Span reached = null;
    for (Span s : sorted) {
      if (cursor == null) {
        overlap(c, reached, s, s.from(), s.below(), kind, at, out);
        continue;
      }
      int cmp = s.from().compareTo(cursor);
      if (cmp > 0 && nonEmpty(cursor, s.from(), kind)) {
        gap(c, cursor, s.from(), kind, at + "/method/bands/" + s.index(), out);
      } else if (cmp < 0 && reached != null) {
        BigDecimal end = s.below() == null ? cursor : s.below().min(cursor);
        overlap(c, reached, s, s.from(), end, kind, at, out);
      }
      if (s.below() == null || s.below().compareTo(cursor) > 0) {
        cursor = s.below();
        reached = s;
      }
    }
    if (cursor != null && nonEmpty(cursor, null, kind)) {
      gap(c, cursor, null, kind, at + "/method/bands", out);
    }
  }

  private static void gap(
      Criterion c, BigDecimal from, BigDecimal below, InputKind kind, String p, Findings out) {
    out.warning(
        "band-gap",
        p,
        Texts.criterion(c)
            + ": no band covers "
            + values(from, below, kind)
            + ", which score nothing",
        "add a band for these values or fix the bound the source got wrong");
  }

  private static void overlap(
      Criterion c,
      Span first,
      Span second,
      BigDecimal from,
      BigDecimal below,
      InputKind kind,
      String at,
      Findings out) {
    if (first == null || !nonEmpty(from, below, kind)) {
      return;
    }
    out.warning(
        "band-overlap",
        at + "/method/bands/" + second.index(),
        Texts.criterion(c)
            + ": bands "
            + (first.index() + 1)
            + " and "
            + (second.index() + 1)
            + " overlap on "
            + values(from, below, kind)
            + "; the first listed applies",
        "make the bands [min, below) disjoint");
  }

  /** Whether [from, below) holds a value of the domain (a whole number for counts). */
  private static boolean nonEmpty(BigDecimal from, BigDecimal below, InputKind kind) {
    BigDecimal lowest = kind == InputKind.COUNT ? from.setScale(0, RoundingMode.CEILING) : from;
    if (kind == InputKind.PERCENT && lowest.compareTo(HUNDRED) > 0) {
      return false;
    }
    return below == null || lowest.compareTo(below) < 0;
  }

  /** "values from 1 to below 2 (count: 1)"; for percents the top is 100 inclusive. */
  private static String values(BigDecimal from, BigDecimal below, InputKind kind) {
    boolean percentTop =
        kind == InputKind.PERCENT && (below == null || below.compareTo(HUNDRED) > 0);
    if (percentTop && from.compareTo(HUNDRED) == 0) {
      return "the value 100";
    }
    String range =
        "values from "
            + num(from)
            + (percentTop ? " to 100" : below == null ? " upwards" : " to below " + num(below));
    if (kind != InputKind.COUNT) {
      return range;
    }
    BigDecimal first = from.setScale(0, RoundingMode.CEILING);
    if (below == null) {
      return range + " (counts " + num(first) + " and more)";
    }
    BigDecimal last = below.subtract(BigDecimal.ONE).setScale(0, RoundingMode.CEILING);
    return range
        + (first.compareTo(last) == 0
            ? " (count " + num(first) + ")"
            : " (counts " + num(first) + " to " + num(last) + ")");
  }

  private static String interval(BigDecimal min, BigDecimal below) {
    return "[" + (min == null ? "−∞" : num(min)) + ", " + num(below) + ")";
  }

  private static String domain(InputKind kind) {
    return kind == InputKind.PERCENT ? "0..100" : "0..∞";
  }

  private static boolean outside(BigDecimal v, BigDecimal max) {
    return v.signum() < 0 || (max != null && v.compareTo(max) > 0);
  }
}
