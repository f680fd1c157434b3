package org.opendti.render.view;

/** A labelled link; {@code href} is relative to the page, or null for plain text. */
public record Link(String label, String href) {}
