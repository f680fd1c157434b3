package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.model.Period;

/**
 * {@code scores.xlsx}: the CSV's table for a Vietnamese Excel, which reads a CSV by its own
 * regional settings (decimal comma). Read back from the workbook's XML, cell by cell.
 */
class ScoresWorkbookTest {

  @TempDir Path schemas;

  @Test
  void theWorkbookHoldsTheCsvTableWithNumbersAsNumberCells() throws Exception {
    RenderedSite site = render(SiteFixture.input());
    for (String period : List.of("2023", "2024")) {
      List<CSVRecord> csv = csv(site, period);
      Map<String, XlsxCells.Cell> sheet =
          XlsxCells.read(site.bytes("data/xa-mau/" + period + "/scores.xlsx"));
      List<String> header = csv.get(0).getParser().getHeaderNames();
      for (int c = 0; c < header.size(); c++) {
        assertThat(sheet.get(XlsxCells.ref(0, c)))
            .isEqualTo(new XlsxCells.Cell("inlineStr", header.get(c), false));
      }
      int numbers = 0;
      for (int r = 0; r < csv.size(); r++) {
        for (int c = 0; c < header.size(); c++) {
          String expected = csv.get(r).get(c);
          XlsxCells.Cell cell = sheet.get(XlsxCells.ref(r + 1, c));
          String where = period + " " + XlsxCells.ref(r + 1, c) + " " + header.get(c);
          if (expected.isEmpty()) {
            assertThat(cell).as(where).isNull();
          } else if (numeric(header.get(c))) {
            assertThat(cell.type()).as(where + " is a number cell").isEqualTo("n");
            assertThat(new BigDecimal(cell.text())).as(where).isEqualByComparingTo(expected);
            numbers++;
          } else {
            assertThat(cell).as(where).isEqualTo(new XlsxCells.Cell("inlineStr", expected, false));
          }
        }
      }
      assertThat(sheet).as("no cell beyond the table").hasSize(countNonEmpty(csv) + header.size());
      assertThat(numbers).isGreaterThan(csv.size() * 5);
    }
  }

  @Test
  void aDecimalIsANumberNotText() throws Exception {
    RenderedSite site = render(SiteFixture.input());
    Map<String, XlsxCells.Cell> sheet = XlsxCells.read(site.bytes("data/xa-mau/2024/scores.xlsx"));
    // The CSV's "30.00": Excel shows a number cell in the reader's own style ("30,00" in
    // Vietnamese).
    assertThat(sheet.get("E2")).isEqualTo(new XlsxCells.Cell("n", "30.00", false));
  }

