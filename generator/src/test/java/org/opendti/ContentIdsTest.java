package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.git.BlobIds;
import org.opendti.git.FileProvenance;
import org.opendti.load.ContentIds;

/**
 * The content ids a run gives (issue #17): the SHA-256 of the bytes each accepted file was read
 * from, and with Git history the file's blob id too, from which main's provenance takes each file's
 * SHA-256 instead of hashing the file a second time. What it publishes is the same.
 */
class ContentIdsTest {

  @TempDir Path tmp;

  @Test
  void withGitEachFileIsHashedOnceAndItsProvenanceIsItsBytesDigest() throws IOException {
    Path repo = CacheFixture.gitRepository(tmp).dir;

    PipelineResult result =
        Pipeline.builder().repositoryRoot(repo).gitProvenance("main").build().check();

    ContentIds ids = result.contentIds();
    assertThat(result.accepted().submissions()).isNotEmpty();
    assertThat(ids.blobs().keySet()).isEqualTo(ids.byFile().keySet());
    for (var s : result.accepted().submissions()) {
      byte[] bytes = Files.readAllBytes(repo.resolve(s.file()));
      assertThat(ids.of(s.file())).contains(ContentIds.digest(bytes));
      assertThat(ids.blobs().get(s.file())).isEqualTo(BlobIds.of(bytes));
      FileProvenance p = result.provenance().get(s.file());
      assertThat(p.sha256()).as(s.file()).isEqualTo(ContentIds.digest(bytes));
    }
  }

  @Test
  void withARenderCacheAndNoGitNoBlobIdIsComputed() throws IOException {
    Path repo = CacheFixture.repository(tmp.resolve("repo"));

    ContentIds ids =
        Pipeline.builder()
            .repositoryRoot(repo)
            .renderCache(tmp.resolve("cache"))
            .build()
            .check()
            .contentIds();

    assertThat(ids.byFile()).isNotEmpty();
    assertThat(ids.blobs()).isEmpty();
  }

  /** A check without a render cache or Git history uses no content id: none is computed. */
  @Test
  void withNeitherNoFileIsHashed() throws IOException {
    Path repo = CacheFixture.repository(tmp.resolve("repo"));

    assertThat(Pipeline.builder().repositoryRoot(repo).build().check().contentIds())
        .isEqualTo(ContentIds.NONE);
  }

  @Test
  void aDigestIsTakenOnlyForTheBlobItWasComputedFrom() {
    ContentIds ids =
        new ContentIds(
            new java.util.TreeMap<>(Map.of("a.json", "1".repeat(64))),
            new java.util.TreeMap<>(Map.of("a.json", "2".repeat(40))));

    assertThat(ids.sha256IfBlob("a.json", "2".repeat(40))).contains("1".repeat(64));
    assertThat(ids.sha256IfBlob("a.json", "3".repeat(40))).isEmpty();
    assertThat(ids.sha256IfBlob("b.json", "2".repeat(40))).isEmpty();
  }
}
