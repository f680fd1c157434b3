package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A scorecard's results across periods where the unit was assessed under more than one framework (a
 * commune of the sample province, also under Lạc Đạo's framework in 2024): the rows are grouped by
 * framework, each group under one header that names it once, not a column that repeats its long
 * title in every row (6–8 lines a row on a phone).
 */
class HistoryOnSiteTest {

  @Test
  void rowsOfEachFrameworkAreGroupedUnderItsTitleSaidOnce() throws IOException {
    Element table = historyTable("units/mau-huyen-1-xa-1/lac-dao-2024-2024.html");

    assertThat(table.select("thead th").eachText())
        .doesNotContain("Bộ tiêu chí")
        .startsWith("Kỳ", "Tổng điểm", "Hạng");
    List<Element> groups = table.select("tbody");
    assertThat(groups).hasSizeGreaterThan(1);
    List<String> titles = groups.stream().map(g -> g.child(0).text()).toList();
    assertThat(titles).doesNotHaveDuplicates();
    assertThat(titles)
        .anyMatch(t -> t.contains("cấp xã tỉnh Gia Lai"))
        .anyMatch(t -> t.contains("UBND xã"));
    int columns = table.select("thead th").size();
    for (Element group : groups) {
      Element header = group.child(0).child(0);
      assertThat(header.tagName()).isEqualTo("th");
      assertThat(header.attr("scope")).isEqualTo("rowgroup");
      assertThat(header.attr("colspan")).isEqualTo(String.valueOf(columns));
      // Under it, one row per period of that framework, each with its total's bar.
      List<Element> rows = group.select("tr").subList(1, group.select("tr").size());
      assertThat(rows).isNotEmpty().allMatch(r -> r.selectFirst("meter") != null);
      assertThat(rows).allMatch(r -> !r.text().contains(header.text()));
    }
    assertThat(table.select("tr[aria-current=page]")).hasSize(1);
  }

  /**
   * No framework of this repository classifies its totals (none of the seeds gives bands), so the
   * table has no "Xếp loại" column: a column empty in every row only widens the table on a phone.
   */
  @Test
  void noClassificationColumnWhereNoPeriodHasOne() throws IOException {
    Element table = historyTable("units/mau-huyen-1-xa-1/gia-lai-2023-xa-2024.html");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Kỳ", "Tổng điểm", "Hạng", "Bảng xếp hạng")
        .doesNotContain("Xếp loại");
    for (Element row : table.select("tbody tr:not(.framework)")) {
      assertThat(row.children()).hasSize(4);
    }
  }

  private static Element historyTable(String page) throws IOException {
    Document doc = Jsoup.parse(Sites.site().resolve(page).toFile(), "UTF-8");
    return doc.selectFirst("section[aria-labelledby=history] table.history");
  }
}
