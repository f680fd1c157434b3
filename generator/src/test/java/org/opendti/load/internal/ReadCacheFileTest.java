package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.load.FileKind;
import org.opendti.model.Submission;

/** The read cache's file: what is believed of it and what is not (issue #17). */
class ReadCacheFileTest {

  @TempDir Path dir;

  private static final Submission S =
      new Submission(
          "submissions/demo-xa/2024/xa-a.json",
          "xa-a",
          "demo-xa",
          "2024",
          null,
          null,
          Map.of(),
          null,
          List.of());

  /** A file as the cache writes it, its one entry written with {@code contentId}. */
  private void write(ReadCache.Key key, String contentId) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("opendti read cache 1\n" + key.hex() + "\n").getBytes(StandardCharsets.US_ASCII));
    ModelCodec.Writer w = new ModelCodec.Writer(out);
    w.submission(contentId, null, S);
    w.finish();
    CRC32C crc = new CRC32C();
    crc.update(out.toByteArray());
    out.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
    Files.write(dir.resolve(ReadCache.FILE), out.toByteArray());
  }

  @Test
  void anEntryWithItsKeyAndCrcIsFoundByItsPathAndContentIdOnly() throws Exception {
    write(new ReadCache.Key("tool"), "abc");

    ReadCache cache = ReadCache.open(dir, new ReadCache.Key("tool"), new StringPool());

    assertThat(cache.kept()).isEqualTo(1);
    assertThat(cache.find(S.file(), FileKind.SUBMISSION, "abd")).isNull();
    assertThat(cache.find(S.file(), FileKind.REVIEW, "abc")).isNull();
    assertThat(cache.find("submissions/demo-xa/2024/xa-b.json", FileKind.SUBMISSION, "abc"))
        .isNull();
    assertThat(cache.find(S.file(), FileKind.SUBMISSION, "abc").submission()).isEqualTo(S);
    assertThat(cache.reused()).isEqualTo(1);
  }

  @Test
  void aFileOfAnotherKeyIsNone() throws Exception {
    write(new ReadCache.Key("tool").file("criteria/demo-xa.json", new byte[] {1}), "abc");

    assertThat(ReadCache.open(dir, new ReadCache.Key("tool"), new StringPool()).kept()).isZero();
  }

  @Test
  void anEntryWithoutAContentIdMakesTheFileNone() throws Exception {
    write(new ReadCache.Key("tool"), null);

    assertThat(ReadCache.open(dir, new ReadCache.Key("tool"), new StringPool()).kept()).isZero();
  }
}
