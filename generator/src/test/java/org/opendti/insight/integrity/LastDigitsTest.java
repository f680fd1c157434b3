package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastDigitsTest {

  private static List<BigDecimal> values(String... texts) {
    return Arrays.stream(texts).map(BigDecimal::new).toList();
  }

  @Test
  void usesWholeCountsFromTheSmallestCountUp() {
    LastDigits digits =
        LastDigits.of(values("10", "9", "0", "273", "40.00", "1E+3", "12.5", "-20", "99"), 10);
    assertThat(digits.n()).isEqualTo(5);
    assertThat(digits.skipped()).isEqualTo(4);
    assertThat(digits.counts()).containsExactly(3, 0, 0, 1, 0, 0, 0, 0, 0, 1);
  }

  @Test
  void smallestCountOfOneHundredSkipsTwoDigitCounts() {
    LastDigits digits = LastDigits.of(values("99", "100", "101", "57"), 100);
    assertThat(digits.n()).isEqualTo(2);
    assertThat(digits.skipped()).isEqualTo(2);
  }

  @Test
  void hostileHugeExponentIsReadWithoutExpanding() {
    LastDigits digits = LastDigits.of(values("1E+999999999", "123456789012345678901234567"), 10);
    assertThat(digits.count(0)).isEqualTo(1);
    assertThat(digits.count(7)).isEqualTo(1);
    assertThat(LastDigits.of(values("1E-999999999"), 10).skipped()).isEqualTo(1);
  }

  @Test
  void countsAreACopy() {
    LastDigits digits = LastDigits.of(values("11"), 10);
    digits.counts()[1] = 99;
    assertThat(digits.count(1)).isEqualTo(1);
  }

  @Test
  void nullValueIsAClearError() {
    List<BigDecimal> withNull = Arrays.asList(new BigDecimal("12"), null);
    assertThatThrownBy(() -> LastDigits.of(withNull, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Giá trị thứ 1 bị rỗng (null) — value 1 is null");
  }
}
