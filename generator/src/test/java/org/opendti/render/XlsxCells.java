package org.opendti.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the first sheet of a workbook the site writes, cell by cell, for tests. */
public final class XlsxCells {

  /** One cell of the sheet: its type attribute ("n" for a number) and its text. */
  public record Cell(String type, String text, boolean formula) {}

  private XlsxCells() {}

  /** "A1" for row 0, column 0. */
  public static String ref(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }

  public static String sheetXml(byte[] xlsx) throws IOException {
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
  public static Map<String, Cell> read(byte[] xlsx) throws IOException {
    Document doc;
    try (InputStream in =
        new ByteArrayInputStream(sheetXml(xlsx).getBytes(StandardCharsets.UTF_8))) {
      doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("not a sheet: " + e.getMessage(), e);
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
