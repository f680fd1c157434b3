package org.opendti.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A file a build keeps for the next one in the render cache's folder (issue #17, target 3): the
 * checked records of the read cache, the units' scores of the score cache. It is a header line
 * naming its format and key, a body of varints and bytes, and a CRC-32C of both; it is read whole
 * or not at all, and replaced by moving a complete new file into place, so a build that stops
 * halfway leaves the last one whole.
 *
 * <pre>{@code
 * KeptBytes.write(dir, "scores.bin", "opendti score cache 1\n" + key + "\n", out -> {...});
 * Optional<KeptBytes.Input> body = KeptBytes.read(dir.resolve("scores.bin"), header);
 * }</pre>
 */
public final class KeptBytes {

  private KeptBytes() {}

  /** Writes a body. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * The body of {@code file} if it starts with {@code header} (ASCII) and its CRC-32C matches what
   * precedes it; empty if it is missing, unreadable, truncated or anything else.
   */
  public static Optional<Input> read(Path file, String header) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException missingOrUnreadable) {
      return Optional.empty();
    }
    byte[] head = header.getBytes(StandardCharsets.US_ASCII);
    int end = bytes.length - Long.BYTES;
    if (end < head.length || !Arrays.equals(bytes, 0, head.length, head, 0, head.length)) {
      return Optional.empty();
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, end);
    if (crc.getValue() != ByteBuffer.wrap(bytes, end, Long.BYTES).getLong()) {
      return Optional.empty();
    }
    return Optional.of(new Input(bytes, head.length, end));
  }

  /**
   * Replaces {@code dir/name} with {@code header} (ASCII), the body {@code body} writes and their
   * CRC-32C: written beside it and moved into place.
   */
  public static void write(Path dir, String name, String header, Body body) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, name, ".tmp");
      try {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          CheckedOutputStream out = new CheckedOutputStream(file, new CRC32C());
          out.write(header.getBytes(StandardCharsets.US_ASCII));
          body.writeTo(out);
          out.flush();
          file.write(ByteBuffer.allocate(Long.BYTES).putLong(out.getChecksum().getValue()).array());
        }
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A body being read: varints, counts and UTF-8 texts, each checked against what is left, so that
   * bytes not written by the matching writer throw {@link IllegalArgumentException} or {@link
   * IndexOutOfBoundsException}, never give a value past the end.
   */
  public static final class Input {
    /** {@link #reference}: a null. */
    public static final int NULL = -1;

    /** {@link #reference}: a new value follows. */
    public static final int NEW = -2;

    private final byte[] in;
    private int pos;
    private final int end;

    /** Reads {@code in} from {@code from} to {@code end}. */
    public Input(byte[] in, int from, int end) {
      this.in = in;
      this.pos = from;
      this.end = end;
    }

    /** Whether every byte of the body has been read. */
    public boolean atEnd() {
      return pos == end;
    }

    /**
     * What {@code reader} reads from the rest of the body: it is given the bytes and where the rest
     * starts and ends, and may keep them to read later, never to change them.
     */
    public <T> T rest(Rest<T> reader) throws java.io.IOException {
      T value = reader.read(in, pos, end);
      pos = end;
      return value;
    }

    /** Reads the bytes of {@code bytes} from {@code from} to {@code end}. */
    @FunctionalInterface
    public interface Rest<T> {
      T read(byte[] bytes, int from, int end) throws java.io.IOException;
    }

    /** A non-negative varint. */
    public int varint() {
      int value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        if (pos >= end) {
          throw new IllegalArgumentException("a number past the end");
        }
        byte b = in[pos++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          if (value < 0) {
            throw new IllegalArgumentException("a negative number");
          }
          return value;
        }
      }
      throw new IllegalArgumentException("a number too long");
    }

    /**
     * A reference as the codecs write them: 0 for null, 1 when a new value follows, n > 1 for the
     * value numbered n - 2 of those {@code defined} so far.
     *
     * @return {@link #NULL}, {@link #NEW}, or the number of a value defined before
     */
    public int reference(int defined) {
      int ref = varint();
      if (ref == 0) {
        return NULL;
      }
      if (ref == 1) {
        return NEW;
      }
      int i = ref - 2;
      if (i >= defined) {
        throw new IllegalArgumentException("value " + i + " not yet written");
      }
      return i;
    }

    /** A count, not larger than the bytes left (each item takes at least one). */
    public int count() {
      int n = varint();
      if (n > end - pos) {
        throw new IllegalArgumentException("a count past the end");
      }
      return n;
    }

    /** {@code length} bytes as UTF-8. */
    public String utf8(int length) {
      if (length > end - pos) {
        throw new IllegalArgumentException("a text past the end");
      }
      String s = new String(in, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }
  }

  /** A growable buffer of varints and bytes, written to a stream in blocks. */
  public static final class Output {
    private byte[] buf = new byte[1 << 16];
    private int size;

    /** The bytes buffered. */
    public int size() {
      return size;
    }

    /** Forgets what is buffered. */
    public void clear() {
      size = 0;
    }

    /** Appends a non-negative varint. */
    public void varint(int v) {
      ensure(5);
      while ((v & ~0x7F) != 0) {
        buf[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[size++] = (byte) v;
    }

    /** Appends bytes. */
    public void bytes(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    /** Writes what is buffered to {@code out} and empties the buffer. */
    public void writeTo(OutputStream out) throws IOException {
      out.write(buf, 0, size);
      size = 0;
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }
  }
}
