package org.opendti.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for each distinct value a stage makes by the hundred thousand, for the model to keep
 * (issue #17): scoring a 10,000-unit repository made a million criterion scores, of 180,000
 * distinct values, and 1.9 million {@code BigDecimal}s, of some 50,000. Sharing them took a fifth
 * off the live model a publish holds while it renders, so the collector keeps a smaller heap.
 *
 * <p>Safe because the values are immutable records and numbers, compared by {@code equals}, never
 * by identity. A {@code BigDecimal} is shared only with one of the same value and scale ({@code
 * 2.0} and {@code 2.00} stay apart), so every number prints as before. Thread-safe; lives as long
 * as the stage that made it (the loader has its own, {@code StringPool}).
 */
public final class Shared {

  private final ConcurrentHashMap<Object, Object> pool = new ConcurrentHashMap<>();

  /** The first object equal to {@code value} this pool was given; null for null. */
  @SuppressWarnings("unchecked")
  public <T> T of(T value) {
    if (value == null) {
      return null;
    }
    Object known = pool.get(value);
    if (known != null) {
      return (T) known;
    }
    Object raced = pool.putIfAbsent(value, value);
    return raced == null ? value : (T) raced;
  }

  /** The object equal to {@code value} this pool holds, null if none (nothing is added). */
  @SuppressWarnings("unchecked")
  public <T> T known(T value) {
    return (T) pool.get(value);
  }

  /** An unmodifiable copy of {@code values} holding the shared objects. */
  public List<BigDecimal> decimals(List<BigDecimal> values) {
    List<BigDecimal> out = new ArrayList<>(values.size());
    for (BigDecimal v : values) {
      out.add(of(v));
    }
    return List.copyOf(out);
  }
}
