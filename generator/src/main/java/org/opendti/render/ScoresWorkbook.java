package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scores.xlsx}: the open data's score table ({@link OpenData.Table}, the same columns and
 * rows as {@code scores.csv}) as an Excel workbook ({@link TableWorkbook}, which says why), for the
 * readers who open the scores in a spreadsheet: the number columns are number cells, the rest text
 * as written, with no apostrophe (an inline string is never a formula).
 */
final class ScoresWorkbook {

  /** The one sheet's name: the file's own name, as in the language-neutral {@code data/}. */
  static final String SHEET = "scores";

  private ScoresWorkbook() {}

  static byte[] xlsx(OpenData.Table table) {
    List<List<Object>> rows = new ArrayList<>(table.rows().size());
    for (List<String> row : table.rows()) {
      List<Object> cells = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        // Read back from the text the scorer wrote (toPlainString()): the CSV's value, exactly.
        cells.add(table.numeric(c) && !cell.isEmpty() ? new BigDecimal(cell) : cell);
      }
      rows.add(cells);
    }
    List<Double> widths = table.header().stream().map(ScoresWorkbook::width).toList();
    return TableWorkbook.xlsx(SHEET, table.header(), rows, widths, 2);
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
