package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.model.Period;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code scores.xlsx}: the CSV's table for a Vietnamese Excel, which reads a CSV by its own
 * regional settings (decimal comma). Read back from the workbook's XML, cell by cell.
 */
class ScoresWorkbookTest {

  @TempDir Path schemas;

  /** One cell of the sheet: its type attribute ("n" for a number) and its text. */
  record Cell(String type, String text, boolean formula) {}

  @Test
  void theWorkbookHoldsTheCsvTableWithNumbersAsNumberCells() throws Exception {
    RenderedSite site = render(SiteFixture.input());
    for (String period : List.of("2023", "2024")) {
      List<CSVRecord> csv = csv(site, period);
      Map<String, Cell> sheet = cells(site.bytes("data/xa-mau/" + period + "/scores.xlsx"));
      List<String> header = csv.get(0).getParser().getHeaderNames();
      for (int c = 0; c < header.size(); c++) {
        assertThat(sheet.get(ref(0, c))).isEqualTo(new Cell("inlineStr", header.get(c), false));
      }
      int numbers = 0;
      for (int r = 0; r < csv.size(); r++) {
        for (int c = 0; c < header.size(); c++) {
          String expected = csv.get(r).get(c);
          Cell cell = sheet.get(ref(r + 1, c));
          String where = period + " " + ref(r + 1, c) + " " + header.get(c);
          if (expected.isEmpty()) {
            assertThat(cell).as(where).isNull();
          } else if (numeric(header.get(c))) {
            assertThat(cell.type()).as(where + " is a number cell").isEqualTo("n");
            assertThat(new BigDecimal(cell.text())).as(where).isEqualByComparingTo(expected);
            numbers++;
          } else {
            assertThat(cell).as(where).isEqualTo(new Cell("inlineStr", expected, false));
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
    Map<String, Cell> sheet = cells(site.bytes("data/xa-mau/2024/scores.xlsx"));
    // The CSV's "30.00": Excel shows a number cell in the reader's own style ("30,00" in
    // Vietnamese).
    assertThat(sheet.get("E2")).isEqualTo(new Cell("n", "30.00", false));
  }

  @Test
  void namesAndProvenanceThatLookLikeFormulasStayText() throws Exception {
    RenderedSite site = render(CsvInjectionTest.hostileInput());
    String period = CsvInjectionTest.hostileInput().scores().get(0).periodId();
    byte[] xlsx = site.bytes("data/xa-mau/" + period + "/scores.xlsx");
    Map<String, Cell> sheet = cells(xlsx);
    List<String> texts = new ArrayList<>();
    for (Cell cell : sheet.values()) {
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
    assertThat(sheetXml(xlsx)).doesNotContain("<f>", "<f ");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    byte[] a = render(SiteFixture.input()).bytes("data/xa-mau/2024/scores.xlsx");
    byte[] b = render(SiteFixture.input()).bytes("data/xa-mau/2024/scores.xlsx");
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theHeaderStaysInViewWithFilters() throws Exception {
    String xml = sheetXml(render(SiteFixture.input()).bytes("data/xa-mau/2024/scores.xlsx"));
    assertThat(xml)
        .contains("xSplit=\"2\"", "ySplit=\"1\"")
        .containsPattern("<autoFilter ref=\"A1:");
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

  /** "A1" for row 0, column 0. */
  private static String ref(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }

  private static String sheetXml(byte[] xlsx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no xl/worksheets/sheet1.xml");
  }

  /** Every cell of the first sheet by its reference ("B3"). */
  private static Map<String, Cell> cells(byte[] xlsx) throws Exception {
    Document doc;
    try (InputStream in =
        new ByteArrayInputStream(sheetXml(xlsx).getBytes(StandardCharsets.UTF_8))) {
      doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);
    }
    Map<String, Cell> cells = new TreeMap<>();
    NodeList cs = doc.getElementsByTagName("c");
    for (int i = 0; i < cs.getLength(); i++) {
      Element c = (Element) cs.item(i);
      boolean formula = c.getElementsByTagName("f").getLength() > 0;
      String text;
      if (c.getAttribute("t").equals("inlineStr")) {
        text = c.getElementsByTagName("t").item(0).getTextContent();
      } else {
        NodeList v = c.getElementsByTagName("v");
        if (v.getLength() == 0 && !formula) {
          continue; // a styled cell with nothing in it (the header's fill)
        }
        text = v.getLength() == 0 ? "" : v.item(0).getTextContent();
      }
      cells.put(c.getAttribute("r"), new Cell(c.getAttribute("t"), text, formula));
    }
    return cells;
  }
}
