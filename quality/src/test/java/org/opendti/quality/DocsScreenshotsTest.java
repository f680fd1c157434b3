package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Refreshes the README's screenshots ({@code docs/screenshots/scorecard.png} and {@code
 * ranking.png}, committed). Off by default; run it on purpose:
 *
 * <pre>
 * mvn -B -pl quality -am verify -Dtest=DocsScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopendti.docsScreenshots=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "opendti.docsScreenshots", matches = "true")
class DocsScreenshotsTest {

  @Test
  void writeReadmeScreenshots() throws IOException {
    Path site = Sites.site();
    Path docs = Files.createDirectories(Sites.repositoryRoot().resolve("docs/screenshots"));
    String scorecard =
        Sites.htmlPages(site).stream()
            .filter(p -> p.startsWith("units/nga-nam/"))
            .findFirst()
            .orElseGet(() -> Sites.firstPage(site, "units/", ".html"));
    String ranking =
        Sites.htmlPages(site).stream()
            .filter(p -> p.startsWith("rankings/"))
            .max(Comparator.comparingInt(p -> rows(site, p)))
            .orElseThrow();
    try (StaticServer server = new StaticServer(site);
        Playwright playwright = Playwright.create()) {
      Browser browser = Browsers.launch(playwright);
      BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900));
      Page page = context.newPage();
      page.navigate(server.base() + scorecard);
      page.screenshot(new Page.ScreenshotOptions().setPath(docs.resolve("scorecard.png")));
      page.navigate(server.base() + ranking);
      page.screenshot(new Page.ScreenshotOptions().setPath(docs.resolve("ranking.png")));
    }
    assertThat(docs.resolve("scorecard.png")).isNotEmptyFile();
    assertThat(docs.resolve("ranking.png")).isNotEmptyFile();
  }

  private static int rows(Path site, String page) {
    try {
      return Jsoup.parse(site.resolve(page).toFile(), "UTF-8")
          .select("table.ranking tbody tr")
          .size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
