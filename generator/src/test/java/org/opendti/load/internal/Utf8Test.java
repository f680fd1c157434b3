package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast check must accept exactly what the JDK's strict decoder accepts. */
class Utf8Test {

  @Test
  void agreesWithTheJdkDecoder() {
    Random random = new Random(42);
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8),
      "ẫ".getBytes(StandardCharsets.UTF_8),
      "😀".getBytes(StandardCharsets.UTF_8),
      "é".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF5},
      {(byte) 0x80},
      {(byte) 0xE1, (byte) 0x80},
    };
    for (int round = 0; round < 20_000; round++) {
      ByteBuffer buffer = ByteBuffer.allocate(64);
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        buffer.put(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextInt(4) == 0) {
        buffer.put((byte) random.nextInt(256));
      }
      byte[] bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
      assertThat(Utf8.valid(bytes, 0))
          .as(java.util.HexFormat.of().formatHex(bytes))
          .isEqualTo(jdk(bytes));
    }
  }

  private static boolean jdk(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
