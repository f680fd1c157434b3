package org.opendti.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size of a site as the Pages artifact's tar holds it (issue #17). */
class SiteSizeTest {

  private static final Path TAR = Path.of("/usr/bin/tar");

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
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(TAR), "GNU tar");
    Path site = tmp.resolve("site");
    for (int i = 0; i < 40; i++) {
      Path p = site.resolve("units/u" + i + "/" + "card-".repeat(i % 30) + i + ".html");
      Files.createDirectories(p.getParent());
      Files.write(p, new byte[i * 97]);
    }
    Files.createLink(site.resolve("copy.html"), site.resolve("units/u3/card-card-card-3.html"));
    Path out = tmp.resolve("a.tar");
    packAsTheUploadAction(site, out);
    assertThat(SiteSize.measure(site).tarBytes()).isEqualTo(Files.size(out));
  }

  /**
   * The published output path is a link to its version folder: the upload action (pinned v3.0.1:
   * {@code tar --dereference --hard-dereference --directory <path> .}) enters it and packs the
   * site's files, no link, and the size check measures the same archive.
   */
  @Test
  void thePublishedLinkIsPackedAsTheSiteItPointsTo(@TempDir Path tmp) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(TAR), "GNU tar");
    Path site = tmp.resolve("public");
    org.opendti.render.RenderedSite.Builder b = org.opendti.render.RenderedSite.builder();
    b.add("index.html", new byte[700]);
    b.add("units/a/card.html", new byte[1300]);
    new SitePublisher().publish(b.build(), site);
    new SitePublisher().publish(b.build(), site);
    assertThat(Files.isSymbolicLink(site)).isTrue();
    Path out = tmp.resolve("a.tar");
    packAsTheUploadAction(site, out);

    assertThat(run(TAR.toString(), "-tvf", out.toString()))
        .contains("./index.html", "./units/a/card.html")
        .doesNotContain(" -> ", " link to ");
    assertThat(SiteSize.measure(site).tarBytes()).isEqualTo(Files.size(out));
    assertThat(SiteSize.measure(site).files()).isEqualTo(2);
  }

  /** As actions/upload-pages-artifact v3.0.1 packs the folder. */
  private static void packAsTheUploadAction(Path site, Path out) throws Exception {
    run(
        TAR.toString(),
        "--dereference",
        "--hard-dereference",
        "--directory",
        site.toString(),
        "-cf",
        out.toString(),
        ".");
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }
}
