package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.opendti.render.Markdown;

/**
 * Fuzzes the hardened Markdown renderer: whatever the text, it renders without throwing, and the
 * HTML has no script, no element outside a small safe set, no event handler and no link or image
 * whose URL is not http, https or mailto.
 */
class MarkdownFuzzTest {

  private static final java.util.Set<String> ALLOWED =
      java.util.Set.of(
          "html",
          "head",
          "body",
          "p",
          "a",
          "em",
          "strong",
          "code",
          "pre",
          "ul",
          "ol",
          "li",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "br",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "img",
          "del",
          "s",
          "span",
          "div");

  @FuzzTest(maxDuration = "5m")
  void renderIsSafe(byte[] bytes) {
    String markdown = new String(bytes, StandardCharsets.UTF_8);
    String html = Markdown.toHtml(markdown);
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      assertThat(ALLOWED).as("element from %s", markdown).contains(e.normalName());
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as("attribute from %s", markdown).doesNotStartWith("on");
        if (key.equals("href") || key.equals("src")) {
          assertThat(HostileInputTest.badUrl(a.getValue()))
              .as("%s=%s from %s", key, a.getValue(), markdown)
              .isFalse();
          assertThat(Markdown.isSafeUrl(a.getValue()))
              .as("%s=%s from %s", key, a.getValue(), markdown)
              .isTrue();
        }
      }
    }
  }
}
