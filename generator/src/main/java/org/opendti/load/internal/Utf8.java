package org.opendti.load.internal;

/**
 * Checks bytes for well-formed UTF-8 exactly as the JDK's decoder does (Unicode, table 3-7): no
 * overlong forms, no surrogates, nothing above U+10FFFF, no cut-off sequence.
 */
final class Utf8 {

  private Utf8() {}

  static boolean valid(byte[] b, int from) {
    int n = b.length;
    int i = from;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c < 0xC2) {
        return false;
      }
      if (c < 0xE0) {
        if (i + 1 >= n || !continuation(b[i + 1])) {
          return false;
        }
        i += 2;
      } else if (c < 0xF0) {
        if (i + 2 >= n) {
          return false;
        }
        int c1 = b[i + 1] & 0xFF;
        boolean second =
            c == 0xE0
                ? c1 >= 0xA0 && c1 <= 0xBF
                : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F : continuation(b[i + 1]);
        if (!second || !continuation(b[i + 2])) {
          return false;
        }
        i += 3;
      } else if (c < 0xF5) {
        if (i + 3 >= n) {
          return false;
        }
        int c1 = b[i + 1] & 0xFF;
        boolean second =
            c == 0xF0
                ? c1 >= 0x90 && c1 <= 0xBF
                : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F : continuation(b[i + 1]);
        if (!second || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
