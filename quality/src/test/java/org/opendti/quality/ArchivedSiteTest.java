package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendti.Pipeline;

/**
 * The site as a deployment past its host's size limit publishes it ({@code dti.pagePeriods=1},
 * README "Site size on a Pages host"): each framework's older periods archived, their open data
 * linked from every later scorecard's history. The other quality tests build every period with
 * pages, so none of them sees an archived row; here its scorecards pass the Nu checker and axe.
 */
class ArchivedSiteTest {

  private static Path site;

  /** Every scorecard whose history has an archived period's row, both languages. */
  private static List<Path> archivedRows;

  @BeforeAll
  static void build() throws IOException {
    Path out = Path.of("target/site-archived").toAbsolutePath();
    Pipeline.builder()
        .repositoryRoot(Sites.repositoryRoot())
        .repositoryUrl(Sites.REPOSITORY_URL)
        .pagePeriods(1)
        .build()
        .publish(out);
    site = out.toRealPath();
    archivedRows =
        Sites.htmlPages(site).stream()
            .filter(p -> p.startsWith("units/") || p.startsWith("en/units/"))
            .map(site::resolve)
            .filter(ArchivedSiteTest::hasArchivedRow)
            .toList();
  }

  private static boolean hasArchivedRow(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8).contains("class=\"archived-data\"");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void scorecardsWithAnArchivedPeriodAreValidHtml() throws Exception {
    assertThat(archivedRows)
        .as("scorecards with an archived period in their history")
        .anyMatch(p -> site.relativize(p).toString().startsWith("en/"))
        .anyMatch(p -> !site.relativize(p).toString().startsWith("en/"));
    List<String> errors = HtmlValidityTest.check(site, archivedRows);
    System.out.printf(
        "Nu HTML checker (archived site): %d file(s), %d error(s)%n",
        archivedRows.size(), errors.size());
    assertThat(errors).as("Nu HTML checker errors (page:line:column: message)").isEmpty();
  }

  @Test
  void aScorecardWithAnArchivedPeriodHasNoAxeViolations() throws IOException {
    String axe = Files.readString(NpmTools.axe(), StandardCharsets.UTF_8);
    List<String> pages = List.of(first("units/"), first("en/units/"));
    try (StaticServer server = new StaticServer(site);
        Playwright playwright = Playwright.create()) {
      Browser browser = Browsers.launch(playwright);
      for (String relative : pages) {
        try (BrowserContext context =
            browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 800))) {
          Page page = context.newPage();
          page.navigate(server.base() + relative);
          assertThat(page.locator("ul.archived-data a").count()).as(relative).isPositive();
          assertThat(AccessibilityTest.axeViolations(page, axe))
              .as("axe on " + relative + " at 390 px")
              .isEmpty();
        }
      }
    }
  }

  /** The first scorecard with an archived row whose path starts with {@code prefix}. */
  private static String first(String prefix) {
    return archivedRows.stream()
        .map(p -> site.relativize(p).toString().replace('\\', '/'))
        .filter(p -> p.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no archived row under " + prefix));
  }
}
