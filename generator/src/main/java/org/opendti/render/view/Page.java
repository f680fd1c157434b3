package org.opendti.render.view;

import java.util.Map;

/**
 * What every page shares: language, title, links for the layout and the interface text.
 *
 * @param lang "vi" or "en", for {@code <html lang>}
 * @param root relative path from this page to the site root ("" or "../../")
 * @param alternate relative link to the same page in the other language
 * @param alternateLang code of the other language
 * @param home relative link to this language's home page
 * @param sample whether the page shows a fictional sample unit (banner)
 * @param t interface text of this language, by key (from {@code messages_<lang>.properties})
 */
public record Page(
    String lang,
    String title,
    String root,
    String alternate,
    String alternateLang,
    String home,
    boolean sample,
    Map<String, String> t) {
  public Page {
    t = Map.copyOf(t);
  }
}
