package org.opendti.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size of a site as the Pages artifact's tar holds it (issue #17). */
class SiteSizeTest {

  @Test
  void countsHeadersPaddingHardLinksInFullAndLongNames(@TempDir Path tmp) throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("en/units/a"));
    Files.write(site.resolve("index.html"), new byte[1000]);
    Files.write(site.resolve("en/units/a/card.html"), new byte[513]);
    // The publisher hard-links unchanged files; the artifact copies them in full.
    Files.createLink(site.resolve("en/units/a/same.html"), site.resolve("en/units/a/card.html"));
    String longName = "x".repeat(120) + ".html";
    Files.write(site.resolve(longName), new byte[10]);

    SiteSize size = SiteSize.measure(site);

    assertThat(size.files()).isEqualTo(4);
    assertThat(size.bytes()).isEqualTo(1000 + 513 + 513 + 10);
    // "./", 3 folders and 3 short files: one header each; the long name: header, long-link header
    // and its name block; contents padded to 512; two end blocks; then 10,240-byte records.
    long raw = 7 * 512 + (2 * 512 + 512) + 1024 + 1024 + 1024 + 512 + 1024;
    assertThat(size.tarBytes()).isEqualTo((raw + 10_239) / 10_240 * 10_240);
    assertThat(size.byFolder())
        .containsExactlyInAnyOrderEntriesOf(Map.of(".", 1010L, "en/units", 1026L));
    assertThat(size.largest(1)).containsExactly(Map.entry("en/units", 1026L));
  }

  @Test
  void equalsTheArchiveTheUploadActionMakes(@TempDir Path tmp) throws Exception {
    Path tar = Path.of("/usr/bin/tar");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tar), "GNU tar");
    Path site = tmp.resolve("site");
    for (int i = 0; i < 40; i++) {
      Path p = site.resolve("units/u" + i + "/" + "card-".repeat(i % 30) + i + ".html");
      Files.createDirectories(p.getParent());
      Files.write(p, new byte[i * 97]);
    }
    Files.createLink(site.resolve("copy.html"), site.resolve("units/u3/card-card-card-3.html"));
    Path out = tmp.resolve("a.tar");
    // As actions/upload-pages-artifact packs the folder.
    Process p =
        new ProcessBuilder(
                List.of(
                    tar.toString(),
                    "--dereference",
                    "--hard-dereference",
                    "--directory",
                    site.toString(),
                    "-cf",
                    out.toString(),
                    "."))
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(SiteSize.measure(site).tarBytes()).isEqualTo(Files.size(out));
  }
}
