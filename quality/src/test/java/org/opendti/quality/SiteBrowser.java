package org.opendti.quality;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The built site served on loopback plus a headless Chromium to look at it: what every browser test
 * class opens in {@code @BeforeAll} and closes in {@code @AfterAll}.
 */
final class SiteBrowser implements AutoCloseable {

  private final Path site;
  private final StaticServer server;
  private final Playwright playwright;
  private final Browser browser;

  private SiteBrowser(Path site, StaticServer server, Playwright playwright, Browser browser) {
    this.site = site;
    this.server = server;
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Builds the site (once per JVM), serves it and launches Chromium. */
  static SiteBrowser open() {
    Path site = Sites.site();
    StaticServer server;
    try {
      server = new StaticServer(site);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Playwright playwright = null;
    try {
      playwright = Playwright.create();
      return new SiteBrowser(site, server, playwright, Browsers.launch(playwright));
    } catch (RuntimeException | Error e) {
      if (playwright != null) {
        playwright.close();
      }
      server.close();
      throw e;
    }
  }

  Path site() {
    return site;
  }

  Browser browser() {
    return browser;
  }

  /** The address of a page of the site, relative to its root. */
  String url(String relative) {
    return server.base() + relative;
  }

  /**
   * On a submission form page, builds the criteria's fields as form.js does when the official
   * starts (here: a focus entering the form), and waits until they are all there; other pages are
   * left as they are. The fields come in templates (form.ftlh) and are not in the page before that,
   * so a check that must see them, or a step that starts on one, calls this first.
   */
  static void startForm(Page page) {
    Object started =
        page.evaluate(
            "() => { const f = document.getElementById('dti-form');"
                + " if (!f || !f.querySelector('template[data-fields]')) { return false; }"
                + " f.dispatchEvent(new FocusEvent('focusin')); return true; }");
    if (Boolean.TRUE.equals(started)) {
      page.waitForSelector("#dti-form[data-fields-built]");
    }
  }

  @Override
  public void close() {
    playwright.close();
    server.close();
  }
}
