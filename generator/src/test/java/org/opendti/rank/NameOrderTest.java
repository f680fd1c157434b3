package org.opendti.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameOrderTest {

  private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi"));

  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  /**
   * The reference: the {@code vi} collator on the names with every number written with twelve
   * digits, so that comparing its digits compares its value ("Phường 000000000002" before "Phường
   * 000000000010"). The test names' numbers have no leading zeros.
   */
  private static final Comparator<String> VI =
      Comparator.comparing(
          (String name) ->
              NUMBER
                  .matcher(name)
                  .replaceAll(m -> String.format("%012d", Long.parseLong(m.group()))),
          COLLATOR);

  private static final String[] PARTS = {
    "Xã",
    "Phường",
    "Thị trấn",
    "Đak",
    "Đăk",
    "Dak",
    "Ia",
    "Iа",
    "Kon",
    "Chư",
    "Chư Păh",
    "Ayun",
    "Ân",
    "An",
    "Ăn",
    "Bình",
    "Binh",
    "Bính",
    "Đồng",
    "Dong",
    "Lạc Dao",
    "Lạc Đạo",
    "Ơ",
    "O",
    "Ô",
    "Ư",
    "U",
    "Mẫu",
    "Mẩu",
    "Nam",
    "1",
    "2",
    "10",
    "9",
    "101",
    "11",
    "-",
    " ",
    "Ỹ",
    "y",
    "Z",
    "a",
    "Đ",
    "đ"
  };

  /** Random names, some decomposed (NFD), as a registry could hold them. */
  private static List<String> names(long seed, int n) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + r.nextInt(3);
      for (int w = 0; w < words; w++) {
        b.append(w == 0 ? "" : " ").append(PARTS[r.nextInt(PARTS.length)]);
      }
      String name = b.toString();
      out.add(r.nextInt(4) == 0 ? Normalizer.normalize(name, Normalizer.Form.NFD) : name);
    }
    return out;
  }

  @Test
  void numbersInNamesGoInNumericOrder() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "Quận 12",
                "Phường 10",
                "Phường 2",
                "Phường 1",
                "Quận 3",
                "Huyện Mẫu An 101",
                "Huyện Mẫu An 11",
                "Huyện Mẫu An",
                "Huyện Mẫu Ân 3",
                "Huyện Mẫu An 2",
                "Xã Đông",
                "Xã Dương"));
    names.sort(new NameOrder());
    assertEquals(
        List.of(
            "Huyện Mẫu An",
            "Huyện Mẫu An 2",
            "Huyện Mẫu An 11",
            "Huyện Mẫu An 101",
            // Â is a letter of its own, after A (tones are what is ignored first).
            "Huyện Mẫu Ân 3",
            "Phường 1",
            "Phường 2",
            "Phường 10",
            "Quận 3",
            "Quận 12",
            "Xã Dương",
            "Xã Đông"),
        names);
  }

  @Test
  void numbersArePaddedWithoutTheirLeadingZeros() {
    String zeros = "0".repeat(NameOrder.WIDTH - 2);
    assertEquals("Phường " + zeros + "02 A" + zeros + "10", NameOrder.padNumbers("Phường 2 A010"));
    assertEquals("Xã Đông", NameOrder.padNumbers("Xã Đông"));
    assertEquals("0".repeat(NameOrder.WIDTH), NameOrder.padNumbers("000"));
    // Written alike, the names are then in the collator's order as written: a total order.
    NameOrder order = new NameOrder();
    assertTrue(order.compare("Phường 01", "Phường 1") != 0);
    assertEquals(
        -Integer.signum(order.compare("Phường 01", "Phường 1")),
        Integer.signum(order.compare("Phường 1", "Phường 01")));
  }

  /** Without digits, the order is the collator's own. */
  @Test
  void namesWithoutDigitsCompareAsTheCollatorDoes() {
    List<String> names = names(4, 400).stream().filter(n -> !NUMBER.matcher(n).find()).toList();
    assertTrue(names.size() > 100);
    assertEveryPairAs(COLLATOR, names);
  }

  @Test
  void everyPairComparesAsTheCollatorDoesWithNumbersWrittenAlike() {
    assertEveryPairAs(VI, names(1, 300));
  }

  private static void assertEveryPairAs(Comparator<? super String> reference, List<String> names) {
    NameOrder order = new NameOrder();
    for (String a : names) {
      for (String b : names) {
        assertEquals(
            Integer.signum(reference.compare(a, b)),
            Integer.signum(order.compare(a, b)),
            () -> "«" + a + "» vs «" + b + "»");
      }
    }
  }

  @Test
  void sortsAsTheCollatorSortsWithNumbersWrittenAlike() {
    List<String> names = names(2, 5_000);
    List<String> byCollator = new ArrayList<>(names);
    byCollator.sort(VI);
    List<String> byOrder = new ArrayList<>(names);
    byOrder.sort(new NameOrder());
    assertEquals(byCollator, byOrder);
  }

  @Test
  void sharedAcrossThreadsGivesTheSameOrder() {
    NameOrder order = new NameOrder();
    List<String> names = names(3, 2_000);
    List<String> expected = new ArrayList<>(names);
    expected.sort(VI);
    IntStream.range(0, 8)
        .parallel()
        .forEach(
            i -> {
              List<String> copy = new ArrayList<>(names);
              copy.sort(order);
              assertEquals(expected, copy);
            });
  }
}
