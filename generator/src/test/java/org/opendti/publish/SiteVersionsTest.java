package org.opendti.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.render.RenderedSite;

/** The output path as a link to a version folder: never missing, migrated, cleaned (issue #13). */
class SiteVersionsTest {

  @TempDir Path tmp;

  private static RenderedSite site(int n) {
    RenderedSite.Builder b = RenderedSite.builder();
    b.add("index.html", ("Trang chủ " + n).getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 300; i++) {
      // Most pages unchanged (linked), some rewritten, as in a real rebuild.
      b.add("units/" + i + ".html", ("đơn vị " + i + (i % 10 == 0 ? " " + n : "")).getBytes());
    }
    return b.build();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aReaderNeverFindsTheSiteMissingWhilePublishesRun() throws Exception {
    Path out = tmp.resolve("public");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(site(0), out);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    Set<String> problems = ConcurrentHashMap.newKeySet();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  if (!Files.isDirectory(out)) {
                    problems.add("no folder at " + out);
                  }
                  String index = Files.readString(out.resolve("index.html"));
                  if (!index.startsWith("Trang chủ ")) {
                    problems.add("index.html reads " + index);
                  }
                  Files.readAllBytes(out.resolve("units/7.html"));
                  reads.incrementAndGet();
                } catch (IOException e) {
                  problems.add(e.toString());
                }
              }
            });
    reader.start();
    try {
      for (int n = 1; n <= 40; n++) {
        publisher.publish(site(n), out);
      }
    } finally {
      done.set(true);
      reader.join();
    }
    assertThat(problems).as("what the reader met during 40 publishes").isEmpty();
    assertThat(reads.get()).isGreaterThan(40);
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("Trang chủ 40");
    // Publishes a moment apart: every replaced version is still within SiteVersions.GRACE.
    assertThat(names(tmp)).hasSize(42).contains(".public.v1", ".public.v41", "public");
  }

  @Test
  void aVersionReplacedLongerAgoThanTheGraceIsRemovedAndAYoungerOneKept() throws IOException {
    Path out = tmp.resolve("public");
    SitePublisher publisher = new SitePublisher();
    for (int n = 0; n < 4; n++) {
      publisher.publish(site(n), out);
    }
    // v1 was replaced (v2 linked) and v2 (v3 linked) long ago; v3 a moment ago, by v4.
    FileTime old = FileTime.from(Instant.now().minus(SiteVersions.GRACE).minusSeconds(5));
    Files.setLastModifiedTime(tmp.resolve(".public.v2"), old);
    Files.setLastModifiedTime(tmp.resolve(".public.v3"), old);

    publisher.publish(site(4), out);

    assertThat(names(tmp)).containsExactly(".public.v3", ".public.v4", ".public.v5", "public");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("Trang chủ 4");
  }

  @Test
  void aPlainFolderFromAnOlderBuildBecomesALinkAndItsFilesAreReused() throws IOException {
    Path out = tmp.resolve("public");
    Files.createDirectories(out.resolve("units"));
    Files.writeString(out.resolve("index.html"), "Trang chủ 1");
    Files.writeString(out.resolve("units/7.html"), "đơn vị 7");
    Files.writeString(out.resolve("gone.html"), "x");

    SitePublisher.PublishResult r = new SitePublisher().publish(site(1), out);

    assertThat(Files.isSymbolicLink(out)).isTrue();
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".public.v1"));
    assertThat(names(tmp)).as("the old folder is gone").containsExactly(".public.v1", "public");
    assertThat(r.unchanged())
        .as("index.html and units/7.html linked from the old folder")
        .isEqualTo(2);
    assertThat(r.removed()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("units/7.html"))).isEqualTo("đơn vị 7");
  }

  @Test
  void aPublishKilledInTheMigrationsGapIsCleanedByTheNext() throws IOException {
    // Killed between renaming the old plain folder aside and renaming the link in.
    Files.createDirectories(tmp.resolve(".public.old-42/units"));
    Files.writeString(tmp.resolve(".public.old-42/index.html"), "Trang chủ cũ");
    Files.createDirectories(tmp.resolve(".public.v1"));
    Files.writeString(tmp.resolve(".public.v1/index.html"), "Trang chủ 1");
    Files.createSymbolicLink(tmp.resolve(".public.link-1"), Path.of(".public.v1"));
    Path out = tmp.resolve("public");

    new SitePublisher().publish(site(2), out);

    assertThat(names(tmp)).containsExactly(".public.v1", "public");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("Trang chủ 2");
  }

  @Test
  void anOutputNameThatReadsAsAGlobIsTakenLiterally() throws IOException {
    Path out = tmp.resolve("s[1]*");
    Files.createDirectories(tmp.resolve(".s[1]*.new-1"));
    Files.createDirectories(tmp.resolve(".s1x.new-1"));
    new SitePublisher().publish(site(1), out);
    new SitePublisher().publish(site(2), out);
    assertThat(names(tmp)).containsExactly(".s1x.new-1", ".s[1]*.v1", ".s[1]*.v2", "s[1]*");
  }

  @Test
  void aLinkToAVersionThatIsGoneIsReplaced() throws IOException {
    // As a cache restores it when it kept the link and not the folder it points to.
    Path out = tmp.resolve("public");
    Files.createSymbolicLink(out, Path.of(".public.v5"));

    new SitePublisher().publish(site(1), out);

    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".public.v1"));
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("Trang chủ 1");
    assertThat(names(tmp)).containsExactly(".public.v1", "public");
  }

  @Test
  void aLinkToAnotherFolderIsReplacedAndThatFolderLeftAlone() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("www"));
    Files.writeString(elsewhere.resolve("index.html"), "not ours");
    Path out = tmp.resolve("public");
    Files.createSymbolicLink(out, elsewhere);

    new SitePublisher().publish(site(1), out);

    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".public.v1"));
    assertThat(Files.readString(elsewhere.resolve("index.html"))).isEqualTo("not ours");
    assertThat(names(tmp)).containsExactly(".public.v1", "public", "www");
  }

  @Test
  void withoutSymbolicLinksTheOutputIsAPlainFolderSwappedAsBefore() throws IOException {
    // Jimfs without the POSIX view stands for Windows: no links are tried.
    try (FileSystem fs =
        Jimfs.newFileSystem(Configuration.unix().toBuilder().setAttributeViews("basic").build())) {
      Path parent = Files.createDirectories(fs.getPath("/work/target"));
      Path out = parent.resolve("public");
      SitePublisher publisher = new SitePublisher();
      publisher.publish(site(1), out);
      SitePublisher.PublishResult r = publisher.publish(site(2), out);

      assertThat(Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)).isTrue();
      assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("Trang chủ 2");
      assertThat(r.unchanged()).isEqualTo(270);
      assertThat(names(parent)).containsExactly("public");
    }
  }
}
