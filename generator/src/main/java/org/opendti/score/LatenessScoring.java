package org.opendti.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * {@code lateness}: on time → max; late → max − pointsPerMonth × started months, not below 0
 * ({@code 002_…} 1, 2: "trễ so với thời gian quy định thì sẽ trừ 01 điểm/tháng").
 *
 * <p>A deadline is the end of its day in Vietnam time. Started months: whole months from the due
 * date to the date compared, plus one if any days remain (due 2023-03-31, issued 2023-05-15 → 2).
 */
final class LatenessScoring {

  /** Deadlines are Vietnamese calendar days ({@code DOMAIN.md}: deadlines 25 Nov, 15 Dec). */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private LatenessScoring() {}

  /**
   * "{date} ≤ {due} → {max}", "{date} > {due}: {max} − {perMonth} × {months} = {points}", or, with
   * no known arrival time, "không rõ thời điểm nộp → đúng hạn → {max}".
   */
  static Optional<Outcome> score(Method.Lateness m, MethodContext ctx, Map<String, Value> in) {
    BigDecimal max = ctx.criterion().maxPoints();
    Optional<LocalDate> date;
    if (m.input() != null) {
      date = Inputs.date(in, m.input());
      if (date.isEmpty()) {
        return Optional.empty();
      }
    } else {
      date = ctx.arrival().map(LatenessScoring::vietnamDay);
      if (date.isEmpty()) {
        // Without a known arrival (e.g. a file not yet committed) nobody can say it was late.
        return Optional.of(
            Outcome.fixed(
                new FormulaBuilder()
                    .word(FormulaWord.ARRIVAL_UNKNOWN)
                    .text(" → ")
                    .word(FormulaWord.ON_TIME)
                    .text(" → "),
                max,
                max));
      }
    }
    LocalDate due =
        m.due() != null ? m.due() : ctx.period() == null ? null : ctx.period().deadline();
    if (due == null) {
      return Optional.of(
          Outcome.fixed(
              new FormulaBuilder()
                  .word(FormulaWord.NO_DEADLINE)
                  .text(" → ")
                  .word(FormulaWord.ON_TIME)
                  .text(" → "),
              max,
              max));
    }
    return Optional.of(score(date.get(), due, m.pointsPerMonth(), max));
  }

  static Outcome score(LocalDate date, LocalDate due, BigDecimal perMonth, BigDecimal max) {
    if (!date.isAfter(due)) {
      return Outcome.fixed(new FormulaBuilder().text(date + " ≤ " + due + " → "), max, max);
    }
    BigDecimal months = BigDecimal.valueOf(startedMonths(due, date));
    BigDecimal rate = perMonth == null ? BigDecimal.ZERO : perMonth;
    FormulaBuilder f = new FormulaBuilder().text(date + " > " + due + ": ");
    f.num(max).text(" − ").num(rate).text(" × ").num(months);
    return Outcome.of(f, max.subtract(rate.multiply(months)), max);
  }

  /** Whole months from due to date, plus one if any days remain. */
  static long startedMonths(LocalDate due, LocalDate date) {
    long whole = ChronoUnit.MONTHS.between(due, date);
    return due.plusMonths(whole).isBefore(date) ? whole + 1 : whole;
  }

  private static LocalDate vietnamDay(Instant instant) {
    return instant.atZone(VIETNAM).toLocalDate();
  }
}
