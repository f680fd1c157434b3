package org.opendti.render;

import java.net.URI;
import java.net.URISyntaxException;
import org.opendti.diagnostic.Lang;

/**
 * Where the submission form sends the official and which files it offers: the host's new-file and
 * edit pages of the repository's main branch (GitHub's URL scheme, also GitHub Enterprise Server),
 * the framework's Excel template and the illustrated guide. Each is null when unknown.
 *
 * <pre>{@code
 * FormLinks.repository("https://github.com/opendti/dti-tinh")
 * // newFile https://github.com/opendti/dti-tinh/new/main
 * // edit    https://github.com/opendti/dti-tinh/edit/main/   (+ submissions/…/unit.json)
 * // guide   https://github.com/opendti/dti-tinh/blob/main/docs/submit-guide.md
 * }</pre>
 *
 * @param newFile the new-file page, e.g. {@code https://github.com/o/r/new/main}
 * @param edit the prefix of a file's edit page, ending in {@code /}
 * @param template the Excel template, relative to the form page
 * @param guide the guide for officials in the page's language
 */
record FormLinks(String newFile, String edit, String template, String guide) {

  /** The guide's Vietnamese and English files in the repository. */
  static final String GUIDE_VI = "docs/submit-guide.md";

  static final String GUIDE_EN = "docs/submit-guide.en.md";

  /** The same links with the template's address. */
  FormLinks withTemplate(String href) {
    return new FormLinks(newFile, edit, href, guide);
  }

  /**
   * The links of a repository {@code https://<host>/<owner>/<repo>} (a trailing {@code .git} or
   * slash is fine); all null without one.
   *
   * @throws IllegalArgumentException if the address is not https with an owner and a repository
   */
  static FormLinks repository(String repositoryUrl, Lang lang) {
    String base = base(repositoryUrl);
    if (base == null) {
      return new FormLinks(null, null, null, null);
    }
    return new FormLinks(
        base + "/new/main",
        base + "/edit/main/",
        null,
        base + "/blob/main/" + (lang == Lang.VI ? GUIDE_VI : GUIDE_EN));
  }

  /** {@code https://<host>/<owner>/<repo>}, or null when no address is configured. */
  static String base(String repositoryUrl) {
    if (repositoryUrl == null || repositoryUrl.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(repositoryUrl.strip());
      String path = uri.getPath() == null ? "" : uri.getPath();
      path = path.replaceAll("/+$", "").replaceAll("\\.git$", "");
      String[] parts = path.replaceFirst("^/", "").split("/");
      boolean https = "https".equalsIgnoreCase(uri.getScheme());
      if (!https
          || uri.getHost() == null
          || parts.length != 2
          || !parts[0].matches("[A-Za-z0-9._-]+")
          || !parts[1].matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException(
            "repositoryUrl must be https://<host>/<owner>/<repo>: " + repositoryUrl);
      }
      return "https://" + uri.getHost() + "/" + parts[0] + "/" + parts[1];
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("repositoryUrl is not a URL: " + repositoryUrl, e);
    }
  }
}
