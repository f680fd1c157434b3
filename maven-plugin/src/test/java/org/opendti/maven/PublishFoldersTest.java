package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dti:publish's optional folders (dti.renderCache, dti.scoreOutput). */
class PublishFoldersTest {

  /** An empty value switches the folder off; Maven made an empty File the project's folder. */
  @Test
  void anEmptyFolderIsNoneAndARelativeOneIsUnderTheRepository(@TempDir Path tmp) {
    assertThat(PublishMojo.folder(tmp, "")).isEmpty();
    assertThat(PublishMojo.folder(tmp, "  ")).isEmpty();
    assertThat(PublishMojo.folder(tmp, null)).isEmpty();
    assertThat(PublishMojo.folder(tmp, "target/../cache")).contains(tmp.resolve("cache"));
    Path elsewhere = tmp.resolve("x/render-cache").toAbsolutePath();
    assertThat(PublishMojo.folder(tmp, elsewhere.toString())).contains(elsewhere);
  }
}
