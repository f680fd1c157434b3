package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool's dates read from text: the same as {@link LocalDate#parse}, each text parsed once. */
class StringPoolTest {

  @Test
  void aDateTextGivesWhatParseGivesAndTheSameObjectEachTime() {
    StringPool pool = new StringPool();
    for (String text : List.of("2024-10-27", "2023-12-06", "2024-02-29", "0001-01-01")) {
      LocalDate first = pool.date(text);
      assertThat(first).isEqualTo(LocalDate.parse(text));
      assertThat(pool.date(text)).isSameAs(first);
      assertThat(pool.date(LocalDate.parse(text)))
          .as("the date pool and the text lookup share one object")
          .isSameAs(first);
    }
  }

  @Test
  void textThatIsNotADateIsRefusedEveryTime() {
    StringPool pool = new StringPool();
    for (String text : List.of("2023-02-29", "2024-13-01", "27/10/2024", "2024-1-5", "")) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> pool.date(text))
            .as("%s, attempt %d", text, i + 1)
            .isInstanceOf(DateTimeException.class);
      }
    }
  }
}
