package org.opendti.render;

import org.opendti.diagnostic.Lang;

/** Where each page lives, relative to the site root, and relative links between pages. */
final class SitePaths {

  static final String CSS = "assets/site.css";
  static final String JS = "assets/site.js";
  static final String DATAPACKAGE = "data/datapackage.json";

  /** The unit registry as open data: levels, units, and what became of each (mergers, 2025). */
  static final String UNITS = "data/units.json";

  private SitePaths() {}

  /** Site-relative folder of a language's pages: "" for Vietnamese, "en/" for English. */
  static String prefix(Lang lang) {
    return lang == Lang.VI ? "" : lang.code() + "/";
  }

  static String home(Lang lang) {
    return prefix(lang) + "index.html";
  }

  static String notFound(Lang lang) {
    return prefix(lang) + "404.html";
  }

  static String ranking(Lang lang, String fw, String period, String group, String partition) {
    String name = partition == null ? seg(group) : seg(group) + "-" + seg(partition);
    return prefix(lang) + "rankings/" + seg(fw) + "/" + seg(period) + "/" + name + ".html";
  }

  static String scorecard(Lang lang, String unit, String fw, String period) {
    return prefix(lang) + "units/" + seg(unit) + "/" + seg(fw) + "-" + seg(period) + ".html";
  }

  static String criteria(Lang lang, String fw) {
    return prefix(lang) + "criteria/" + seg(fw) + ".html";
  }

  static String methodology(Lang lang, String fw) {
    return prefix(lang) + "criteria/" + seg(fw) + "-methodology.html";
  }

  /**
   * The name a data file is saved under: its path below {@code data/}, folders joined by "-"
   * ({@code data/gia-lai-2023-xa/2024/scores.csv} → {@code gia-lai-2023-xa-2024-scores.csv}).
   */
  static String savedName(String dataPath) {
    String below = dataPath.startsWith("data/") ? dataPath.substring("data/".length()) : dataPath;
    return below.replace('/', '-');
  }

  static String data(String fw, String period, String file) {
    return "data/" + seg(fw) + "/" + seg(period) + "/" + file;
  }

  /** The same page in the other language. */
  static String alternate(Lang lang, String path) {
    String bare = path.substring(prefix(lang).length());
    return prefix(lang.other()) + bare;
  }

  /** "../" once per folder of {@code from}: the way back to the site root. */
  static String root(String from) {
    int depth = 0;
    for (int i = 0; i < from.length(); i++) {
      if (from.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }

  /**
   * A link from page {@code from} to site file {@code to}, both relative to the site root: up to
   * their common folder, then down. Relative links work under any sub-path and from file://.
   */
  static String href(String from, String to) {
    String[] a = from.split("/");
    String[] b = to.split("/");
    int common = 0;
    while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder("../".repeat(a.length - 1 - common));
    for (int i = common; i < b.length; i++) {
      out.append(b[i]);
      if (i < b.length - 1) {
        out.append('/');
      }
    }
    return out.toString();
  }

  /** Ids become path segments; the validator enforces the pattern, this refuses anything else. */
  static String seg(String id) {
    if (id == null || !isSegment(id)) {
      throw new IllegalArgumentException("Not a safe id for a path: " + id);
    }
    return id;
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9.\-]*}, by hand: every link of every page checks its ids. */
  private static boolean isSegment(String id) {
    if (id.isEmpty() || !isAlnum(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
