package org.opendti.render;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, made at build time (issue #16: the printed scorecard leads back to its
 * page). The modules come from {@link QrCode} (error correction M, with a 4-module quiet zone);
 * each dark module is one square of a single path, in module units, so the code scales to any
 * printed size.
 *
 * <pre>{@code
 * QrSvg.of("https://dti.example.vn/units/nga-nam/nga-nam-2024-2023.html", "Mã QR …");
 * // <svg class="qr" role="img" viewBox="0 0 41 41" …><title>Mã QR …</title><path d="M4,4h1v1h-1z…"/></svg>
 * }</pre>
 */
final class QrSvg {

  private static final int QUIET = 4;

  private QrSvg() {}

  /** The SVG of {@code text}'s QR code; {@code label} is its text alternative (escaped here). */
  static String of(String text, String label) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + QUIET * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
        }
      }
    }
    return "<svg class=\"qr\" role=\"img\" aria-labelledby=\"qr-title\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\">"
        + "<title id=\"qr-title\">"
        + escape(label)
        + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
