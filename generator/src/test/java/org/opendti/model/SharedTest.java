package org.opendti.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedTest {

  @Test
  void equalValuesBecomeOneObjectAndUnequalOnesStayApart() {
    Shared pool = new Shared();
    BigDecimal first = new BigDecimal("7.50");
    BigDecimal same = new BigDecimal("7.50");
    BigDecimal otherScale = new BigDecimal("7.5");

    assertThat(pool.of(first)).isSameAs(first);
    assertThat(pool.of(same)).isSameAs(first);
    // equal by compareTo, not by equals: 7.5 prints otherwise, so it is kept apart
    assertThat(pool.of(otherScale)).isSameAs(otherScale).isNotSameAs(first);
    assertThat(pool.of(otherScale).toPlainString()).isEqualTo("7.5");
    assertThat(pool.of(first).toPlainString()).isEqualTo("7.50");
    assertThat(pool.of((BigDecimal) null)).isNull();
  }

  @Test
  void knownOnlyLooksAndAddsNothing() {
    Shared pool = new Shared();
    LocalDate date = LocalDate.of(2024, 2, 29);

    assertThat(pool.known(date)).isNull();
    assertThat(pool.known(LocalDate.of(2024, 2, 29))).isNull();
    pool.of(date);
    assertThat(pool.known(LocalDate.of(2024, 2, 29))).isSameAs(date);
  }

  @Test
  void aSharedListHoldsTheSharedNumbersInOrder() {
    Shared pool = new Shared();
    BigDecimal ten = pool.of(new BigDecimal("10"));

    List<BigDecimal> out =
        pool.decimals(List.of(new BigDecimal("3"), new BigDecimal("10"), new BigDecimal("3")));

    assertThat(out).containsExactly(new BigDecimal("3"), ten, new BigDecimal("3"));
    assertThat(out.get(1)).isSameAs(ten);
    assertThat(out.get(2)).isSameAs(out.get(0));
  }

  @Test
  void threadsSharingOnePoolAgreeOnOneObjectPerValue() {
    Shared pool = new Shared();
    Random random = new Random(17);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      texts.add(random.nextInt(100) + "." + random.nextInt(100));
    }
    ConcurrentHashMap<BigDecimal, BigDecimal> seen = new ConcurrentHashMap<>();

    IntStream.range(0, texts.size())
        .parallel()
        .forEach(
            i -> {
              BigDecimal v = pool.of(new BigDecimal(texts.get(i)));
              BigDecimal before = seen.putIfAbsent(v, v);
              assertThat(before == null || before == v).as(texts.get(i)).isTrue();
            });
  }
}
