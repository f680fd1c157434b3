package org.opendti.model;

import java.time.LocalDate;

/**
 * Where a framework comes from: the issuing authority and its decision.
 *
 * @param authority issuer, e.g. "UBND tỉnh Gia Lai"
 * @param document document number, e.g. "209/QĐ-UBND"
 * @param date date of the document; null where the source leaves it blank
 * @param seed the seed file in {@code shared/seeds} the encoding was taken from, if any
 * @param note Markdown: decisions taken while encoding (e.g. how an inconsistency was resolved)
 */
public record Source(String authority, String document, LocalDate date, String seed, String note) {}
