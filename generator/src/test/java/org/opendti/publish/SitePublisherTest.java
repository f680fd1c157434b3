package org.opendti.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  private List<String> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
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
    publisher.publish(next, out);
    assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("Trang chủ");
    assertThat(tree(out)).containsExactly("en/index.html", "index.html");
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList())
        .containsExactly("site");
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
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList())
        .containsExactly("site");
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
}
