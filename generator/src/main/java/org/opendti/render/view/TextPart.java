package org.opendti.render.view;

/**
 * A piece of a sentence and the {@code lang} attribute it needs on its page: "" for the page's own
 * language, "vi" for what a framework says only in Vietnamese on an English page (WCAG 3.1.2).
 * Templates write each with {@code layout.part}.
 */
public record TextPart(String text, String lang) {}
