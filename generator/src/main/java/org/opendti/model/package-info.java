/**
 * The immutable, typed model of everything opendti reads: criteria {@link
 * org.opendti.model.Framework frameworks}, the {@link org.opendti.model.UnitRegistry unit
 * registry}, unit {@link org.opendti.model.Submission submissions} and reviewers' {@link
 * org.opendti.model.Review reviews}.
 *
 * <p>Records only; collections are copied on construction and never null. Text is NFC-normalised by
 * the loader before it reaches these types. Points are {@link java.math.BigDecimal}.
 */
package org.opendti.model;
