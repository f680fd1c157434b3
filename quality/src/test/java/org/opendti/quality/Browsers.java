package org.opendti.quality;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Playwright driving Debian's Chromium ({@code /usr/bin/chromium}); Playwright's own browser
 * download is off (surefire sets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}), and the machine has
 * no network but the package registries.
 */
final class Browsers {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  private static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private Browsers() {}

  /** A headless Chromium with a fresh, empty profile. */
  static Browser launch(Playwright playwright) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new AssertionError(
          CHROMIUM + " is missing: install it with `apt-get install -y chromium` (.ci/run does)");
    }
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGS));
  }

  /** A new page of {@code context} whose script errors and console errors go to {@code errors}. */
  static com.microsoft.playwright.Page watched(
      com.microsoft.playwright.BrowserContext context, List<String> errors) {
    com.microsoft.playwright.Page page = context.newPage();
    page.onPageError(errors::add);
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            errors.add(m.text());
          }
        });
    return page;
  }

  /** As the site folds names (search.js): no diacritics, đ → d, lower case. */
  static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(java.util.Locale.ROOT);
  }
}
