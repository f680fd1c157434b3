package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

  /** Characters from every UTF-8 length, and both surrogate halves alone and in pairs. */
  private static final char[] ALPHABET = {
    'a', '<', '\n', 'é', 'Đ', 'ệ', '–', '€', '\uD83D', '\uDE00', '\uFFFF', 'x'
  };

  @Test
  void encodesExactlyAsStringGetBytes() {
    Random random = new Random(42);
    Utf8Buffer buffer = new Utf8Buffer();
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      buffer.reset();
      int pieces = 1 + random.nextInt(5);
      for (int p = 0; p < pieces; p++) {
        StringBuilder piece = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          piece.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        // Pieces split anywhere, surrogate pairs included, through each write method.
        switch (random.nextInt(3)) {
          case 0 -> buffer.write(piece.toString());
          case 1 -> buffer.write(piece.toString().toCharArray(), 0, piece.length());
          default -> piece.chars().forEach(buffer::write);
        }
        text.append(piece);
      }
      assertThat(buffer.toByteArray())
          .as("%s", text)
          .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void growsBeyondItsFirstCapacityAndResets() {
    Utf8Buffer buffer = new Utf8Buffer();
    String page = "Điểm ".repeat(200_000);
    buffer.write(page);
    assertThat(buffer.toByteArray()).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
    int grown = buffer.capacity();
    buffer.reset();
    assertThat(buffer.capacity())
        .as("a page of a million characters is kept for the next")
        .isEqualTo(grown);
    buffer.write("ok");
    assertThat(buffer.toByteArray()).isEqualTo("ok".getBytes(StandardCharsets.UTF_8));
  }

  /** One very large page does not leave its array with the thread for the rest of the build. */
  @Test
  void givesBackWhatAVeryLargePageGrewItTo() {
    Utf8Buffer buffer = new Utf8Buffer();
    int first = buffer.capacity();
    String page = "<tr><td>Xã Mẫu Bình</td></tr>\n".repeat(200_000);
    buffer.write(page);
    assertThat(buffer.capacity()).isGreaterThan(4_000_000);
    assertThat(buffer.toByteArray()).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
    buffer.reset();
    assertThat(buffer.capacity()).isEqualTo(first);
    buffer.write(page.substring(0, 1_000));
    assertThat(buffer.toByteArray())
        .isEqualTo(page.substring(0, 1_000).getBytes(StandardCharsets.UTF_8));
  }
}
