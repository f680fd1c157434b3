package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

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
    List<Boolean> numeric = table.numeric();
    Iterable<List<Object>> rows =
        () ->
            StreamSupport.stream(table.rows().spliterator(), false)
                .map(row -> cells(numeric, row))
                .iterator();
    List<Double> widths = table.header().stream().map(ScoresWorkbook::width).toList();
    return TableWorkbook.xlsx(SHEET, table.header(), rows, widths, 2);
  }

  /** A row's cells, the number columns read back from the text the scorer wrote: exactly. */
  private static List<Object> cells(List<Boolean> numeric, List<String> row) {
    List<Object> cells = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      String cell = row.get(c);
      cells.add(numeric.get(c) && !cell.isEmpty() ? new BigDecimal(cell) : cell);
    }
    return cells;
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
