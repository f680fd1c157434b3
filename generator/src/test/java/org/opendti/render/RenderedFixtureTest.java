package org.opendti.render;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that read pages of the rendered {@link SiteFixture}, rendered once a class. */
abstract class RenderedFixtureTest {

  static final SiteInput input = SiteFixture.input();
  static RenderedSite site;

  @BeforeAll
  static void render(@TempDir Path schemas) throws IOException {
    site = SiteFixture.rendered(schemas);
  }

  static Document html(String path) {
    return Jsoup.parse(site.text(path), "");
  }
}
