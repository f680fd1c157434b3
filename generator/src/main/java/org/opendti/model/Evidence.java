package org.opendti.model;

import java.time.LocalDate;

/**
 * A piece of evidence (tài liệu kiểm chứng / căn cứ tính điểm), e.g. "Kế hoạch số 79/KH-UBND ngày
 * 15/5/2023 của UBND thị xã".
 *
 * @param kind one of "decision", "plan", "report", "document", "link", "photo", "other"
 * @param number document number, e.g. "79/KH-UBND"; may be null
 * @param date document date; may be null
 * @param url http(s) link; may be null
 */
public record Evidence(
    String kind, String number, LocalDate date, String issuer, String title, String url) {}
