package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.Map;

/**
 * What every page shares: language, title, links for the layout and the interface text.
 *
 * @param lang "vi" or "en", for {@code <html lang>}
 * @param qr on a scorecard built with a base URL, the QR code of its address (SVG) for the printed
 *     summary; else null
 * @param description the page's meta description: what it holds, for search results and shares
 * @param root relative path from this page to the site root ("" or "../../")
 * @param alternate relative link to the same page in the other language
 * @param alternateLang code of the other language
 * @param home relative link to this language's home page
 * @param sample whether the page shows a fictional sample unit (banner)
 * @param t interface text of this language, by key (from {@code messages_<lang>.properties})
 * @param url this page's absolute address, or null: known only with the site's base URL, and never
 *     for a 404 page, which a host serves at any address
 * @param alternateUrl the absolute address of the same page in the other language, or null (as
 *     {@code url}); search engines take language alternates only as absolute URLs
 */
public record Page(
    String lang,
    String title,
    String description,
    String root,
    String alternate,
    String alternateLang,
    String home,
    boolean sample,
    Map<String, String> t,
    String url,
    String alternateUrl,
    TemplateHTMLOutputModel qr) {
  public Page {
    t = Map.copyOf(t);
  }

  /** A page without a QR code. */
  public Page(
      String lang,
      String title,
      String description,
      String root,
      String alternate,
      String alternateLang,
      String home,
      boolean sample,
      Map<String, String> t,
      String url,
      String alternateUrl) {
    this(
        lang,
        title,
        description,
        root,
        alternate,
        alternateLang,
        home,
        sample,
        t,
        url,
        alternateUrl,
        null);
  }
}
