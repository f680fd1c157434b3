package org.opendti.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Value;

/** Typed reads of input values; a missing or mistyped value reads as empty, never an error. */
final class Inputs {

  private Inputs() {}

  static Optional<BigDecimal> num(Map<String, Value> in, String id) {
    return in.get(id) instanceof Value.Num n ? Optional.of(n.value()) : Optional.empty();
  }

  /** All values, or empty when any is missing. */
  static Optional<List<BigDecimal>> nums(Map<String, Value> in, List<String> ids) {
    List<BigDecimal> out = new ArrayList<>();
    for (String id : ids) {
      Optional<BigDecimal> v = num(in, id);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      out.add(v.get());
    }
    return Optional.of(List.copyOf(out));
  }

  static Optional<Boolean> bool(Map<String, Value> in, String id) {
    return in.get(id) instanceof Value.Bool b ? Optional.of(b.value()) : Optional.empty();
  }

  static Optional<String> text(Map<String, Value> in, String id) {
    return in.get(id) instanceof Value.Text t ? Optional.of(t.value()) : Optional.empty();
  }

  static Optional<LocalDate> date(Map<String, Value> in, String id) {
    return in.get(id) instanceof Value.Date d ? Optional.of(d.value()) : Optional.empty();
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
