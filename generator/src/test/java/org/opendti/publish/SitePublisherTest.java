package org.opendti.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.render.RenderedSite;

class SitePublisherTest {

  @TempDir Path tmp;

  private static RenderedSite site(String... pathAndText) {
    RenderedSite.Builder b = RenderedSite.builder();
    for (int i = 0; i < pathAndText.length; i += 2) {
      b.add(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return b.build();
  }

  /** Files below {@code out}, which is a link to the current version: walked from its target. */
  private List<String> tree(Path out) throws IOException {
    Path dir = out.toRealPath();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** What is in the temporary folder, names sorted. */
  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void publishingTwiceGivesIdenticalBytesAndRemovesStaleFiles() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(site("index.html", "cũ", "old/only.html", "x"), out);
    RenderedSite next = site("index.html", "Trang chủ", "en/index.html", "Home");
    publisher.publish(next, out);
    byte[] first = Files.readAllBytes(out.resolve("index.html"));
    linkedLongAgo(".site.v2");
    publisher.publish(next, out);
    assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("Trang chủ");
    assertThat(tree(out)).containsExactly("en/index.html", "index.html");
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".site.v3"));
    assertThat(siblings())
        .as("the site, its version and the one it replaced, kept for readers")
        .containsExactly(".site.v2", ".site.v3", "site");
  }

  @Test
  void failedPublishLeavesTheOldSiteAndNoTemporaryFolder() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(site("index.html", "cũ"), out);
    // "a" as a file and "a/b" below it cannot both be written: the write fails half-way.
    RenderedSite broken = site("a", "file", "a/b", "child", "index.html", "mới");
    assertThatThrownBy(() -> publisher.publish(broken, out)).isInstanceOf(IOException.class);
    assertThat(tree(out)).containsExactly("index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("cũ");
    assertThat(siblings()).containsExactly(".site.v1", "site");
  }

