package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quick test never accepts what the JDK's regex (as the full validator runs it) refuses. */
class QuickPatternTest {

  /** Each simple pattern with a value it matches, mutated at random below. */
  private static final java.util.Map<String, String> SIMPLE =
      java.util.Map.of(
          "^[a-z0-9][a-z0-9-]*$", "mau-huyen-1-xa-2",
          "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2023-11-15",
          "^[A-Za-z0-9][A-Za-z0-9.-]*$", "Ab.c-9",
          "^[-a]+b_[x-z]{2}$", "-a-ab_xz");

  @Test
  void acceptsOnlyWhatTheRegexFinds() {
    Random random = new Random(17);
    String alphabet = "az09AZ-._/\n\r é\u0300b_xyz";
    SIMPLE.forEach(
        (regex, example) -> {
          QuickPattern quick = QuickPattern.of(regex);
          assertThat(quick).as(regex).isNotNull();
          Pattern jdk = Pattern.compile(regex);
          int accepted = 0;
          for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(example);
            for (int edits = random.nextInt(4); edits > 0; edits--) {
              int at = random.nextInt(s.length() + 1);
              char c = alphabet.charAt(random.nextInt(alphabet.length()));
              switch (random.nextInt(3)) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                  if (at < s.length()) {
                    s.setCharAt(at, c);
                  }
                }
                default -> {
                  if (at < s.length()) {
                    s.deleteCharAt(at);
                  }
                }
              }
            }
            if (quick.test(s.toString())) {
              accepted++;
              assertThat(jdk.matcher(s).find()).as(regex + " on " + s).isTrue();
            }
          }
          assertThat(accepted).as(regex).isGreaterThan(1000);
        });
  }

  @Test
  void takesTheSchemasIdsAndDatesAndLeavesTheRestToTheRegex() {
    QuickPattern id = QuickPattern.of("^[a-z0-9][a-z0-9-]*$");
    QuickPattern date = QuickPattern.of("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    assertThat(id.test("mau-huyen-1-xa-2")).isTrue();
    assertThat(id.test("-mau")).isFalse();
    assertThat(id.test("Mau")).isFalse();
    assertThat(id.test("mau\n")).as("the regex decides: $ before a final line end").isFalse();
    assertThat(date.test("2023-11-15")).isTrue();
    assertThat(date.test("2023-11-150")).isFalse();
    assertThat(QuickPattern.of("^[a-z]*[a-z]$").test("abc"))
        .as("no backtracking: the regex, which matches, decides")
        .isFalse();
    for (String other :
        List.of("^https?://", "^[^/\\\\][^\\\\]*$", "^@[A-Za-z0-9](/[a-z])?$", "[a-z]", "^a|b$")) {
      assertThat(QuickPattern.of(other)).as(other).isNull();
    }
  }
}
