package org.opendti.render;

/** Rendering failed: a template error, an unreadable template folder or an unsafe id. */
public class SiteRenderException extends RuntimeException {
  public SiteRenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
