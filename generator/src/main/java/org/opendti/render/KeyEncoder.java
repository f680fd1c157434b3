package org.opendti.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.SortedMap;

/**
 * Encodes a page's view for the render cache's key ({@link RenderCache}) into a reusable buffer
 * that is fed to a digest in large blocks. The encoding is unambiguous (two different views never
 * give the same bytes): every value starts with a type tag, and every string, list and map with its
 * length.
 *
 * <ul>
 *   <li>{@code null}: {@code N}; {@code true} / {@code false}: {@code T} / {@code F}
 *   <li>a string: {@code S}, its length in UTF-16 units (4 bytes), then each unit in 1 to 3 bytes
 *       as UTF-8 encodes a character of the Basic Multilingual Plane (a surrogate is encoded on its
 *       own, so even a lone one is kept apart; a prefix-free code, so the length suffices)
 *   <li>a number: {@code I}, a letter for its class, then its value: 8 bytes for the integer types,
 *       the IEEE bits for {@code double} and {@code float} (so {@code -0.0} and {@code 0.0}
 *       differ), scale and unscaled value for a {@code BigDecimal} ({@code 1.0} and {@code 1.00}
 *       print differently, so they differ too)
 *   <li>a record: {@code R}, its class name, then its components in order
 *   <li>a list: {@code L}, its size, its elements; a map: {@code M}, its size, then key and value
 *       by key in {@link String} order (a map with two keys of the same text is refused)
 *   <li>markup: {@code H} and its text; an enum: {@code E}, class and constant; a character, a date
 *       or a time: {@code C}, its class, then the character's code, an instant's seconds (8 bytes)
 *       and nanoseconds (4), a date's day from the epoch (8), or any other time's text
 * </ul>
 *
 * <p>Not thread-safe: {@link RenderCache} keeps one per rendering thread.
 */
final class KeyEncoder {

  private static final int SIZE = 32 * 1024;

  /** Longest string whose units fit in an empty buffer at 3 bytes each. */
  private static final int CHUNK = SIZE / 3;

