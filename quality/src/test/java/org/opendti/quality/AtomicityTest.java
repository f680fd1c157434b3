package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;

/**
 * A build that fails halfway leaves the previously published site exactly as it was, with no
 * half-written folder beside it.
 */
class AtomicityTest {

  @Test
  void brokenTemplateLeavesThePreviousSiteIntact(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("public");
    Path repo = Sites.repositoryRoot();
    Pipeline.builder().repositoryRoot(repo).build().publish(out);
    Map<String, String> before = Reproducibility.manifest(out);
    assertThat(before).hasSizeGreaterThan(100);

    // Templates that work for the Vietnamese pages and throw on the English ones: the failure
    // comes after many pages have been rendered.
    Path broken = tmp.resolve("broken-templates");
    HostileInput.copyTree(repo.resolve("site-templates"), broken);
    Path scorecard = broken.resolve("scorecard.ftlh");
    String text = Files.readString(scorecard, StandardCharsets.UTF_8);
    Files.writeString(
        scorecard,
        text.replaceFirst(
            "<@layout\\.shell[^>]*>",
            "$0\n<#if page.lang == \"en\">\\${thisVariableDoesNotExist.boom}</#if>"),
        StandardCharsets.UTF_8);
    assertThat(Files.readString(scorecard)).contains("thisVariableDoesNotExist");

    assertThatThrownBy(
            () -> Pipeline.builder().repositoryRoot(repo).templates(broken).build().publish(out))
        .isInstanceOf(Exception.class);

    assertThat(Reproducibility.manifest(out)).as("site after the failed build").isEqualTo(before);
    try (Stream<Path> s = Files.list(tmp)) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names)
          .as("no staging folder left behind: the site is its link and the version it points to")
          .containsExactly(".public.v1", "broken-templates", "public");
      assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".public.v1"));
    }
  }
}
