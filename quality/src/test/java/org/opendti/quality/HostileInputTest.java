package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;

/**
 * A repository whose every free-text field, URL and unit name carries a script-injection vector
 * still yields a site with no script but its own, no event handler, no script/data URL, a
 * Content-Security-Policy without inline script on every page, and no dialog in a real browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  /** Attributes that take a URL (or CSS, which can hold one). */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "style",
          "data",
          "poster",
          "background",
          "srcset",
          "codebase",
          "cite",
          "longdesc",
          "ping",
          "manifest",
          "content");

  /** A script-capable scheme, after removing what browsers ignore (whitespace, controls). */
  private static final Pattern BAD_SCHEME =
      Pattern.compile("(?i)(^|url\\(|[;,=]\\s*)['\"]?(javascript|vbscript|data|livescript):");

  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "iframe",
          "object",
          "embed",
          "base",
          "frame",
          "frameset",
          "applet",
          "form",
          "button",
          "input",
          "textarea",
          "select",
          "math",
          "template",
          "noscript",
          "style");

  /**
   * The only scripts a page may load: the templates' own, every {@code .js} under {@code
   * site-templates/assets} (a submission cannot add one there).
   */
  private static final Set<String> OWN_SCRIPTS = ownScripts();

  private static Set<String> ownScripts() {
    Path assets = Sites.repositoryRoot().resolve("site-templates").resolve("assets");
    try (Stream<Path> files = Files.walk(assets)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".js"))
          .map(f -> assets.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form and search pages' own controls, generated from frameworks and the registry. */
  private static final Set<String> CONTROLS =
      Set.of("form", "button", "input", "textarea", "select", "noscript");

  private Path site;
  private HostileInput hostile;
  private PipelineResult result;
  private List<String> vectors;

  @BeforeAll
  void build() throws IOException {
    vectors = HostileInput.corpus();
    hostile = new HostileInput(vectors);
    Path tmp =
        Path.of(System.getProperty("opendti.siteUnderTest", "target/site-under-test"))
            .resolveSibling("hostile");
    Reproducibility.deleteTree(tmp);
    Path repo = tmp.resolve("repo");
    hostile.write(Sites.repositoryRoot(), repo);
    site = tmp.resolve("site");
    result =
        Pipeline.builder()
            .repositoryRoot(repo)
            .templates(Sites.repositoryRoot().resolve("site-templates"))
            .build()
            .publish(site);
  }

  @Test
  void corpusIsLargeAndReachesEveryField() {
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
    Map<String, Integer> coverage = hostile.coverage();
    System.out.println("Hostile values written per field: " + coverage);
    for (String field :
        List.of(
            "notes",
            "evidence.title",
            "evidence.issuer",
            "evidence.number",
            "evidence.url",
            "preparer.name",
            "approver.name",
            "unit.name",
            "notApplicable.reason",
            "review.reason",
            "review.evidence.number",
            "review.evidence.title",
            "review.evidence.url")) {
      assertThat(coverage.getOrDefault(field, 0))
          .as("values written to " + field)
          .isGreaterThanOrEqualTo(vectors.size());
    }
  }

  @Test
  void poisonedSubmissionsAreStillAcceptedAndPublished() {
    List<String> errors =
        result.diagnostics().all().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .map(d -> d.format(Lang.EN))
            .toList();
    // Hostile text is still valid text: the files must be scored, or the test proves nothing.
    assertThat(errors).as("validation errors caused by hostile text").isEmpty();
    assertThat(result.accepted().submissions()).hasSizeGreaterThan(100);
    String all = allText();
    List<String> missing =
        hostile.preparerNames().stream()
            .distinct()
            .filter(v -> !all.contains(Normalizer.normalize(v.strip(), Normalizer.Form.NFC)))
            .toList();
    assertThat(missing).as("preparer names shown as text").isEmpty();
  }

  @Test
  void noScriptHandlerOrScriptUrlInAnyPage() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> pages = Sites.htmlPages(site);
    assertThat(pages).hasSizeGreaterThan(100);
    for (String relative : pages) {
      Document doc = Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
      problems.addAll(problems(relative, doc));
    }
    for (String feed : List.of("feed.xml", "en/feed.xml", "sitemap.xml")) {
      Path f = site.resolve(feed);
      if (Files.exists(f)) {
        Document doc = Jsoup.parse(Files.readString(f), "", Parser.xmlParser());
        for (Element e : doc.getAllElements()) {
          for (Attribute a : e.attributes()) {
            if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || badUrl(a.getValue())) {
              problems.add(feed + ": " + e.tagName() + " " + a);
            }
          }
          if (e.tagName().equalsIgnoreCase("script")) {
            problems.add(feed + ": script element");
          }
        }
      }
    }
    problems.forEach(System.out::println);
    assertThat(problems).isEmpty();
  }

  /** The same checks, CSP included, on every page of this repository's own site. */
  @Test
  void realSiteHasTheSameGuarantees() throws IOException {
    Path real = Sites.site();
    List<String> problems = new ArrayList<>();
    for (String relative : Sites.htmlPages(real)) {
      problems.addAll(problems(relative, Jsoup.parse(real.resolve(relative).toFile(), "UTF-8")));
    }
    assertThat(problems).isEmpty();
  }

  /** The checker can fail: a page with each kind of problem is caught. */
  @Test
  void checkerCatchesInjectedMarkup() {
    Document doc =
        Jsoup.parse(
            "<html><head></head><body><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=' JaVa\tScRiPt:alert(3)'>x</a><a href='data:text/html,x'>y</a>"
                + "<div style='background:url(javascript:alert(4))'></div></body></html>");
    List<String> found = problems("t.html", doc);
    assertThat(String.join("\n", found))
        .contains("inline script", "onerror", "href", "style", "Content-Security-Policy");
  }

  @Test
  void noDialogOpensInTheBrowser() throws IOException {
    List<String> dialogs = new ArrayList<>();
    List<String> cspReports = new ArrayList<>();
    try (StaticServer server = new StaticServer(site);
        Playwright playwright = Playwright.create()) {
      Browser browser = Browsers.launch(playwright);
      BrowserContext context = browser.newContext();
      Page page = context.newPage();
      page.onDialog(
          d -> {
            dialogs.add(page.url() + ": " + d.type() + " " + d.message());
            d.dismiss();
          });
      page.onConsoleMessage(
          m -> {
            if (m.text().contains("Content Security Policy")) {
              cspReports.add(page.url() + ": " + m.text());
            }
          });
      List<String> pages = Sites.htmlPages(site);
      for (String relative : pages) {
        // Vietnamese pages carry every vector (English ones repeat the same text).
        if (!relative.startsWith("en/")) {
          page.navigate(server.base() + relative);
          // Hover and focus everything a handler could hang on, then let timers run.
          page.evaluate(
              "() => document.querySelectorAll('a, img, svg, code')"
                  + ".forEach(e => e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))");
        }
      }
      page.waitForTimeout(200);
    }
    assertThat(dialogs).as("dialogs opened by hostile input").isEmpty();
    assertThat(cspReports).as("CSP blocked something: injected code reached a page").isEmpty();
  }

  /**
   * A ranking's own name filter (ranking.ftlh): exactly one search box, in its labelled {@code
   * filter}, controlling the ranking table. Any other control on a ranking page stays a finding.
   */
  private static boolean isRankingFilter(String relative, Element e) {
    return relative.matches("(en/)?rankings/[a-z0-9/-]+\\.html")
        && e.normalName().equals("input")
        && e.attributes().size() == 6
        && e.attr("id").equals("ranking-filter")
        && e.attr("type").equals("search")
        && e.attr("aria-controls").equals("ranking-table")
        && e.attr("aria-describedby").equals("ranking-filter-hint ranking-count")
        && e.parent() != null
        && e.parent().normalName().equals("label")
        && e.parent().hasClass("filter");
  }

  /**
   * The reviewers' workbench's filters (reviewers-cohort.ftlh): a search box and a state select,
   * each in its labelled {@code filter}, controlling that table ({@code t-<framework>- <period>}).
   * Any other control on the page stays a finding.
   */
  private static boolean isWorkbenchFilter(String relative, Element e) {
    if (!relative.matches("(en/)?reviewers/[a-z0-9-]+\\.html")
        || e.parent() == null
        || !e.parent().normalName().equals("label")
        || !e.parent().hasClass("filter")
        || !e.attr("aria-controls").matches("t-[a-z0-9-]+")) {
      return false;
    }
    if (e.normalName().equals("input")) {
      return e.attributes().size() == 4 && e.attr("type").equals("search");
    }
    return e.normalName().equals("select")
        && e.attributes().size() == 2
        && e.attr("data-filter").equals("state")
        && e.children().stream().allMatch(o -> o.normalName().equals("option"));
  }

  /**
   * A sortable column's button (layout.ftlh's sortHeader) on a ranking or a workbench page: exactly
   * {@code <button type="button" class="sort" disabled>} in a header with {@code data-sort}. Any
   * other button stays a finding.
   */
  private static boolean isSortButton(String relative, Element e) {
    return relative.matches("(en/)?(rankings|reviewers)/[a-z0-9/-]+\\.html")
        && e.normalName().equals("button")
        && e.attributes().size() == 3
        && e.attr("type").equals("button")
        && e.attr("class").equals("sort")
        && e.hasAttr("disabled")
        && e.parent() != null
        && e.parent().normalName().equals("th")
        && e.parent().attr("data-sort").matches("number|text");
  }

  /**
   * The layout's own {@code <noscript>} in {@code <head>}: nothing but the link to {@code
   * assets/noscript.css}, which hides the controls that need JavaScript. Any other {@code
   * <noscript>} (in the body, or with other content) stays a finding.
   */
  private static boolean isNoscriptStylesheet(Element e) {
    if (!e.normalName().equals("noscript")
        || e.parent() == null
        || !e.parent().normalName().equals("head")) {
      return false;
    }
    Document inner = Jsoup.parseBodyFragment(e.html());
    List<Element> children = inner.body().children();
    return children.size() == 1
        && children.get(0).normalName().equals("link")
        && children.get(0).attributes().size() == 2
        && children.get(0).attr("rel").equals("stylesheet")
        && children.get(0).attr("href").matches("(\\.\\./)*assets/noscript\\.css")
        && inner.body().ownText().isBlank();
  }

  private static List<String> problems(String relative, Document doc) {
    List<String> out = new ArrayList<>();
    Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
    if (csp == null) {
      out.add(relative + ": no Content-Security-Policy");
    } else {
      String policy = csp.attr("content");
      String scriptSrc =
          policy.contains("script-src")
              ? policy.substring(policy.indexOf("script-src")).split(";")[0]
              : policy.contains("default-src")
                  ? policy.substring(policy.indexOf("default-src")).split(";")[0]
                  : "";
      if (scriptSrc.isEmpty()
          || scriptSrc.contains("'unsafe-inline'")
          || scriptSrc.contains("'unsafe-eval'")
          || scriptSrc.contains("*")
          || scriptSrc.contains("data:")
          || !policy.contains("object-src 'none'")
          || !policy.contains("base-uri 'none'")) {
        out.add(relative + ": Content-Security-Policy allows inline or foreign script: " + policy);
      }
      // A CSP meta only governs what comes after it.
      Element firstScript = doc.head().selectFirst("script");
      if (firstScript != null && firstScript.elementSiblingIndex() < csp.elementSiblingIndex()) {
        out.add(relative + ": script before the Content-Security-Policy");
      }
    }
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script")) {
        String src = e.attr("src");
        if (isFrameworkData(relative, e)) {
          // The submission form's framework data: not executable (CSP and type), and no "<" can
          // close the element early.
          if (e.data().contains("<")) {
            out.add(relative + ": data script contains '<': " + abbreviate(e.outerHtml()));
          }
        } else if (src.isEmpty() || !e.data().isBlank()) {
          out.add(relative + ": inline script: " + abbreviate(e.outerHtml()));
        } else if (!src.matches("(\\.\\./)*assets/.+")
            || !OWN_SCRIPTS.contains(src.replaceFirst("^(\\.\\./)*assets/", ""))) {
          out.add(relative + ": foreign script " + src);
        }
      }
      if (FORBIDDEN_ELEMENTS.contains(tag)
          && !(hasOwnControls(relative) && CONTROLS.contains(tag))
          && !isNoscriptStylesheet(e)
          && !isRankingFilter(relative, e)
          && !isWorkbenchFilter(relative, e)
          && !isSortButton(relative, e)
          && !isFormTemplate(relative, e)) {
        out.add(relative + ": <" + tag + "> element: " + abbreviate(e.outerHtml()));
      }
      if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
        out.add(relative + ": meta refresh");
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          out.add(
              relative
                  + ": event handler "
                  + key
                  + " on <"
                  + tag
                  + ">: "
                  + abbreviate(a.getValue()));
        }
        if ((URL_ATTRIBUTES.contains(key) || key.endsWith(":href")) && badUrl(a.getValue())) {
          // A meta's content is a URL only in a refresh (reported above); the CSP and the page
          // description (escaped text that may quote hostile input) are not navigations.
          boolean metaText =
              tag.equals("meta")
                  && key.equals("content")
                  && !e.attr("http-equiv").equalsIgnoreCase("refresh");
          if (!metaText) {
            out.add(relative + ": " + key + " on <" + tag + ">: " + abbreviate(a.getValue()));
          }
        }
      }
    }
    return out;
  }

  /** As a browser reads it: leading/embedded whitespace and control characters don't count. */
  static boolean badUrl(String value) {
    String v = value.replaceAll("[\\x00-\\x20\\x7f]", "");
    return BAD_SCHEME.matcher(v).find();
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 160 ? one.substring(0, 160) + "…" : one;
  }

  private String allText() {
    StringBuilder b = new StringBuilder();
    for (String relative : Sites.htmlPages(site)) {
      if (relative.contains("units/")) {
        try {
          b.append(Jsoup.parse(site.resolve(relative).toFile(), "UTF-8").text()).append('\n');
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
  }

  /**
   * A template a form builds its fields from, with that one attribute; what it holds is checked
   * like the rest of the page:
   *
   * <ul>
   *   <li>a criterion's fields on a submission or correction form, which form.js builds when the
   *       official starts (form.ftlh) and correction.js when the criterion is ticked
   *       (correction.ftlh): {@code <template data-fields>};
   *   <li>an objection's fields on a correction form, which correction.js builds for each
   *       objection: {@code <template id="c-objection-tpl">}.
   * </ul>
   */
  private static boolean isFormTemplate(String relative, Element e) {
    if (!e.normalName().equals("template") || e.attributesSize() != 1) {
      return false;
    }
    boolean fields =
        relative.matches("(en/)?(forms|corrections)/[a-z0-9-]+\\.html") && e.hasAttr("data-fields");
    boolean objection =
        relative.matches("(en/)?corrections/[a-z0-9-]+\\.html") && e.id().equals("c-objection-tpl");
    return fields || objection;
  }

  private static boolean hasOwnControls(String relative) {
    return relative.matches(
        "(en/)?(forms/[a-z0-9-]+|corrections/[a-z0-9-]+|search|compare)\\.html");
  }

  private static boolean isFrameworkData(String relative, Element script) {
    boolean form =
        relative.matches("(en/)?forms/[a-z0-9-]+\\.html") && script.id().equals("framework-data");
    boolean compare =
        relative.matches("(en/)?compare\\.html") && script.id().equals("compare-data");
    // The correction form: the same framework data, and the reviews and rankings.
    boolean correction =
        relative.matches("(en/)?corrections/[a-z0-9-]+\\.html")
            && (script.id().equals("framework-data") || script.id().equals("review-data"));
    return (form || compare || correction)
        && script.attr("type").equals("application/json")
        && script.attr("src").isEmpty();
  }
}
