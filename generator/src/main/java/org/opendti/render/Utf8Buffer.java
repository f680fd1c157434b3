package org.opendti.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes straight into a growing UTF-8 byte array, reused page after page:
 * no synchronized {@code StringBuffer}, no page-sized {@code String} to copy and encode again.
 * Unpaired surrogates become {@code ?}, as {@code String.getBytes(UTF_8)} writes them. Not
 * thread-safe: one per rendering thread.
 */
final class Utf8Buffer extends Writer {

  private byte[] bytes = new byte[256 * 1024];
  private int size;

  /** A high surrogate whose low half has not been written yet, or 0. */
  private char high;

  /** Empties the buffer for the next page. */
  void reset() {
    size = 0;
    high = 0;
  }

  /** The bytes written since the last {@link #reset}. */
  byte[] toByteArray() {
    if (high != 0) {
      // A trailing lone high surrogate, as String.getBytes encodes it.
      ensure(1);
      bytes[size++] = '?';
      high = 0;
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void write(int c) {
    write((char) c);
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int len) {
    ensure(len * 3 + 4);
    byte[] b = bytes;
    int n = size;
    int end = off + len;
    int i = off;
    if (high == 0) {
      // The common case, markup and Latin text: one byte per char.
      while (i < end) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          break;
        }
        b[n++] = (byte) c;
        i++;
      }
    }
    size = n;
    for (; i < end; i++) {
      write(s.charAt(i));
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    ensure(len * 3 + 4);
    for (int i = off; i < off + len; i++) {
      write(cbuf[i]);
    }
  }

  private void write(char c) {
    ensure(4);
    byte[] b = bytes;
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        b[size++] = (byte) (0xF0 | (cp >> 18));
        b[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      b[size++] = '?';
      ensure(4);
      b = bytes;
    }
    if (c < 0x80) {
      b[size++] = (byte) c;
    } else if (c < 0x800) {
      b[size++] = (byte) (0xC0 | (c >> 6));
      b[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      b[size++] = '?';
    } else {
      b[size++] = (byte) (0xE0 | (c >> 12));
      b[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      b[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
