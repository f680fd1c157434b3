package org.opendti.load.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.opendti.diagnostic.Code;
import org.opendti.load.SourceLocation;

/**
 * One input file's bytes, or why they could not be read: over {@link StrictJsonReader#MAX_BYTES}
 * (reported without reading it) or unreadable. Every reader of the loader goes through {@link
 * #read}, so a file too large or unreadable gets the same diagnostic whichever path read it.
 *
 * @param bytes the file's content, null when it was not read
 * @param problem reports why it was not read, null when it was
 */
public record InputBytes(byte[] bytes, Consumer<DiagnosticSink> problem) {

  /** Reads {@code file}; {@code name} (its repository-relative path) is how diagnostics name it. */
  public static InputBytes read(Path file, String name) {
    return read(file, name, StrictJsonReader.MAX_BYTES);
  }

  /** {@link #read(Path, String)} of a file allowed up to {@code maxBytes}. */
  public static InputBytes read(Path file, String name, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new InputBytes(
            null, sink -> StrictJsonReader.reportTooLarge(name, size, maxBytes, sink));
      }
      return new InputBytes(Files.readAllBytes(file), null);
    } catch (IOException e) {
      return new InputBytes(
          null,
          sink ->
              sink.error(Code.READ_FAILED, name, SourceLocation.UNKNOWN, "", String.valueOf(e)));
    }
  }

  /** Whether the bytes were read. */
  public boolean ok() {
    return bytes != null;
  }
}
