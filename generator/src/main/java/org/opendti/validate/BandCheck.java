package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
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
      out.error(Code.NO_BANDS, at + "/method/bands", Texts.criterion(c));
      return;
    }
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < m.bands().size(); i++) {
      Method.Band b = m.bands().get(i);
      String p = at + "/method/bands/" + i;
      value(c, b, p, out);
      if (b.min() != null && b.below() != null && b.min().compareTo(b.below()) >= 0) {
        out.error(Code.BAND_EMPTY, p, Texts.criterion(c), i + 1, b.min(), b.below());
        continue;
      }
      BigDecimal from = b.min() == null ? BigDecimal.ZERO : b.min().max(BigDecimal.ZERO);
      if (!nonEmpty(from, b.below(), kind)) {
        out.warning(
            Code.BAND_UNREACHABLE,
            p,
            Texts.criterion(c),
            i + 1,
            b.min() == null ? "−∞" : b.min(),
            num(b.below()),
            kind == InputKind.PERCENT ? HUNDRED : "∞");
        continue;
      }
      spans.add(new Span(i, from, b.below()));
    }
    coverage(c, spans, kind, at, out);
  }

  private static void value(Criterion c, Method.Band b, String p, Findings out) {
    if ((b.fraction() == null) == (b.points() == null)) {
      out.error(Code.BAND_VALUE, p, Texts.criterion(c));
    } else if (b.fraction() != null && outside(b.fraction(), BigDecimal.ONE)) {
      out.error(Code.BAND_FRACTION_OUT_OF_RANGE, p + "/fraction", Texts.criterion(c), b.fraction());
    } else if (b.points() != null && outside(b.points(), c.maxPoints())) {
      out.error(
          Code.BAND_POINTS_OUT_OF_RANGE,
          p + "/points",
          Texts.criterion(c),
          b.points(),
          num(c.maxPoints()));
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
    out.warning(Code.BAND_GAP, p, Texts.criterion(c), values(from, below, kind));
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
        Code.BAND_OVERLAP,
        at + "/method/bands/" + second.index(),
        Texts.criterion(c),
        first.index() + 1,
        second.index() + 1,
        values(from, below, kind));
  }

  /** Whether [from, below) holds a value of the domain (a whole number for counts). */
  private static boolean nonEmpty(BigDecimal from, BigDecimal below, InputKind kind) {
    BigDecimal lowest = kind == InputKind.COUNT ? from.setScale(0, RoundingMode.CEILING) : from;
    if (kind == InputKind.PERCENT && lowest.compareTo(HUNDRED) > 0) {
      return false;
    }
    return below == null || lowest.compareTo(below) < 0;
  }

  /** "values from 1 to below 2 (count 1)"; for percents the top is 100 inclusive. */
  private static Text values(BigDecimal from, BigDecimal below, InputKind kind) {
    boolean percentTop =
        kind == InputKind.PERCENT && (below == null || below.compareTo(HUNDRED) > 0);
    if (percentTop && from.compareTo(HUNDRED) == 0) {
      return Text.of("phrase.band-value-100");
    }
    Text range =
        percentTop
            ? Text.of("phrase.band-values-to-100", from)
            : below == null
                ? Text.of("phrase.band-values-upwards", from)
                : Text.of("phrase.band-values-below", from, below);
    if (kind != InputKind.COUNT) {
      return range;
    }
    BigDecimal first = from.setScale(0, RoundingMode.CEILING);
    if (below == null) {
      return Text.of("phrase.band-counts-upwards", range, first);
    }
    BigDecimal last = below.subtract(BigDecimal.ONE).setScale(0, RoundingMode.CEILING);
    return first.compareTo(last) == 0
        ? Text.of("phrase.band-count", range, first)
        : Text.of("phrase.band-counts", range, first, last);
  }

  private static boolean outside(BigDecimal v, BigDecimal max) {
    return v.signum() < 0 || (max != null && v.compareTo(max) > 0);
  }
}
