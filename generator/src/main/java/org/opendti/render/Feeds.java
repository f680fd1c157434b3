package org.opendti.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.rank.Ranking;

/**
 * {@code sitemap.xml} and the Atom feed {@code feed.xml}. Both need absolute URLs; without a base
 * URL they carry root-relative paths and say so in a comment. Entry dates come from the period's
 * deadline (end of that day, Vietnam time), never from the clock.
 */
final class Feeds {

  /**
   * Addresses one sitemap may list (the Sitemap protocol, sitemaps.org/protocol.html: at most
   * 50,000 URLs and 50 MB a file; Google Search Central, "Manage your sitemaps with a sitemap index
   * file").
   */
  static final int SITEMAP_URLS = 50_000;

  private Feeds() {}

  /**
   * {@code sitemap.xml} listing every page; past {@code perFile} pages (10,000 units over three
   * periods have some 60,000) {@code sitemap.xml} is a sitemap index of {@code sitemap-1.xml},
   * {@code sitemap-2.xml}, … of {@code perFile} pages each, beside it, so that it keeps the address
   * a host or a search console was given. At 50,000 addresses of a few hundred bytes a file stays
   * far under 50 MB.
   */
  static SortedMap<String, byte[]> sitemaps(List<String> htmlPaths, String baseUrl, int perFile) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    if (htmlPaths.size() <= perFile) {
      out.put("sitemap.xml", sitemap(htmlPaths, baseUrl));
      return out;
    }
    StringBuilder index = start(baseUrl).append(SITEMAP_INDEX);
    for (int from = 0, n = 1; from < htmlPaths.size(); from += perFile, n++) {
      String name = "sitemap-" + n + ".xml";
      out.put(
          name,
          sitemap(htmlPaths.subList(from, Math.min(htmlPaths.size(), from + perFile)), baseUrl));
      index.append("  <sitemap><loc>").append(esc(url(baseUrl, name))).append("</loc></sitemap>\n");
    }
    index.append("</sitemapindex>\n");
    out.put("sitemap.xml", index.toString().getBytes(StandardCharsets.UTF_8));
    return out;
  }

  private static final String SITEMAP_INDEX =
      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

  private static byte[] sitemap(List<String> htmlPaths, String baseUrl) {
    StringBuilder x = start(baseUrl);
    x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String p : htmlPaths) {
      x.append("  <url><loc>").append(esc(url(baseUrl, p))).append("</loc></url>\n");
    }
    x.append("</urlset>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The XML declaration, and without a base address a comment saying the sitemap is not valid. */
  private static StringBuilder start(String baseUrl) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (baseUrl == null) {
      x.append(
          "<!-- No baseUrl was configured: locations are paths relative to the site root."
              + " Sitemaps require absolute URLs; set baseUrl to publish a valid sitemap. -->\n");
    }
    return x;
  }

  /** One entry per framework and period with pages, newest first, linking to its first table. */
  static byte[] atom(SiteIndex index, String baseUrl) {
    record Entry(Framework fw, Period period) {}
    List<Entry> entries = new ArrayList<>();
    for (Framework fw : index.frameworks()) {
      index.pagedPeriods(fw).forEach(p -> entries.add(new Entry(fw, p)));
    }
    entries.sort(
        Comparator.<Entry, LocalDate>comparing(e -> day(e.period()))
            .reversed()
            .thenComparing(e -> e.fw().id())
            .thenComparing(e -> e.period().id()));
    String updated =
        entries.isEmpty() ? "2000-01-01T00:00:00+07:00" : stamp(day(entries.get(0).period()));
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (baseUrl == null) {
      x.append("<!-- No baseUrl was configured: links are relative to the site root. -->\n");
    }
    x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n");
    x.append("  <title>Kết quả Chỉ số chuyển đổi số — DTI results</title>\n");
    x.append("  <id>")
        .append(esc(baseUrl == null ? "urn:opendti:feed" : url(baseUrl, "feed.xml")))
        .append("</id>\n");
    x.append("  <updated>").append(updated).append("</updated>\n");
    x.append("  <author><name>opendti</name></author>\n");
    x.append("  <link rel=\"self\" href=\"").append(esc(url(baseUrl, "feed.xml"))).append("\"/>\n");
    for (Entry e : entries) {
      List<Ranking> tables = index.rankings(e.fw().id(), e.period().id());
      String href =
          tables.isEmpty()
              ? SitePaths.criteria(Lang.VI, e.fw().id())
              : RankingPages.path(Lang.VI, tables.get(0));
      x.append("  <entry>\n");
      x.append("    <title>")
          .append(esc(e.fw().title() + " — " + e.period().id()))
          .append("</title>\n");
      x.append("    <id>urn:opendti:")
          .append(esc(e.fw().id()))
          .append(':')
          .append(esc(e.period().id()))
          .append("</id>\n");
      x.append("    <updated>").append(stamp(day(e.period()))).append("</updated>\n");
      x.append("    <link href=\"").append(esc(url(baseUrl, href))).append("\"/>\n");
      x.append("    <summary>")
          .append(esc(index.scores(e.fw().id(), e.period().id()).size() + " đơn vị / units"))
          .append("</summary>\n");
      x.append("  </entry>\n");
    }
    x.append("</feed>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The deadline, or the period's last day where a framework gives no deadline. */
  private static LocalDate day(Period p) {
    return p.deadline() != null ? p.deadline() : p.end();
  }

  private static String stamp(LocalDate deadline) {
    return deadline + "T23:59:59+07:00";
  }

  private static String url(String baseUrl, String path) {
    if (baseUrl == null) {
      return path;
    }
    return baseUrl.endsWith("/") ? baseUrl + path : baseUrl + "/" + path;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
