package org.opendti.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.opendti.diagnostic.Severity;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Period;

/**
 * One piece of evidence (tài liệu kiểm chứng): a known kind the criterion accepts, a date within
 * the period, and a link the site may render (only http and https survive the hardened renderer).
 */
final class EvidenceCheck {

  private EvidenceCheck() {}

  static void check(
      Criterion c, EvidenceRequirement req, Evidence e, Period period, String at, Findings out) {
    if (!AnswerCheck.EVIDENCE_KINDS.contains(e.kind())) {
      out.error(
          "unknown-evidence-kind",
          at + "/kind",
          Texts.criterion(c) + ": evidence kind \"" + e.kind() + "\" is unknown",
          "use one of " + String.join(", ", AnswerCheck.EVIDENCE_KINDS.stream().sorted().toList()));
    } else if (!req.kinds().isEmpty() && !req.kinds().contains(e.kind())) {
      out.add(
          req.required() ? Severity.ERROR : Severity.WARNING,
          "evidence-kind",
          at + "/kind",
          Texts.criterion(c)
              + ": evidence of kind "
              + e.kind()
              + " is not what the criterion accepts ("
              + String.join(", ", req.kinds())
              + ")",
          Texts.blank(req.description()) ? null : "the criterion asks for: " + req.description());
    }
    if (period != null && e.date() != null && !period.contains(e.date())) {
      out.warning(
          "evidence-date-outside-period",
          at + "/date",
          Texts.criterion(c)
              + ": evidence dated "
              + e.date()
              + " is outside the period "
              + period.id()
              + " ("
              + period.start()
              + ".."
              + period.end()
              + ")",
          "evidence should show what happened during the period");
    }
    if (e.url() != null && !httpUrl(e.url())) {
      out.error(
          "evidence-url-scheme",
          at + "/url",
          Texts.criterion(c) + ": evidence link \"" + e.url() + "\" is not an http or https URL",
          "link to a public https:// address");
    }
  }

  private static boolean httpUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException ex) {
      return false;
    }
  }
}
