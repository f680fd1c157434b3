package org.opendti.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;
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
          Code.UNKNOWN_EVIDENCE_KIND,
          at + "/kind",
          Texts.criterion(c),
          e.kind(),
          AnswerCheck.EVIDENCE_KINDS.stream().sorted().toList());
    } else if (!req.kinds().isEmpty() && !req.kinds().contains(e.kind())) {
      out.add(
          req.required() ? Severity.ERROR : Severity.WARNING,
          Code.EVIDENCE_KIND,
          at + "/kind",
          Texts.criterion(c),
          e.kind(),
          req.kinds(),
          Texts.blank(req.description())
              ? ""
              : Text.of("phrase.criterion-asks", req.description()));
    }
    if (period != null && e.date() != null && !period.contains(e.date())) {
      out.warning(
          Code.EVIDENCE_DATE_OUTSIDE_PERIOD,
          at + "/date",
          Texts.criterion(c),
          e.date(),
          period.id(),
          period.start(),
          period.end());
    }
    if (e.url() != null && !httpUrl(e.url())) {
      out.error(Code.EVIDENCE_URL_SCHEME, at + "/url", Texts.criterion(c), e.url());
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
