package org.opendti.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as the site's CSV files write it: UTF-8 with a byte order mark (so that Excel shows
 * Vietnamese), RFC 4180 with CRLF line ends, the header then each row made inert for spreadsheets
 * by the caller's rule (the open data's scores: text columns only, {@link OpenData#neutralised};
 * the reviewers' tables: every cell, {@link ReviewDashboard#neutral}). The same table as a workbook
 * is {@link TableWorkbook}.
 */
final class TableCsv {

  private TableCsv() {}

  static byte[] of(
      List<String> header, Iterable<List<String>> rows, UnaryOperator<List<String>> inert) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter out =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
      w.write('\uFEFF');
      out.printRecord(header);
      for (List<String> r : rows) {
        out.printRecord(inert.apply(r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