  @Test
  void whatAKilledPublishLeftBesideTheSiteIsRemovedByTheNextOne() throws IOException {
    Path out = tmp.resolve("site");
    new SitePublisher().publish(site("index.html", "cũ"), out);
    // A publish killed while writing its version, one killed before renaming its link, and the
    // staging of a build before versions (killed while writing, between its two renames).
    Files.createDirectories(tmp.resolve(".site.v2/units"));
    Files.writeString(tmp.resolve(".site.v2/units/a.html"), "half");
    Files.createDirectories(tmp.resolve(".site.v9"));
    Files.createSymbolicLink(tmp.resolve(".site.link-9"), Path.of(".site.v9"));
    Files.createDirectories(tmp.resolve(".site.new-123/units"));
    Files.writeString(tmp.resolve(".site.new-123/units/a.html"), "half");
    Files.createDirectories(tmp.resolve(".site.old-456"));
    Files.writeString(tmp.resolve(".site.old-456/index.html"), "older");
    Files.createDirectories(tmp.resolve(".other.new-1"));
    Files.createDirectories(tmp.resolve(".other.v1"));
    Files.createDirectories(tmp.resolve(".site.vnext"));

    new SitePublisher().publish(site("index.html", "mới"), out);

    assertThat(siblings())
        .as("another folder's versions and staging are not this publish's to remove")
        .containsExactly(
            ".other.new-1", ".other.v1", ".site.v1", ".site.v2", ".site.vnext", "site");
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".site.v2"));
    assertThat(tree(out)).containsExactly("index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("mới");

    linkedLongAgo(".site.v2");
    new SitePublisher().publish(site("index.html", "mới hơn"), out);
    assertThat(siblings())
        .containsExactly(
            ".other.new-1", ".other.v1", ".site.v2", ".site.v3", ".site.vnext", "site");
  }

  /** As if {@code version} had been linked, so the one before it replaced, past the grace. */
  private void linkedLongAgo(String version) throws IOException {
    Files.setLastModifiedTime(
        tmp.resolve(version),
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(SiteVersions.GRACE).minusSeconds(1)));
  }

  @Test
  void publishesIntoAMissingFolder() throws IOException {
    Path out = tmp.resolve("deep/target/site");
    new SitePublisher().publish(site("index.html", "x"), out);
    assertThat(tree(out)).containsExactly("index.html");
  }

  @Test
  void unsafePathsAreRefusedWhenBuilding() {
    assertThatThrownBy(() -> site("../escape.html", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> site("/abs.html", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> site("a//b.html", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Sets every file's modification time far in the past, so a rewrite shows. */
  private static void age(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out.toRealPath())) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0));
      }
    }
  }

  /** Files whose modification time moved since {@link #age}: the ones written. */
  private List<String> rewritten(Path dir) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (String f : tree(dir)) {
      if (Files.getLastModifiedTime(dir.resolve(f)).toMillis() != 0) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void republishingTheSameSiteWritesNoFile() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    RenderedSite site = site("index.html", "Trang chủ", "en/index.html", "Home", "a/b/c.csv", "1");
    assertThat(publisher.publish(site, out)).isEqualTo(new SitePublisher.PublishResult(3, 0, 0));
    age(out);

    SitePublisher.PublishResult again = publisher.publish(site, out);

    assertThat(again).isEqualTo(new SitePublisher.PublishResult(0, 3, 0));
    assertThat(rewritten(out)).isEmpty();
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("Trang chủ");
    assertThat(tree(out)).containsExactly("a/b/c.csv", "en/index.html", "index.html");
  }

  @Test
  void onlyChangedAndNewFilesAreWritten() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(
        site("same.html", "x", "grown.html", "ab", "edited.html", "ab", "gone.html", "z"), out);
    age(out);

    // Same size but other bytes, other size, new file, removed file.
    SitePublisher.PublishResult r =
        publisher.publish(
            site("same.html", "x", "grown.html", "abc", "edited.html", "aB", "new.html", "n"), out);

    assertThat(r).isEqualTo(new SitePublisher.PublishResult(3, 1, 1));
    assertThat(rewritten(out)).containsExactly("edited.html", "grown.html", "new.html");
    assertThat(tree(out)).containsExactly("edited.html", "grown.html", "new.html", "same.html");
    assertThat(Files.readString(out.resolve("edited.html"))).isEqualTo("aB");
  }

  @Test
  void aFailedPublishAfterLinkingKeepsTheOldSiteByteForByte() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(site("index.html", "cũ", "keep.html", "k"), out);
    // keep.html is linked into the new tree before "a" fails: the old tree must not suffer.
    RenderedSite broken = site("a", "file", "a/b", "child", "keep.html", "k", "index.html", "mới");
    assertThatThrownBy(() -> publisher.publish(broken, out)).isInstanceOf(IOException.class);
    assertThat(tree(out)).containsExactly("index.html", "keep.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("cũ");
    assertThat(Files.readString(out.resolve("keep.html"))).isEqualTo("k");
    assertThat(siblings()).containsExactly(".site.v1", "site");
  }

  @Test
  void progressIsReportedEveryFewThousandFiles() throws IOException {
    RenderedSite.Builder b = RenderedSite.builder();
    for (int i = 0; i < 10_001; i++) {
      b.add("p/" + i + ".html", new byte[] {(byte) i});
    }
    List<String> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    new SitePublisher(m -> heard.add(m.in(Lang.EN))).publish(b.build(), tmp.resolve("site"));
    assertThat(heard)
        .containsExactly(
            "files published: 5,000, written: 5,000", "files published: 10,000, written: 10,000");
  }

  /**
   * Large files are not held until 250 have come: once the files waiting reach {@link
   * SitePublisher#BATCH_BYTES}, they are written (a render's data files, several megabytes each at
   * 10,000 units, would otherwise all be held at the heap's peak).
   */
  @Test
  void filesAreWrittenOnceTheBytesWaitingReachTheBudget() throws IOException {
    Path out = tmp.resolve("site");
    try (SitePublisher.Session s = new SitePublisher().begin(out)) {
      s.add("a.html", new byte[] {1});
      Path fresh = tmp.resolve(".site.v1");
      assertThat(fresh.resolve("a.html")).as("one small file waits for its batch").doesNotExist();
      s.add("data/big.json", new byte[(int) SitePublisher.BATCH_BYTES]);
      assertThat(fresh.resolve("a.html")).exists();
      assertThat(Files.size(fresh.resolve("data/big.json"))).isEqualTo(SitePublisher.BATCH_BYTES);
      s.add("b.html", new byte[] {2});
      assertThat(fresh.resolve("b.html")).as("the count starts again").doesNotExist();
      s.commit();
    }
    assertThat(tree(out)).containsExactly("a.html", "b.html", "data/big.json");
  }

  @Test
  void anUncommittedSessionLeavesTheOldSiteAndNoTemporaryFolder() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(site("index.html", "cũ"), out);
    try (SitePublisher.Session s = publisher.begin(out)) {
      for (int i = 0; i < 2_500; i++) {
        s.add("p/" + i + ".html", new byte[] {1});
      }
      // No commit: the render failed.
    }
    assertThat(tree(out)).containsExactly("index.html");
    assertThat(siblings()).containsExactly(".site.v1", "site");
  }

  /**
   * A file the render cache vouches for is linked from the previous site, neither read nor
   * compared.
   */
  @Test
  void aReusedFileIsLinkedWithoutComparingIt() throws IOException {
    Path out = tmp.resolve("site");
    SitePublisher publisher = new SitePublisher();
    publisher.publish(site("kept.html", "cũ", "index.html", "x"), out);
    age(out);
    Object inode =
        Files.readAttributes(out.resolve("kept.html"), BasicFileAttributes.class).fileKey();
    // Edited behind the publisher's back, size kept: trusted, as the caller said.
    Files.writeString(out.resolve("kept.html"), "cù", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(out.resolve("kept.html"), FileTime.fromMillis(0));

    SitePublisher.PublishResult r;
    try (SitePublisher.Session s = publisher.begin(out)) {
      s.reuse("kept.html", out.resolve("kept.html"));
      s.add("index.html", "y".getBytes(StandardCharsets.UTF_8));
      assertThat(s.stored("kept.html")).exists();
      assertThat(s.stored("missing.html")).isNull();
      assertThatThrownBy(() -> s.reuse("index.html", out.resolve("kept.html")))
          .isInstanceOf(IllegalArgumentException.class);
      r = s.commit();
    }

    assertThat(r).isEqualTo(new SitePublisher.PublishResult(1, 1, 0));
    assertThat(rewritten(out)).containsExactly("index.html");
    assertThat(Files.readAttributes(out.resolve("kept.html"), BasicFileAttributes.class).fileKey())
        .isEqualTo(inode);
    assertThat(Files.readString(out.resolve("kept.html"))).isEqualTo("cù");
  }

  /** A sink that keeps no files takes a reused file's bytes. */
  @Test
  void aSinkWithoutFilesReadsAReusedFile() throws IOException {
    Path file = tmp.resolve("a.html");
    Files.writeString(file, "Trang", StandardCharsets.UTF_8);
    RenderedSite.Builder b = RenderedSite.builder();
    org.opendti.render.SiteSink sink = b::add;
    sink.reuse("a.html", file);
    assertThat(sink.stored("a.html")).isNull();
    assertThat(b.build().files().get("a.html")).isEqualTo("Trang".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSessionRejectsUnsafeAndDuplicatePaths() throws IOException {
    try (SitePublisher.Session s = new SitePublisher().begin(tmp.resolve("site"))) {
      s.add("a.html", new byte[] {1});
      assertThatThrownBy(() -> s.add("a.html", new byte[] {2}))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> s.add("../x.html", new byte[] {2}))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    assertThat(siblings()).isEmpty();
  }
}
