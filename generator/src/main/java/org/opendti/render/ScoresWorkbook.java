package org.opendti.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code scores.xlsx}: the open data's score table ({@link OpenData.Table}, the same columns and
 * rows as {@code scores.csv}) as an Excel workbook, for the readers who open the scores in a
 * spreadsheet.
 *
 * <p>Why a workbook beside the CSV: a CSV file has no locale, and Excel reads one by the computer's
 * regional settings. Vietnamese writes decimals with a comma and separates lists with a semicolon
 * (CLDR's {@code vi} number symbols: decimal {@code ","}, group {@code "."}, list {@code ";"}, as
 * ICU's {@code data/locales/vi.txt} carries them), so a Vietnamese Excel may put a whole CSV row in
 * one column or read {@code 780.5} as text. In a workbook a number is a number cell, which Excel
 * shows in the reader's own way ({@code 780,5}), and a text is an inline string, never a formula,
 * whatever a unit's name starts with (the CSV needs {@link OpenData#neutralised} for that).
 *
 * <p>The header row stays in view and has filters; the units' ids and names stay at the left.
 * Reproducible like the form's template ({@link StableZip}).
 */
final class ScoresWorkbook {

  /** Written as the workbook's creation time instead of the clock's (see {@link StableZip}). */
  private static final String FIXED_CREATED = "2000-01-01T00:00:00Z";

  /** The one sheet's name: the file's own name, as in the language-neutral {@code data/}. */
  static final String SHEET = "scores";

  private ScoresWorkbook() {}

  static byte[] xlsx(OpenData.Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> header = table.header();
    try (Workbook wb = new Workbook(bytes, "opendti", "1.0")) {
      Worksheet ws = wb.newWorksheet(SHEET);
      for (int c = 0; c < header.size(); c++) {
        ws.inlineString(0, c, header.get(c));
        ws.width(c, width(header.get(c)));
      }
      ws.range(0, 0, 0, header.size() - 1).style().bold().fillColor("DCE6F1").set();
      int r = 1;
      for (List<String> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          String cell = row.get(c);
          if (cell.isEmpty()) {
            continue;
          } else if (table.numeric(c)) {
            ws.value(r, c, number(cell));
          } else {
            ws.inlineString(r, c, cell);
          }
        }
        r++;
      }
      ws.freezePane(2, 1);
      ws.setAutoFilter(0, 0, header.size() - 1);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StableZip.of(bytes.toByteArray(), FIXED_CREATED);
  }

  /**
   * A number column's cell, read back from the text the scorer wrote ({@code toPlainString()}): the
   * same value as in the CSV, exactly, until Excel stores it as a double.
   */
  private static BigDecimal number(String cell) {
    return new BigDecimal(cell);
  }

  /** Wide enough for the names; narrow for the many point columns. */
  private static double width(String column) {
    return switch (column) {
      case "unit_name", "parent_name" -> 32;
      case "unit_id", "parent_id", "submission_file", "approved_by", "commits", "sha256" -> 18;
      default -> Math.max(8, Math.min(18, column.length() + 2));
    };
  }
}
