package org.opendti.model;

import java.util.Objects;

/**
 * How a criterion's data are measured, and why the framework says so: reported by the unit itself,
 * verified against a document, or measured by a third party (a system, another agency, an external
 * score such as the portal quality score of {@code 000_…} VI.20). The 2025 national DTI publishes
 * the share measured automatically; scorecards show each unit's points by kind.
 *
 * <p>In JSON: {@code {"kind": "thirdParty", "reason": "…"}}, on a criterion or, as the default of
 * every criterion that states none, on the framework.
 *
 * @param reason why this kind, citing the source (required: the choice is a reading of the source)
 */
public record Measurement(Kind kind, String reason) {

  public Measurement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** The kinds of measurement. */
  public enum Kind {
    /** The unit reports the figure or answer itself; nothing but the review checks it. */
    SELF_REPORTED,
    /** The unit reports it and names a document (decision, report, plan) that reviewers check. */
    DOCUMENT_VERIFIED,
    /**
     * Someone else measures it: a government system, another agency's report, an external score.
     */
    THIRD_PARTY;

    /** The id used in JSON, e.g. "thirdParty". */
    public String jsonName() {
      return JsonNames.of(this);
    }
  }
}
