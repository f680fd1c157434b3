package org.opendti.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameOrderTest {

  private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

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
  void everyPairComparesAsTheCollatorDoes() {
    NameOrder order = new NameOrder();
    List<String> names = names(1, 300);
    for (String a : names) {
      for (String b : names) {
        assertEquals(
            Integer.signum(VI.compare(a, b)),
            Integer.signum(order.compare(a, b)),
            () -> "«" + a + "» vs «" + b + "»");
      }
    }
  }

  @Test
  void sortsAsTheCollatorSorts() {
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
