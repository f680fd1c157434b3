package org.opendti.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Review;
import org.opendti.model.SubmissionKey;
import org.opendti.render.view.ScorecardView;

/**
 * Objections on the site: the host's issue form {@code
 * .github/ISSUE_TEMPLATE/object-to-a-result.yml} prefilled with the unit, framework, period and
 * criterion (GitHub fills an issue form's fields from query parameters named by their ids), and
 * each recorded objection as a row.
 *
 * <pre>{@code
 * ObjectionLinks.form("https://github.com/o/r", key, "3.3", page)
 * // https://github.com/o/r/issues/new?template=object-to-a-result.yml&unit=xa-a&framework=fw
 * //   &period=2023&criterion=3.3&title=Ki%E1%BA%BFn%20ngh%E1%BB%8B%3A%20xa-a%202023%203.3
 * }</pre>
 */
final class ObjectionLinks {

  /** The issue form's file name under {@code .github/ISSUE_TEMPLATE/}. */
  static final String TEMPLATE = "object-to-a-result.yml";

  private ObjectionLinks() {}

  /**
   * The prefilled objection form, or null when the repository's address is unknown.
   *
   * @param base {@code https://<host>/<owner>/<repo>} ({@link FormLinks#base}), or null
   * @param criterion the criterion objected to; null: the result as a whole
   */
  static String form(String base, SubmissionKey key, String criterion, PageContext page) {
    if (base == null) {
      return null;
    }
    String title =
        Messages.format(
            page.t("objectionIssueTitle"),
            key.unit(),
            key.period(),
            criterion == null ? "" : " " + criterion);
    return base
        + "/issues/new?template="
        + TEMPLATE
        + "&unit="
        + q(key.unit())
        + "&framework="
        + q(key.framework())
        + "&period="
        + q(key.period())
        + (criterion == null ? "" : "&criterion=" + q(criterion))
        + "&title="
        + q(title);
  }

  /** Every objection as a row, in file order. */
  static List<ScorecardView.ObjectionRow> rows(
      List<Review.Objection> objections, String base, PageContext page) {
    if (objections.isEmpty()) {
      return List.of(); // nearly every criterion: no stream set up per row
    }
    return objections.stream().map(o -> row(o, base, page)).toList();
  }

  static ScorecardView.ObjectionRow row(Review.Objection o, String base, PageContext page) {
    Lang lang = page.lang();
    return new ScorecardView.ObjectionRow(
        o.reference(),
        url(o.reference(), base),
        lang.date(o.received()),
        o.open(),
        o.open() ? "" : decision(o.decision(), page),
        o.reason() == null ? "" : o.reason(),
        o.decided() == null ? "" : lang.date(o.decided()));
  }

  /** The decision as the page says it. */
  static String decision(Review.Decision d, PageContext page) {
    return page.t(
        switch (d) {
          case UPHELD -> "objectionUpheld";
          case REJECTED -> "objectionRejected";
          case PARTLY_UPHELD -> "objectionPartlyUpheld";
        });
  }

  /** An issue number on the host, or a web address; null for anything else (a letter's number). */
  static String url(String reference, String base) {
    if (reference == null) {
      return null;
    }
    if (base != null && reference.matches("#[0-9]{1,9}")) {
      return base + "/issues/" + reference.substring(1);
    }
    return ScorecardPage.isWebUrl(reference) ? reference : null;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
