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

  private static final int FIRST_CAPACITY = 128 * 1024;

  /**
   * The largest array kept from one page to the next (4 MB). A few pages are far larger than the
   * rest (a 10,000-unit period's reviewers' page is 5 MB): the array one of them grows to is given
   * back at the next {@link #reset}, not held for the whole build by each rendering thread (it was
   * 16 MB a thread, issue #17's memory target).
   */
  private static final int KEPT_CAPACITY = 2 * 1024 * 1024;

  private char[] chars = new char[FIRST_CAPACITY];
  private int size;

  /** Empties the buffer for the next page. */
  void reset() {
    size = 0;
    if (chars.length > KEPT_CAPACITY) {
      chars = new char[FIRST_CAPACITY];
    }
  }

  /** Characters it holds before it must grow. */
  int capacity() {
    return chars.length;
  }

  /**
   * The UTF-8 bytes of the characters written since the last {@link #reset}: their length counted
   * first, so the array is made once, at its size.
   */
  byte[] toByteArray() {
    char[] c = chars;
    int n = size;
    byte[] b = new byte[utf8Length(c, n)];
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
    return b;
  }

  /** How many bytes {@link #toByteArray} writes for the first {@code n} characters of {@code c}. */
  private static int utf8Length(char[] c, int n) {
    int length = n;
    int i = 0;
    while (i < n) {
      char ch = c[i++];
      if (ch >= 0x80) {
        if (ch < 0x800) {
          length += 1;
        } else if (!Character.isSurrogate(ch)) {
          length += 2;
        } else if (Character.isHighSurrogate(ch) && i < n && Character.isLowSurrogate(c[i])) {
          i++;
          length += 2; // four bytes for two characters
        }
      }
    }
    return length;
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
