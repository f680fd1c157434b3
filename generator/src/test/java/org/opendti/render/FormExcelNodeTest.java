package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;

/**
 * The Excel round trip: the template the site builds ({@link FormTemplate}, fastexcel) is read by
 * the form's reader ({@code assets/form-excel.js}, under Node) as the layout it was built from;
 * what the form's writer saves reads back as what was written; and hostile workbooks are refused or
 * reported, never evaluated.
 */
class FormExcelNodeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ASSETS = NodeScript.ASSETS.toString();

  @BeforeAll
  static void load() throws IOException {
    FormPageTest.load();
  }

  /**
   * The framework data of a form page, with its units, and the sheet layout the form fetches from
   * {@code sheetUrl} put in as form.js does, written to a file.
   */
  private static Path formData(Path dir, Framework fw, Lang lang) throws IOException {
    Document doc = FormPageTest.render(FormPageTest.repo, lang, fw, null);
    ObjectNode data = (ObjectNode) JSON.readTree(doc.getElementById("framework-data").data());
    SiteIndex index = new SiteIndex(FormPageTest.repo);
    Map<String, String> t = FormPageTest.messages.get(lang);
    PageContext page =
        new PageContext(index, lang, FormPage.path(lang, fw.id()), FormPageTest.messages);
    data.set(
        "sheet",
        JSON.readTree(
            FormData.sheetJson(FormTemplate.layout(fw, lang, t, FormUnits.of(page, fw)))));
    Path file = dir.resolve(fw.id() + "-" + lang.code() + ".json");
    Files.writeString(file, JSON.writeValueAsString(data));
    return file;
  }

  private static byte[] template(Framework fw, Lang lang) {
    SiteIndex index = new SiteIndex(FormPageTest.repo);
    Map<String, String> t = FormPageTest.messages.get(lang);
    PageContext page =
        new PageContext(index, lang, FormPage.path(lang, fw.id()), FormPageTest.messages);
    return FormTemplate.xlsx(FormTemplate.layout(fw, lang, t, FormUnits.of(page, fw)));
  }

  private static JsonNode read(Path data, Path xlsx) throws Exception {
    return JSON.readTree(
        NodeScript.run("excel.js", ASSETS, "read", data.toString(), xlsx.toString()));
  }

  @Test
  void everyTemplateReadsBackAsItsLayoutWithNothingFilledIn(@TempDir Path tmp) throws Exception {
    for (Framework fw : FormPageTest.repo.dataset().frameworks()) {
      for (Lang lang : Lang.values()) {
        Path data = formData(tmp, fw, lang);
        Path xlsx = tmp.resolve(fw.id() + "-" + lang.code() + ".xlsx");
        Files.write(xlsx, template(fw, lang));
        JsonNode r = read(data, xlsx);
        String at = fw.id() + " " + lang;
        assertThat(r.get("problems")).as(at).isEmpty();
        List<String> keys = new ArrayList<>();
        r.get("keys").forEach(k -> keys.add(k.asText()));
        List<String> layout = new ArrayList<>();
        JSON.readTree(data.toFile())
            .at("/sheet/rows")
            .forEach(x -> layout.add(x.get("key").asText()));
        assertThat(keys.subList(3, keys.size())).as(at).isEqualTo(layout);
        assertThat(r.at("/submission/unit").asText()).isEmpty();
        r.at("/submission/answers")
            .forEach(a -> a.get("inputs").forEach(v -> assertThat(v.asText()).as(at).isEmpty()));
      }
    }
  }

  @Test
  void templatesAreTheSameBytesEveryBuild() {
    Framework fw = FormPageTest.repo.dataset().framework("nga-nam-2024").orElseThrow();
    assertThat(template(fw, Lang.VI)).isEqualTo(template(fw, Lang.VI));
  }

  @Test
  void whatTheFormWritesReadsBackAsWritten(@TempDir Path tmp) throws Exception {
    Framework fw = FormPageTest.repo.dataset().framework("nga-nam-2024").orElseThrow();
    Path data = formData(tmp, fw, Lang.VI);
    JsonNode lists = JSON.readTree(data.toFile()).at("/sheet/lists");
    ObjectNode filled = JSON.createObjectNode();
    ObjectNode info = filled.putObject("info");
    info.put("unit", "Thị xã Ngã Năm (nga-nam)");
    info.put("period", "2023");
    info.put("preparer.name", "=HYPERLINK(\"http://x\")");
    ObjectNode c8 = filled.putObject("criteria").putObject("8");
    c8.putObject("inputs").put("p", "99,5 %");
    c8.put("self", "9,95");
    c8.put("notes", "Số liệu <b>Cổng DVC</b> & \"trích\"");
    for (int i = 0; i < 3; i++) {
      c8.withArray("evidence")
          .addObject()
          .put("kind", lists.get("evidence").get(2).asText())
          .put("number", i + "/BC-UBND")
          .put("date", "17/10/2023");
    }
    ObjectNode c3 = ((ObjectNode) filled.get("criteria")).putObject("3");
    c3.putObject("inputs").put("value", lists.get("c:3").get(1).asText());
    Path in = tmp.resolve("data.json");
    JSON.writeValue(in.toFile(), filled);
    Path xlsx = tmp.resolve("out.xlsx");
    NodeScript.run("excel.js", ASSETS, "write", data.toString(), in.toString(), xlsx.toString());

    JsonNode r = read(data, xlsx);
    assertThat(r.get("problems")).isEmpty();
    JsonNode s = r.get("submission");
    assertThat(s.get("unit").asText()).isEqualTo("nga-nam");
    assertThat(s.get("period").asText()).isEqualTo("2023");
    assertThat(s.at("/preparer/name").asText()).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(s.at("/answers/8/inputs/p").asText()).isEqualTo("99,5 %");
    assertThat(s.at("/answers/8/selfScore").asText()).isEqualTo("9,95");
    assertThat(s.at("/answers/8/notes").asText()).isEqualTo("Số liệu <b>Cổng DVC</b> & \"trích\"");
    assertThat(s.at("/answers/8/evidence")).hasSize(3);
    assertThat(s.at("/answers/8/evidence/2/kind").asText()).isEqualTo("report");
    assertThat(s.at("/answers/8/evidence/2/date").asText()).isEqualTo("2023-10-17");
    assertThat(s.at("/answers/3/inputs/value").asText()).isEqualTo("trung-hoc-cao-dang");
    // Text the site writes is never a formula: inline strings only.
    String sheet = entry(Files.readAllBytes(xlsx), "xl/worksheets/sheet1.xml");
    assertThat(sheet).doesNotContain("<f>", "<f ").contains("t=\"inlineStr\"");
  }

  @Test
  void hostileWorkbooksAreRefusedOrReportedNeverEvaluated(@TempDir Path tmp) throws Exception {
    Framework fw = FormPageTest.repo.dataset().framework("nga-nam-2024").orElseThrow();
    Path data = formData(tmp, fw, Lang.VI);
    String head =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>opendti:nga-nam-2024</t></is></c></row>";
    // A formula's cached value is ignored and reported.
    String formula =
        head
            + "<row r=\"20\"><c r=\"A20\" t=\"inlineStr\"><is><t>8|p</t></is></c>"
            + "<c r=\"E20\"><f>WEBSERVICE(\"http://x\")</f><v>99</v></c></row>";
    JsonNode r = read(data, workbook(tmp, "f.xlsx", formula, ""));
    assertThat(r.get("problems").toString()).contains("xlsxFormula", "E20");
    assertThat(r.at("/submission/answers/8/inputs/p").asText()).isEmpty();
    // An entity declaration is refused before parsing.
    JsonNode bomb =
        read(data, workbook(tmp, "d.xlsx", head, "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"));
    assertThat(bomb.get("failed").asText()).isEqualTo("DOCTYPE");
    // Another framework's file is named as such.
    JsonNode other =
        read(data, workbook(tmp, "o.xlsx", head.replace("nga-nam-2024", "lac-dao-2024"), ""));
    assertThat(other.get("problems").toString()).contains("fileOtherFramework", "lac-dao-2024");
    // A number Excel stored with a percent format reads as the percentage the official saw.
    String percent =
        head
            + "<row r=\"20\"><c r=\"A20\" t=\"inlineStr\"><is><t>8|p</t></is></c>"
            + "<c r=\"E20\" s=\"1\"><v>0.995</v></c></row>";
    JsonNode p = read(data, workbook(tmp, "p.xlsx", percent, ""));
    assertThat(p.at("/submission/answers/8/inputs/p").asText()).isEqualTo("99,5%");
    // Keys that name Object's prototype are unknown rows, not a crash or a pollution.
    String proto =
        head
            + "<row r=\"20\"><c r=\"A20\" t=\"inlineStr\"><is><t>__proto__|x</t></is></c>"
            + "<c r=\"E20\" t=\"inlineStr\"><is><t>1</t></is></c></row>"
            + "<row r=\"21\"><c r=\"A21\" t=\"inlineStr\"><is><t>constructor</t></is></c></row>";
    JsonNode polluted = read(data, workbook(tmp, "x.xlsx", proto, ""));
    assertThat(polluted.get("problems").toString())
        .contains("xlsxUnknownRow", "__proto__|x", "constructor");
    // Not a zip at all.
    Path junk = tmp.resolve("junk.xlsx");
    Files.writeString(junk, "not a zip");
    assertThat(read(data, junk).get("excel").asBoolean()).isTrue();
  }

  /**
   * What officials type by hand in Excel: a unit's name without the id the list adds is taken when
   * it names one unit; a date that is no day of the calendar, or in another order, is named with
   * its cell instead of vanishing from the date field.
   */
  @Test
  void namesAndDatesTypedByHandAreTakenOrNamedWithTheirCell(@TempDir Path tmp) throws Exception {
    Framework fw = FormPageTest.repo.dataset().framework("nga-nam-2024").orElseThrow();
    Path data = formData(tmp, fw, Lang.VI);
    String rows =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>opendti:nga-nam-2024</t></is></c></row>"
            + textRow(5, "unit", "E", "thi xa Nga Nam")
            + textRow(20, "1|date", "E", "31/02/2023")
            + textRow(21, "2|date", "E", "2023/12/20")
            + textRow(22, "3|value", "J", "32/10/2023")
            + textRow(23, "4|p", "J", "17.10.2023");
    JsonNode r = read(data, workbook(tmp, "typed.xlsx", rows, ""));
    assertThat(r.at("/submission/unit").asText()).isEqualTo("nga-nam");
    assertThat(r.at("/submission/answers/1/inputs/date").asText()).isEmpty();
    assertThat(r.at("/submission/answers/2/inputs/date").asText()).isEmpty();
    assertThat(r.at("/submission/answers/4/evidence/0/date").asText()).isEqualTo("2023-10-17");
    String bad = "không phải một ngày có thật: ghi ngày theo dạng dd/mm/yyyy, ví dụ 20/12/2023.";
    assertThat(r.get("problems").toString())
        .contains("[\"E20\",\"“31/02/2023” " + bad + "\"]")
        .contains("[\"E21\",\"“2023/12/20” " + bad + "\"]")
        .contains("[\"J22\",\"“32/10/2023” " + bad + "\"]")
        .doesNotContain("E5", "J23");
    // A name no entry has says how to pick one.
    String unknown =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>opendti:nga-nam-2024</t></is></c></row>"
            + textRow(5, "unit", "E", "Không có đơn vị này");
    JsonNode none = read(data, workbook(tmp, "none.xlsx", unknown, ""));
    assertThat(none.get("problems").toString())
        .contains("bấm vào ô và chọn trong danh sách thả xuống");
    // A name two entries share is not guessed: both are named.
    ObjectNode two = (ObjectNode) JSON.readTree(data.toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) two.at("/sheet/lists/units"))
        .add("Thị xã Ngã Năm (nga-nam-cu)");
    Files.writeString(data, JSON.writeValueAsString(two));
    JsonNode shared = read(data, workbook(tmp, "typed2.xlsx", rows, ""));
    assertThat(shared.at("/submission/unit").asText()).isEmpty();
    assertThat(shared.get("problems").toString())
        .contains(
            "“thi xa Nga Nam” trùng với nhiều mục (Thị xã Ngã Năm (nga-nam); Thị xã Ngã Năm"
                + " (nga-nam-cu))");
  }

  /** A row of the form's sheet: its key in column A and {@code text} in {@code column}. */
  private static String textRow(int row, String key, String column, String text) {
    return "<row r=\""
        + row
        + "\"><c r=\"A"
        + row
        + "\" t=\"inlineStr\"><is><t>"
        + key
        + "</t></is></c><c r=\""
        + column
        + row
        + "\" t=\"inlineStr\"><is><t>"
        + text
        + "</t></is></c></row>";
  }

  /** A minimal workbook whose first sheet holds {@code rows}, with a percent style at index 1. */
  private static Path workbook(Path dir, String name, String rows, String prolog)
      throws IOException {
    String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    Map<String, String> parts =
        Map.of(
            "xl/workbook.xml",
            "<workbook xmlns=\""
                + ns
                + "\" xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/>"
                + "</sheets></workbook>",
            "xl/_rels/workbook.xml.rels",
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>",
            "xl/styles.xml",
            "<styleSheet xmlns=\""
                + ns
                + "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/>"
                + "</cellXfs></styleSheet>",
            "xl/worksheets/sheet1.xml",
            prolog
                + "<worksheet xmlns=\""
                + ns
                + "\"><sheetData>"
                + rows
                + "</sheetData></worksheet>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String part :
          List.of(
              "xl/workbook.xml",
              "xl/_rels/workbook.xml.rels",
              "xl/styles.xml",
              "xl/worksheets/sheet1.xml")) {
        zip.putNextEntry(new ZipEntry(part));
        zip.write(parts.get(part).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path file = dir.resolve(name);
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}
