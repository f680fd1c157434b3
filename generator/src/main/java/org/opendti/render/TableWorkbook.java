package org.opendti.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as an Excel workbook of one sheet, for the files the site offers to open in Excel beside
 * a CSV: the open data's scores ({@link ScoresWorkbook}) and the reviewers' tables ({@link
 * ReviewDashboard}).
 *
 * <p>Why a workbook beside the CSV: a CSV file has no locale, and Excel reads one by the computer's
 * regional settings. Vietnamese writes decimals with a comma and separates lists with a semicolon
 * (CLDR's {@code vi} number symbols: decimal {@code ","}, group {@code "."}, list {@code ";"}, as
 * ICU's {@code data/locales/vi.txt} carries them), so a Vietnamese Excel may put a whole CSV row in
 * one column or read {@code 780.5} as text. In a workbook a {@link BigDecimal} is a number cell,
 * which Excel shows in the reader's own way ({@code 780,5}), and a text is an inline string, never
 * a formula, whatever a unit's name starts with (a CSV needs {@link OpenData#neutralised} for
 * that).
 *
 * <p>The header row stays in view and has filters; the first columns, which name the row, stay at
 * the left. Reproducible like the form's template ({@link StableZip}).
 */
final class TableWorkbook {

  /** Written as the workbook's creation time instead of the clock's (see {@link StableZip}). */
  private static final String FIXED_CREATED = "2000-01-01T00:00:00Z";

  /**
   * Rows written out at a time: the writer keeps every cell until it writes it, and a 10,000-unit
   * score table is some 800,000 cells (issue #17's memory target).
   */
  private static final int FLUSH_ROWS = 1000;

  /** Excel's longest sheet name. */
  private static final int SHEET_NAME = 31;

  private TableWorkbook() {}

  /** A header row's look, here and in the form's template: bold on light blue, wrapped. */
  static void headerStyle(Range row) {
    row.style().bold().fillColor("DCE6F1").wrapText(true).verticalAlignment("top").set();
  }

  /**
   * @param sheet the sheet's name (cut to Excel's 31 characters)
   * @param header the first row
   * @param rows each a list of cells: a {@link BigDecimal} is a number, a string a text, {@code
   *     null} or "" an empty cell
   * @param widths each column's width in characters
   * @param frozen how many columns stay at the left when scrolling sideways
   */
  static byte[] xlsx(
      String sheet,
      List<String> header,
      Iterable<? extends List<?>> rows,
      List<Double> widths,
      int frozen) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(bytes, "opendti", "1.0")) {
      wb.setCompressionLevel(StableZip.DRAFT_LEVEL);
      Worksheet ws = wb.newWorksheet(sheet.substring(0, Math.min(sheet.length(), SHEET_NAME)));
      for (int c = 0; c < header.size(); c++) {
        ws.inlineString(0, c, header.get(c));
        ws.width(c, widths.get(c));
      }
      headerStyle(ws.range(0, 0, 0, header.size() - 1));
      // Set before the first flush, which writes the sheet's head.
      ws.freezePane(frozen, 1);
      int r = 1;
      for (List<?> row : rows) {
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          if (cell instanceof BigDecimal n) {
            ws.value(r, c, n);
          } else if (cell instanceof String s && !s.isEmpty()) {
            ws.inlineString(r, c, s);
          } else if (cell != null && !(cell instanceof String)) {
            throw new IllegalArgumentException("not a cell: " + cell.getClass());
          }
        }
        r++;
        if (r % FLUSH_ROWS == 0) {
          ws.flush();
        }
      }
      ws.setAutoFilter(0, 0, Math.max(0, r - 1), header.size() - 1);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StableZip.of(bytes.toByteArray(), FIXED_CREATED);
  }
}