  @Test
  void namesAndProvenanceThatLookLikeFormulasStayText() throws Exception {
    RenderedSite site = render(CsvInjectionTest.hostileInput());
    String period = CsvInjectionTest.hostileInput().scores().get(0).periodId();
    byte[] xlsx = site.bytes("data/xa-mau/" + period + "/scores.xlsx");
    Map<String, XlsxCells.Cell> sheet = XlsxCells.read(xlsx);
    List<String> texts = new ArrayList<>();
    for (XlsxCells.Cell cell : sheet.values()) {
      assertThat(cell.formula()).as(cell.toString()).isFalse();
      if (cell.type().equals("inlineStr")) {
        texts.add(cell.text());
      }
    }
    // As written, without the CSV's apostrophe: an inline string is never run.
    assertThat(texts)
        .containsAll(CsvInjectionTest.FORMULAS.subList(0, 4))
        .contains("=cmd|' /C calc'!A0", "@org/team +x")
        .noneMatch(t -> t.startsWith("'"));
    assertThat(XlsxCells.sheetXml(xlsx)).doesNotContain("<f>", "<f ");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    byte[] a = render(SiteFixture.input()).bytes("data/xa-mau/2024/scores.xlsx");
    byte[] b = render(SiteFixture.input()).bytes("data/xa-mau/2024/scores.xlsx");
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theHeaderStaysInViewWithFilters() throws Exception {
    String xml =
        XlsxCells.sheetXml(render(SiteFixture.input()).bytes("data/xa-mau/2024/scores.xlsx"));
    assertThat(xml)
        .contains("xSplit=\"2\"", "ySplit=\"1\"")
        .containsPattern("<autoFilter ref=\"A1:");
  }

  /** A table longer than the rows the writer keeps at a time: every row, the filter over all. */
  @Test
  void aLongTableIsWrittenWhole() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 1; i <= 2500; i++) {
      rows.add(List.of("u" + i, new BigDecimal(i).movePointLeft(2), i % 7 == 0 ? "" : "=x" + i));
    }
    byte[] xlsx =
        TableWorkbook.xlsx("t", List.of("id", "points", "note"), rows, List.of(8.0, 8.0, 8.0), 1);
    Map<String, XlsxCells.Cell> sheet = XlsxCells.read(xlsx);
    assertThat(sheet).hasSize(3 + 2500 * 2 + (2500 - 2500 / 7));
    assertThat(sheet.get("A2501")).isEqualTo(new XlsxCells.Cell("inlineStr", "u2500", false));
    assertThat(sheet.get("B2501")).isEqualTo(new XlsxCells.Cell("n", "25.00", false));
    assertThat(sheet.get("C1001")).isEqualTo(new XlsxCells.Cell("inlineStr", "=x1000", false));
    assertThat(sheet.get("C1002")).isNull(); // 1001 = 7 × 143
    assertThat(XlsxCells.sheetXml(xlsx))
        .contains("<autoFilter ref=\"A1:C2501\"", "xSplit=\"1\"", "ySplit=\"1\"");
    assertThat(
            TableWorkbook.xlsx(
                "t", List.of("id", "points", "note"), rows, List.of(8.0, 8.0, 8.0), 1))
        .isEqualTo(xlsx);
  }

  /**
   * A name with characters XML 1.0 cannot hold (a control character, a lone surrogate) still gives
   * a workbook a spreadsheet opens: the writer leaves those characters out, keeps the rest.
   */
  @Test
  void charactersXmlCannotHoldAreLeftOut() throws IOException {
    byte[] xlsx =
        TableWorkbook.xlsx(
            "t",
            List.of("name"),
            List.of(List.of("Xã\u0001 A\uD800"), List.of("<b>&amp;\"'")),
            List.of(8.0),
            1);
    Map<String, XlsxCells.Cell> sheet = XlsxCells.read(xlsx);
    assertThat(sheet.get("A2").text()).isEqualTo("Xã A");
    assertThat(sheet.get("A3").text()).isEqualTo("<b>&amp;\"'");
  }

  @Test
  void theTableIsBuiltOnceForBothFiles() {
    SiteIndex index = new SiteIndex(SiteFixture.input());
    Period p = SiteFixture.framework().period("2024").orElseThrow();
    OpenData.Table table = OpenData.table(index, SiteFixture.framework(), p);
    assertThat(OpenData.csv(table)).isEqualTo(OpenData.csv(index, SiteFixture.framework(), p));
    assertThat(table.rows()).allSatisfy(r -> assertThat(r).hasSameSizeAs(table.header()));
  }

  private RenderedSite render(SiteInput input) {
    try {
      Files.writeString(schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return SiteRendererTest.renderer(schemas, null).render(input);
  }

  private static List<CSVRecord> csv(RenderedSite site, String period) throws IOException {
    String text =
        new String(site.bytes("data/xa-mau/" + period + "/scores.csv"), StandardCharsets.UTF_8)
            .substring(1);
    return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords();
  }

  private static int countNonEmpty(List<CSVRecord> csv) {
    int n = 0;
    for (CSVRecord r : csv) {
      for (String v : r) {
        n += v.isEmpty() ? 0 : 1;
      }
    }
    return n;
  }

  private static boolean numeric(String column) {
    return column.equals("total")
        || column.startsWith("rank_")
        || column.startsWith("pillar_")
        || column.startsWith("criterion_")
        || column.endsWith("_pull_request");
  }
}
