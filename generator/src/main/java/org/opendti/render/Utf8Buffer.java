package org.opendti.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} for one page at a time, reused page after page: characters are collected in a
 * plain array (no synchronized {@code StringBuffer}) and encoded to UTF-8 once, at the end, without
 * first building a page-sized {@code String}. Unpaired surrogates become {@code ?}, as {@code
 * String.getBytes(UTF_8)} writes them. Not thread-safe: one per rendering thread.
 */
final class Utf8Buffer extends Writer {

  private char[] chars = new char[128 * 1024];
  private byte[] bytes = new byte[0];
  private int size;

  /** Empties the buffer for the next page. */
  void reset() {
    size = 0;
  }

  /** The UTF-8 bytes of the characters written since the last {@link #reset}. */
  byte[] toByteArray() {
    char[] c = chars;
    int n = size;
    if (bytes.length < n * 3) {
      bytes = new byte[Math.max(n * 3, bytes.length * 2)];
    }
    byte[] b = bytes;
    int j = 0;
    int i = 0;
    while (i < n) {
      char ch = c[i++];
      if (ch < 0x80) {
        b[j++] = (byte) ch;
      } else if (ch < 0x800) {
        b[j++] = (byte) (0xC0 | (ch >> 6));
        b[j++] = (byte) (0x80 | (ch & 0x3F));
      } else if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch) && i < n && Character.isLowSurrogate(c[i])) {
          int cp = Character.toCodePoint(ch, c[i++]);
          b[j++] = (byte) (0xF0 | (cp >> 18));
          b[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[j++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          b[j++] = '?';
        }
      } else {
        b[j++] = (byte) (0xE0 | (ch >> 12));
        b[j++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
        b[j++] = (byte) (0x80 | (ch & 0x3F));
      }
    }
    return Arrays.copyOf(b, j);
  }

  @Override
  public void write(int c) {
    ensure(1);
    chars[size++] = (char) c;
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int len) {
    ensure(len);
    s.getChars(off, off + len, chars, size);
    size += len;
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    ensure(len);
    System.arraycopy(cbuf, off, chars, size, len);
    size += len;
  }

  private void ensure(int more) {
    if (size + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, size + more));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