  private static final ClassValue<byte[]> NAMES =
      new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
          return type.getName().getBytes(StandardCharsets.UTF_8);
        }
      };

  private final MessageDigest digest;
  private final byte[] buffer = new byte[SIZE];
  private final char[] chars = new char[CHUNK];
  private int n;

  KeyEncoder(MessageDigest digest) {
    this.digest = digest;
  }

  /** Feeds what is buffered to the digest. */
  void flush() {
    if (n > 0) {
      digest.update(buffer, 0, n);
      n = 0;
    }
  }

  /** The digest of everything encoded since the last finish; the encoder starts afresh. */
  byte[] finish() {
    flush();
    return digest.digest();
  }

  /** Drops what was encoded since the last finish (after a failure). */
  void reset() {
    n = 0;
    digest.reset();
  }

  /** Raw bytes, without a length (for fixed-size digests). */
  void bytes(byte[] b) {
    if (b.length > SIZE - n) {
      flush();
      digest.update(b);
      return;
    }
    System.arraycopy(b, 0, buffer, n, b.length);
    n += b.length;
  }

  /** Bytes with their count before them. */
  void block(byte[] b) {
    int32(b.length);
    bytes(b);
  }

  /**
   * Encodes {@code value}; see the class comment.
   *
   * @throws IllegalArgumentException for a value of a kind views do not hold
   */
  void value(Object value) {
    if (value == null) {
      tag('N');
      return;
    }
    Class<?> type = value.getClass();
    if (type == String.class) {
      tag('S');
      string((String) value);
    } else if (type == Boolean.class) {
      tag((Boolean) value ? 'T' : 'F');
    } else if (value instanceof Record r) {
      tag('R');
      name(type);
      RecordAccessors accessors = RecordAccessors.get(type);
      List<java.util.function.Function<Object, Object>> getters = accessors.getters();
      for (int i = 0; i < getters.size(); i++) {
        value(getters.get(i).apply(r));
      }
    } else if (value instanceof List<?> list) {
      tag('L');
      int32(list.size());
      if (list instanceof RandomAccess) {
        for (int i = 0; i < list.size(); i++) {
          value(list.get(i));
        }
      } else {
        for (Object o : list) {
          value(o);
        }
      }
    } else if (value instanceof Number number) {
      number(number);
    } else if (value instanceof Map<?, ?> map) {
      map(map);
    } else if (value instanceof TemplateHTMLOutputModel html) {
      tag('H');
      try {
        string(HTMLOutputFormat.INSTANCE.getMarkupString(html));
      } catch (TemplateModelException e) {
        throw new IllegalStateException(e);
      }
    } else if (value instanceof Enum<?> e) {
      tag('E');
      name(e.getDeclaringClass());
      string(e.name());
    } else if (value instanceof Character c) {
      tag('C');
      name(type);
      int32(c);
    } else if (value instanceof java.time.Instant t) {
      // Seconds and nanoseconds, not the text: formatting an instant was most of what keying the
      // Git provenance of 20,000 files cost (issue #17, target 3).
      tag('C');
      name(type);
      int64(t.getEpochSecond());
      int32(t.getNano());
    } else if (value instanceof java.time.LocalDate d) {
      tag('C');
      name(type);
      int64(d.toEpochDay());
    } else if (value instanceof java.time.temporal.Temporal) {
      tag('C');
      name(type);
      string(value.toString());
    } else {
      throw new IllegalArgumentException("Cannot key a view holding " + type);
    }
  }

  private void number(Number value) {
    if (value instanceof Integer i) {
      number('i', i);
    } else if (value instanceof Long l) {
      number('l', l);
    } else if (value instanceof BigDecimal d) {
      number('d', d.scale());
      integer(d.unscaledValue());
    } else if (value instanceof Short s) {
      number('s', s);
    } else if (value instanceof Byte b) {
      number('b', b);
    } else if (value instanceof BigInteger b) {
      tag('I');
      tag('g');
      integer(b);
    } else if (value instanceof Double d) {
      number('D', Double.doubleToLongBits(d));
    } else if (value instanceof Float f) {
      number('f', Float.floatToIntBits(f));
    } else {
      throw new IllegalArgumentException("Cannot key a view holding " + value.getClass());
    }
  }

  private void number(char kind, long value) {
    tag('I');
    tag(kind);
    int64(value);
  }

  /** A long if it fits (marked 0), else the two's-complement bytes with their count (marked 1). */
  private void integer(BigInteger b) {
    if (b.bitLength() < 64) {
      tag(0);
      int64(b.longValue());
    } else {
      tag(1);
      block(b.toByteArray());
    }
  }

  private void map(Map<?, ?> map) {
    tag('M');
    int32(map.size());
    if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null && stringKeys(map)) {
      // Already in String order: natural order of String keys.
      map.forEach(
          (k, v) -> {
            string((String) k);
            value(v);
          });
      return;
    }
    @SuppressWarnings("unchecked")
    Map.Entry<Object, Object>[] entries = map.entrySet().toArray(new Map.Entry[0]);
    String[] keys = new String[entries.length];
    Integer[] order = new Integer[entries.length];
    for (int i = 0; i < entries.length; i++) {
      keys[i] = String.valueOf(entries[i].getKey());
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> keys[i]));
    for (int i = 0; i < order.length; i++) {
      if (i > 0 && keys[order[i]].equals(keys[order[i - 1]])) {
        throw new IllegalArgumentException("Cannot key a map with two keys " + keys[order[i]]);
      }
      string(keys[order[i]]);
      value(entries[order[i]].getValue());
    }
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object k : map.keySet()) {
      if (!(k instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** A class's name, with its length. */
  private void name(Class<?> type) {
    block(NAMES.get(type));
  }

  /** A string without a tag: its length in UTF-16 units, then each unit (see the class comment). */
  void string(String s) {
    int length = s.length();
    int32(length);
    for (int from = 0; from < length; from += CHUNK) {
      int to = Math.min(length, from + CHUNK);
      if (SIZE - n < 3 * (to - from)) {
        flush();
      }
      // Copied out in bulk first: a loop over a char array, not a charAt call per unit.
      s.getChars(from, to, chars, 0);
      byte[] b = buffer;
      int at = n;
      for (int i = 0, count = to - from; i < count; i++) {
        char c = chars[i];
        if (c < 0x80) {
          b[at++] = (byte) c;
        } else if (c < 0x800) {
          b[at++] = (byte) (0xC0 | (c >> 6));
          b[at++] = (byte) (0x80 | (c & 0x3F));
        } else {
          b[at++] = (byte) (0xE0 | (c >> 12));
          b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[at++] = (byte) (0x80 | (c & 0x3F));
        }
      }
      n = at;
    }
  }

  private void tag(int t) {
    if (n == SIZE) {
      flush();
    }
    buffer[n++] = (byte) t;
  }

  private void int32(int v) {
    if (SIZE - n < 4) {
      flush();
    }
    buffer[n] = (byte) (v >>> 24);
    buffer[n + 1] = (byte) (v >>> 16);
    buffer[n + 2] = (byte) (v >>> 8);
    buffer[n + 3] = (byte) v;
    n += 4;
  }

  private void int64(long v) {
    int32((int) (v >>> 32));
    int32((int) v);
  }
}
