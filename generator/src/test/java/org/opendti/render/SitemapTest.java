package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A sitemap lists at most {@link Feeds#SITEMAP_URLS} addresses (the Sitemap protocol); past that,
 * {@code sitemap.xml} becomes a sitemap index of files that list every page once, in order.
 */
class SitemapTest {

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String BASE = "https://dti.example.vn/site/";

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static List<String> locs(Document doc) {
    NodeList n = doc.getElementsByTagNameNS(NS, "loc");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  private static List<String> pages(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("units/u" + i + "/f-2024.html");
    }
    return out;
  }

  @Test
  void upToTheLimitOneSitemapListsEveryPage() throws Exception {
    SortedMap<String, byte[]> files = Feeds.sitemaps(pages(3), BASE, 3);
    assertThat(files).containsOnlyKeys("sitemap.xml");
    Document doc = xml(files.get("sitemap.xml"));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
    assertThat(locs(doc)).containsExactlyElementsOf(pages(3).stream().map(p -> BASE + p).toList());
  }

  @Test
  void pastTheLimitSitemapXmlIndexesFilesOfAtMostTheLimit() throws Exception {
    SortedMap<String, byte[]> files = Feeds.sitemaps(pages(7), BASE, 3);
    assertThat(files)
        .containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
    Document index = xml(files.get("sitemap.xml"));
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(locs(index))
        .containsExactly(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml");
    List<String> listed = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      Document part = xml(files.get("sitemap-" + n + ".xml"));
      assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
      assertThat(locs(part)).hasSizeLessThanOrEqualTo(3);
      listed.addAll(locs(part));
    }
    assertThat(listed).containsExactlyElementsOf(pages(7).stream().map(p -> BASE + p).toList());
  }

  @Test
  void withoutABaseAddressEveryFileSaysSo() throws Exception {
    SortedMap<String, byte[]> files = Feeds.sitemaps(pages(4), null, 3);
    assertThat(files).hasSize(3);
    files
        .values()
        .forEach(
            b ->
                assertThat(new String(b, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("No baseUrl"));
    assertThat(locs(xml(files.get("sitemap.xml"))))
        .containsExactly("sitemap-1.xml", "sitemap-2.xml");
  }

  @Test
  void theLimitIsTheProtocols() {
    assertThat(Feeds.SITEMAP_URLS).isEqualTo(50_000);
  }
}
