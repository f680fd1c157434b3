package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

/** The printed scorecard's QR code: the library's modules, drawn one square each. */
class QrSvgTest {

  @Test
  void drawsEveryDarkModuleOfTheLibrarysCodeAndEscapesItsLabel() {
    String url = "https://dti.example.vn/units/nga-nam/nga-nam-2024-2023.html";
    String svg = QrSvg.of(url, "Mã QR <trang> & \"địa chỉ\"");
    QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
    int dark = 0;
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          dark++;
          assertThat(svg).contains("M" + (x + 4) + "," + (y + 4) + "h1v1h-1z");
        }
      }
    }
    assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
    assertThat(svg).contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"");
    assertThat(svg)
        .contains("<title id=\"qr-title\">Mã QR &lt;trang&gt; &amp; &quot;địa chỉ&quot;</title>");
  }
}
