package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Mergers shown (issue #16): the sample province's fictional merger, Xã Mẫu Gia into Xã Mẫu Hòa
 * from the 2024 period, on the successor's scorecard: the predecessor's earlier results in its
 * history, and the change with its legal act; on the predecessor's last scorecard, where it went.
 */
class MergersOnSiteTest {

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Sites.site().resolve(path).toFile(), "UTF-8");
  }

  @Test
  void aSuccessorsScorecardShowsItsPredecessorsHistoryAndTheMerger() throws IOException {
    Path site = Sites.site();
    assertThat(site.resolve("units/mau-huyen-1-xa-5/gia-lai-2023-xa-2024.html")).doesNotExist();
    Document successor = page("units/mau-huyen-1-xa-6/gia-lai-2023-xa-2024.html");
    assertThat(successor.select("table.history tbody tr").eachText())
        .anyMatch(r -> r.startsWith("Xã Mẫu Gia") && r.contains("2023"))
        .anyMatch(r -> r.startsWith("Xã Mẫu Hòa") && r.contains("2024"));
    assertThat(successor.select("ul.unit-changes li").eachText())
        .singleElement()
        .asString()
        .startsWith("Từ ngày 15/11/2023, Xã Mẫu Gia nhập vào đơn vị này")
        .contains(
            "Căn cứ: Nghị quyết 01/NQ-MẪU (giả định) của Hội đồng nhân dân Tỉnh Mẫu (giả định),"
                + " Điều 1, ngày 20/10/2023.");

    Document predecessor = page("units/mau-huyen-1-xa-5/gia-lai-2023-xa-2023.html");
    assertThat(predecessor.select("ul.unit-changes li").text())
        .startsWith("Từ ngày 15/11/2023, đơn vị này nhập vào Xã Mẫu Hòa.");
    Document en = page("en/units/mau-huyen-1-xa-6/gia-lai-2023-xa-2024.html");
    assertThat(en.select("ul.unit-changes li").text()).startsWith("From 15/11/2023, Xã Mẫu Gia");
  }

  @Test
  void theRealUnitsScorecardsSayWhatBecameOfThem() throws IOException {
    Document ngaNam = page(Sites.firstPage(Sites.site(), "units/nga-nam/", ".html"));
    assertThat(ngaNam.select("ul.unit-changes li").eachText())
        .anyMatch(t -> t.contains("Phường Ngã Năm") && t.contains("Nghị quyết 203/2025/QH15"))
        .anyMatch(t -> t.contains("Nghị quyết 1668/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"));
    assertThat(ngaNam.select("ul.unit-changes a").eachAttr("href"))
        .allMatch(h -> h.startsWith("https://"));
  }
}
