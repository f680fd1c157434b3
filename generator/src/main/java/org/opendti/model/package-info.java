/**
 * The immutable, typed model of everything opendti reads: criteria {@link
 * org.opendti.model.Framework frameworks}, the {@link org.opendti.model.UnitRegistry unit
 * registry}, unit {@link org.opendti.model.Submission submissions}, reviewers' {@link
 * org.opendti.model.Review reviews} (their corrections), and the policy files ({@link
 * org.opendti.model.AccessPolicy}, {@link org.opendti.model.InsightThresholds}).
 *
 * <p>Composite identities are typed: {@link org.opendti.model.CohortKey} (framework + period) and
 * {@link org.opendti.model.SubmissionKey} (framework + period + unit), never strings joined with a
 * separator. Records and small immutable classes; collections are copied on construction and never
 * null. Text is NFC-normalised by the loader before it reaches these types. Points are {@link
 * java.math.BigDecimal}.
 */
package org.opendti.model;
