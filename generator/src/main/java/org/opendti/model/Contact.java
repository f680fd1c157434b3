package org.opendti.model;

/**
 * A person named on a submission or review: the preparer (người lập biểu), the approving leader
 * (lãnh đạo duyệt) or a reviewer.
 */
public record Contact(String name, String office, String title, String phone, String email) {}
