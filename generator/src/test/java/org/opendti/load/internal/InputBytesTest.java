package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;

class InputBytesTest {

  @Test
  void aFileUpToTheLimitIsRead() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path file = fs.getPath("/a.json");
      Files.write(file, new byte[(int) StrictJsonReader.MAX_BYTES]);

      InputBytes in = InputBytes.read(file, "units/a.json");

      assertThat(in.ok()).isTrue();
      assertThat(in.bytes()).hasSize((int) StrictJsonReader.MAX_BYTES);
      assertThat(in.problem()).isNull();
    }
  }

  @Test
  void aFileOverTheLimitIsReportedNotRead() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path file = fs.getPath("/a.json");
      Files.write(file, new byte[(int) StrictJsonReader.MAX_BYTES + 1]);

      Diagnostic d = problemOf(InputBytes.read(file, "units/a.json"));

      assertThat(d.code()).isEqualTo(Code.FILE_TOO_LARGE);
      assertThat(d.file()).isEqualTo("units/a.json");
      assertThat(d.message(Lang.VI)).contains("2.097.153");
    }
  }

  @Test
  void aFileThatCannotBeReadIsReportedByItsRepositoryPath() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Diagnostic d = problemOf(InputBytes.read(fs.getPath("/gone.json"), "units/gone.json"));

      assertThat(d.code()).isEqualTo(Code.READ_FAILED);
      assertThat(d.file()).isEqualTo("units/gone.json");
      assertThat(d.message(Lang.VI)).contains("/gone.json");
    }
  }

  private static Diagnostic problemOf(InputBytes in) {
    assertThat(in.ok()).isFalse();
    assertThat(in.bytes()).isNull();
    DiagnosticSink sink = new DiagnosticSink();
    in.problem().accept(sink);
    assertThat(sink.list()).hasSize(1);
    return sink.list().get(0);
  }
}
