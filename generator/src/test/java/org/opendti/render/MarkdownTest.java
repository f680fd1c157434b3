package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  /** Hostile inputs: none may yield a script, an event handler, an image or a non-web URL. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1)  )",
        "[x](<java\tscript:alert(1)>)",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;vascript:alert(1))",
        "[x](jav&#x61;script&colon;alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/x)",
        "[x](/relative/path)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "![x](javascript:alert(1))",
        "![x](https://tracker.example/pixel.png)",
        "![x](data:image/png;base64,AAAA)",
        "[x](https://example.vn \"t\\\" onmouseover=\\\"alert(1)\")",
        "[x]: javascript:alert(1)\n\n[x]",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<style>body{display:none}</style>",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "[x](\u0000javascript:alert(1))",
        "[x](java\u200bscript:alert(1))",
        "\" onmouseover=\"alert(1)"
      })
  void hostileInputIsDefused(String markdown) {
    Document doc = Jsoup.parseBodyFragment(Markdown.toHtml(markdown));
    assertThat(doc.select("script, img, iframe, svg, style, object, embed")).isEmpty();
    for (Element e : doc.body().getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          assertThat(a.getValue()).matches("(?i)^(https?|mailto):.*");
        }
      }
    }
  }

  /**
   * The shortcut for one plain line gives what the parser gives, for random text made of what plain
   * notes are made of and of every character Markdown gives a meaning to (about a sixth of the
   * texts take the shortcut).
   */
  @Test
  void plainLinesRenderAsTheParserRendersThem() {
    String[] pieces = {
      "Số",
      "liệu",
      "Báo",
      "cáo",
      "289/BC-UBND",
      "ngày",
      "28/06/2023",
      "(mẫu)",
      "100%",
      "5,5",
      "x.y",
      "Hỏi?",
      "l'an",
      " ",
      " ",
      " ",
      " ",
      "  ",
      "-",
      "1.",
      "2)",
      "#",
      ">",
      "*",
      "_",
      "`",
      "~",
      "[",
      "]",
      "!",
      "<",
      ">",
      "&",
      "&amp;",
      "\"",
      "\\",
      "|",
      "\t",
      "\n",
      "\r\n",
      ":",
      "@",
      "www",
      "WWW.x.vn",
      "http",
      "e\u0301",
      "\u00a0",
      "\u200b",
      "=",
      "+",
      "{",
      "}",
      "^",
      "$",
      "a",
      "Đ",
      "ư",
      "9"
    };
    Random random = new Random(17);
    int plain = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(8);
      for (int w = 0; w < words; w++) {
        // Mostly words and spaces, sometimes anything: the shortcut must refuse what it cannot do.
        text.append(pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 19)]);
      }
      String s = text.toString();
      if (Markdown.isPlainLine(s)) {
        plain++;
      }
      assertThat(Markdown.toHtml(s)).as("%s", s).isEqualTo(Markdown.parsed(s));
    }
    assertThat(plain).isBetween(2_000, 15_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- a",
        "1. a",
        "# a",
        "a  b\nc",
        "a\nb",
        "a:b",
        "a@b.vn",
        "xem www.example.vn",
        "a &amp; b",
        "a < b",
        "a \"b\"",
        "a *b*",
        "a_b_",
        " a",
        "a ",
        "a\tb",
        "a\u00a0b",
        "e\u0301"
      })
  void linesMarkdownGivesAMeaningToAreParsed(String s) {
    assertThat(Markdown.isPlainLine(s)).isFalse();
    assertThat(Markdown.toHtml(s)).isEqualTo(Markdown.parsed(s));
  }

  @Test
  void rawHtmlIsShownAsText() {
    String html = Markdown.toHtml("Xem <b>đậm</b> & <script>alert(1)</script>");
    assertThat(html).contains("&lt;b&gt;đậm&lt;/b&gt;", "&lt;script&gt;").doesNotContain("<b>");
  }

  @Test
  void safeLinksSurviveWithRelNofollowNoopener() {
    Element a =
        Jsoup.parseBodyFragment(Markdown.toHtml("[Cổng DVC](https://dichvucong.gov.vn/a?b=1&c=2)"))
            .selectFirst("a");
    assertThat(a.attr("href")).isEqualTo("https://dichvucong.gov.vn/a?b=1&c=2");
    assertThat(a.attr("rel")).isEqualTo("nofollow noopener");
    assertThat(a.text()).isEqualTo("Cổng DVC");
    Element mail =
        Jsoup.parseBodyFragment(Markdown.toHtml("<mailto:a@example.vn>")).selectFirst("a");
    assertThat(mail.attr("href")).isEqualTo("mailto:a@example.vn");
  }

  @Test
  void autolinkedUrlsGetRel() {
    Element a =
        Jsoup.parseBodyFragment(Markdown.toHtml("Xem https://example.vn/x nhé")).selectFirst("a");
    assertThat(a.attr("href")).isEqualTo("https://example.vn/x");
    assertThat(a.attr("rel")).isEqualTo("nofollow noopener");
  }

  @Test
  void unsafeLinkKeepsItsText() {
    Document doc = Jsoup.parseBodyFragment(Markdown.toHtml("[bấm vào đây](javascript:alert(1))"));
    assertThat(doc.select("a")).isEmpty();
    assertThat(doc.text()).isEqualTo("bấm vào đây");
  }

  @Test
  void imagesBecomeLinks() {
    Element a =
        Jsoup.parseBodyFragment(Markdown.toHtml("![Ảnh hội nghị](https://example.vn/a.jpg)"))
            .selectFirst("a");
    assertThat(a.attr("href")).isEqualTo("https://example.vn/a.jpg");
    assertThat(a.text()).isEqualTo("Ảnh hội nghị");
  }

  @Test
  void tablesAndEmphasisRender() {
    String html = Markdown.toHtml("**đậm** _nghiêng_\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    assertThat(html).contains("<strong>đậm</strong>", "<em>nghiêng</em>", "<table>", "<td>2</td>");
  }

  @Test
  void blankGivesEmptyMarkup() {
    assertThat(Markdown.toHtml(null)).isEmpty();
    assertThat(Markdown.toHtml("  ")).isEmpty();
  }

  @Test
  void urlCheck() {
    assertThat(Markdown.isSafeUrl("https://x.vn")).isTrue();
    assertThat(Markdown.isSafeUrl("HTTP://x.vn")).isTrue();
    assertThat(Markdown.isSafeUrl("mailto:a@b.vn")).isTrue();
    assertThat(Markdown.isSafeUrl(" https://x.vn")).isFalse();
    assertThat(Markdown.isSafeUrl("ht\ntp://x.vn")).isFalse();
    assertThat(Markdown.isSafeUrl("javascript:alert(1)")).isFalse();
    assertThat(Markdown.isSafeUrl("x.vn/https:")).isFalse();
    assertThat(Markdown.isSafeUrl(null)).isFalse();
  }
}
