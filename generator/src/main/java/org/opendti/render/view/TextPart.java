package org.opendti.render.view;

/**
 * A piece of a sentence and the {@code lang} attribute it needs on its page: "" for the page's own
 * language, "vi" for what a framework says only in Vietnamese on an English page (WCAG 3.1.2).
 * Templates write each with {@code layout.part}.
 */
public record TextPart(String text, String lang) {

  /** The sentence {@code parts} make, without their languages (for a CSV cell, a title). */
  public static String join(java.util.List<TextPart> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(p -> out.append(p.text()));
    return out.toString();
  }
}
