package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.publish.SiteSize;

/** dti:publish refuses a site bigger than the Pages host takes, in both languages (issue #17). */
class PublishSizeTest {

  @Test
  void aSiteOverTheLimitFailsInVietnameseAndEnglishNamingTheLargestFolders(@TempDir Path tmp)
      throws Exception {
    Files.createDirectories(tmp.resolve("units/a"));
    Files.createDirectories(tmp.resolve("en/units/a"));
    Files.write(tmp.resolve("units/a/x.html"), new byte[600_000]);
    Files.write(tmp.resolve("en/units/a/x.html"), new byte[500_000]);
    SiteSize size = SiteSize.measure(tmp);

    assertThatThrownBy(() -> PublishMojo.checkSize(size, 1_000_000))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("trang web 1,1 MB, vượt giới hạn 1 MB")
        .hasMessageContaining("the site is 1.1 MB, over the Pages host's limit of 1 MB")
        .hasMessageContaining("units 0,6 MB, en/units 0,5 MB")
        .hasMessageContaining("units 0.6 MB, en/units 0.5 MB")
        .hasMessageContaining("README");
    assertThatCode(() -> PublishMojo.checkSize(size, 2_000_000)).doesNotThrowAnyException();
    assertThatCode(() -> PublishMojo.checkSize(size, 0)).doesNotThrowAnyException();
  }
}
