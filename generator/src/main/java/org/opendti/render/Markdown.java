package org.opendti.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The project's hardened Markdown renderer, the only source of unescaped HTML on the site ({@code
 * docs/formats.md}: "raw HTML is shown as text and only http, https and mailto links survive").
 *
 * <p>Raw HTML is escaped; a link survives only if its destination is {@code http:}, {@code https:}
 * or {@code mailto:} (after entity decoding, case folding and removal of whitespace and control
 * characters), and gets {@code rel="nofollow noopener"}; anything else keeps its text and loses the
 * anchor. Images are never loaded: an image becomes a link to it (or its alt text when the URL is
 * not allowed), so no remote request leaves a reader's browser.
 *
 * <pre>{@code
 * TemplateHTMLOutputModel html = Markdown.render("Số liệu từ **Cổng DVC**.");
 * }</pre>
 *
 * <p>Thread-safe: the parser and renderer are immutable.
 */
public final class Markdown {

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final String REL = "nofollow noopener";

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
          .build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SchemeSanitizer())
          .attributeProviderFactory(
              ctx ->
                  (node, tag, attrs) -> {
                    if ("a".equals(tag)) {
                      attrs.put("rel", REL);
                    }
                  })
          .nodeRendererFactory(SafeLinkRenderer::new)
          .build();

  private Markdown() {}

  /** Renders Markdown to HTML as a string; null or blank input gives "". */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    if (isPlainLine(markdown)) {
      // What the parser and renderer give such a line, without building and walking its tree: a
      // national publish renders a million notes, and a note is often one line of words.
      return "<p>" + markdown + "</p>\n";
    }
    return parsed(markdown);
  }

  /** {@link #toHtml} through the parser and renderer, whatever the text. */
  static String parsed(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  /**
   * Whether {@code s} is one line of words that Markdown leaves as it is: it starts with a letter
   * (no list, heading, quote or indented code can start it), ends with no space, and has only
   * letters, digits, single spaces and {@code , . ; ( ) / % - ' ?}: nothing to escape ({@code & < >
   * "}), no emphasis, link, code, table or line break, no {@code :} or {@code @} an autolink needs
   * and no "www" an autolink starts with. {@code MarkdownTest} checks that such lines render alike
   * with and without this shortcut.
   */
  static boolean isPlainLine(String s) {
    int n = s.length();
    if (n == 0 || !Character.isLetter(s.charAt(0)) || s.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean plain =
          Character.isLetterOrDigit(c)
              || (c == ' ' && s.charAt(i - 1) != ' ')
              || ",.;()/%-'?".indexOf(c) >= 0;
      if (!plain || ((c == 'w' || c == 'W') && s.regionMatches(true, i, "www", 0, 3))) {
        return false;
      }
    }
    return true;
  }

  /** Renders Markdown to Freemarker markup, output by templates without further escaping. */
  public static TemplateHTMLOutputModel render(String markdown) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(toHtml(markdown));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML output format rejected markup", e);
    }
  }

  /** Whether rendered markup says nothing: a template's {@code ?has_content} is false for it. */
  static boolean isEmpty(TemplateHTMLOutputModel html) {
    try {
      return HTMLOutputFormat.INSTANCE.isEmpty(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML output format rejected markup", e);
    }
  }

  /** Markup the site made itself (never from the data), output by templates as it is. */
  static TemplateHTMLOutputModel markup(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML output format rejected markup", e);
    }
  }

  /**
   * Whether a URL may be used as a link target: {@code http}, {@code https} or {@code mailto} only.
   * Whitespace and control characters are removed before the scheme is read, as browsers do, so
   * {@code " java\tscript:"} is caught; relative and scheme-less URLs are refused.
   */
  public static boolean isSafeUrl(String url) {
    if (url == null) {
      return false;
    }
    StringBuilder cleaned = new StringBuilder();
    url.codePoints()
        .filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c) && !isInvisible(c))
        .forEach(cleaned::appendCodePoint);
    String s = cleaned.toString();
    int colon = s.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!SAFE_SCHEMES.contains(scheme)) {
      return false;
    }
    // The original must start with the scheme itself: no leading junk a browser might strip.
    return url.regionMatches(true, 0, scheme + ":", 0, colon + 1);
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.CONTROL;
  }

  /** Allowed URLs pass unchanged; anything else becomes "" (the node renderer drops the anchor). */
  private static final class SchemeSanitizer implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      return isSafeUrl(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return sanitizeLinkUrl(url);
    }
  }

  /** Links with a safe URL become anchors; images become links; unsafe ones keep only text. */
  private static final class SafeLinkRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SafeLinkRenderer(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
      String destination =
          node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
      String title = node instanceof Link link ? link.getTitle() : ((Image) node).getTitle();
      String url = context.urlSanitizer().sanitizeLinkUrl(destination);
      if (url.isEmpty()) {
        renderChildren(node);
        return;
      }
      Map<String, String> attrs = new java.util.LinkedHashMap<>();
      attrs.put("href", context.encodeUrl(url));
      if (title != null && !title.isEmpty()) {
        attrs.put("title", title);
      }
      html.tag("a", context.extendAttributes(node, "a", attrs));
      renderChildren(node);
      if (node instanceof Image && node.getFirstChild() == null) {
        html.text(url);
      }
      html.tag("/a");
    }

    private void renderChildren(Node parent) {
      Node child = parent.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
    }
  }
}
