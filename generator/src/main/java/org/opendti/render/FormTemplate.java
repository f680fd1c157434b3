package org.opendti.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.ProfileField;

/**
 * The Excel template of a framework's submission form, {@code forms/<framework>.xlsx} (English
 * under {@code en/}): a row per input with the criterion, what to fill in, the unit of measure and
 * the allowed values (drop-down lists where there is a choice), and evidence columns. The form
 * imports it back ({@code assets/form-excel.js}) and checks it as if typed. The layout is {@code
 * docs/formats.md}, "Excel template"; the form's "save as Excel" writes the same {@link Layout},
 * which {@link FormData} embeds in the page.
 *
 * <p>Every cell is an inline string: nothing the site writes is a formula, whatever a unit or
 * criterion name starts with. The value columns are formatted as text, so Excel keeps what the
 * official types ("99,5 %", "1.234") for the form to read by the Vietnamese rules instead of
 * guessing a number or a date.
 */
final class FormTemplate {

  /** Columns, in order: key, item, what to fill, unit and allowed values, value, … */
  static final List<String> COLUMNS =
      List.of(
          "key",
          "item",
          "what",
          "allowed",
          "value",
          "self",
          "na",
          "evKind",
          "evNumber",
          "evDate",
          "evIssuer",
          "evTitle",
          "evUrl",
          "notes",
          "method");

  /** Column index of the value an official fills in; the ones after it up to notes too. */
  static final int VALUE = COLUMNS.indexOf("value");

  static final int NOTES = COLUMNS.indexOf("notes");

  /** The header row (1-based row 3); data rows start below it. */
  static final int HEADER_ROW = 2;

  /**
   * Written as the workbook's creation time: the writer would put the clock's, and the site must be
   * the same bytes for the same input.
   */
  private static final String FIXED_CREATED = "2000-01-01T00:00:00Z";

  private static final double[] WIDTHS = {
    12, 40, 40, 24, 24, 10, 20, 16, 14, 12, 20, 30, 24, 24, 50
  };

  private FormTemplate() {}

  static String path(Lang lang, String framework) {
    return SitePaths.prefix(lang) + "forms/" + SitePaths.seg(framework) + ".xlsx";
  }

  /** The template's layout as JSON, which the form fetches for its Excel round trip. */
  static String sheetPath(Lang lang, String framework) {
    return SitePaths.prefix(lang) + "forms/" + SitePaths.seg(framework) + ".sheet.json";
  }

  /**
   * One row of the form sheet.
   *
   * @param key what the row holds, read back by the form: {@code unit}, {@code period}, {@code
   *     sector}, {@code preparer.name}…, {@code profile.<id>}, {@code <criterion>|<input>}, {@code
   *     <criterion>|+} (more evidence), {@code <criterion>|-} (scored by the inspection team)
   * @param list the name of the drop-down list of the value, or null
   * @param first the criterion's first row, which holds its self-score, claim and notes
   */
  record Row(
      String key,
      String item,
      String what,
      String allowed,
      String list,
      boolean first,
      boolean notApplicable,
      String method) {}

  /**
   * The whole template.
   *
   * @param marker cell A1, {@code opendti:<framework>}, so an import knows the framework
   * @param headers one per {@link #COLUMNS}
   * @param lists drop-down lists by name, in sheet column order
   */
  record Layout(
      String marker,
      String title,
      String help,
      String sheet,
      String listsSheet,
      List<String> headers,
      List<Row> rows,
      Map<String, List<String>> lists) {
    Layout {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
      lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }
  }

  /** The layout of a framework's template in a language ({@code t}: the interface text). */
  static Layout layout(
      Framework fw, Lang lang, Map<String, String> t, List<FormUnits.Choice> units) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("units", units.stream().map(u -> u.name() + " (" + u.id() + ")").toList());
    lists.put("periods", fw.periods().stream().map(Period::id).toList());
    lists.put("yesNo", List.of(t.get("yes"), t.get("no")));
    lists.put(
        "evidence",
        List.of("decision", "plan", "report", "document", "link", "photo", "other").stream()
            .map(k -> t.get("form.ev." + k))
            .toList());
    List<Row> rows = new ArrayList<>();
    String pick = t.get("form.xlsxPick");
    rows.add(unitRow("unit", t.get("formUnit"), t.get("formUnitName"), pick, "units"));
    rows.add(
        unitRow(
            "period",
            t.get("formUnit"),
            t.get("formPeriod"),
            String.join(
                "; ", fw.periods().stream().map(p -> FormPage.periodLabel(lang, p, t)).toList()),
            "periods"));
    if (!fw.aggregation().prioritySectors().isEmpty()) {
      lists.put(
          "sectors",
          fw.aggregation().prioritySectors().stream()
              .map(s -> lang.pick(s.name(), s.nameEn()) + " (" + s.id() + ")")
              .toList());
      rows.add(unitRow("sector", t.get("formUnit"), t.get("formSector"), pick, "sectors"));
    }
    for (String f : List.of("name", "office", "title", "phone", "email")) {
      rows.add(unitRow("preparer." + f, t.get("formPreparer"), contactLabel(f, t), "", null));
    }
    for (String f : List.of("name", "office", "title")) {
      rows.add(unitRow("approver." + f, t.get("formApprover"), contactLabel(f, t), "", null));
    }
    for (ProfileField f : fw.profileFields()) {
      InputKind kind = f.kind() == null ? InputKind.NUMBER : f.kind();
      rows.add(
          unitRow(
              "profile." + f.id(),
              t.get("formProfile"),
              lang.pick(f.label(), f.labelEn()),
              allowed(kind, lang.pick(f.unit(), f.unitEn()), t),
              null));
    }
    List<Criterion> criteria = new ArrayList<>();
    fw.pillars().forEach(p -> p.allCriteria().forEach(criteria::add));
    for (PrioritySector s : fw.aggregation().prioritySectors()) {
      criteria.addAll(s.criteria());
    }
    for (Criterion c : criteria) {
      criterionRows(c, lang, t, lists, rows);
    }
    String title = lang.pick(fw.title(), fw.titleEn());
    return new Layout(
        "opendti:" + fw.id(),
        t.get("formTitle") + ": " + title,
        t.get("form.xlsxHelp"),
        t.get("form.xlsxSheet"),
        t.get("form.xlsxLists"),
        COLUMNS.stream().map(k -> t.get("form.xlsxCol." + k)).toList(),
        rows,
        lists);
  }

  private static void criterionRows(
      Criterion c,
      Lang lang,
      Map<String, String> t,
      Map<String, List<String>> lists,
      List<Row> rows) {
    String item =
        c.id()
            + ". "
            + lang.pick(c.name(), c.nameEn())
            + " ("
            + t.get("maxPoints")
            + " "
            + lang.points(c.maxPoints())
            + ")";
    String method = MethodText.describe(lang, c);
    if (FormPage.reviewersScore(c)) {
      String who =
          c.verifyingUnit() == null || c.verifyingUnit().isBlank()
              ? t.get("formInspectionTeam")
              : c.verifyingUnit();
      rows.add(
          new Row(
              c.id() + "|-",
              item,
              t.get("form.scoredBy").replace("{0}", who),
              "",
              null,
              false,
              false,
              method));
      return;
    }
    String list = null;
    if (c.method() instanceof Method.Choice ch) {
      list = "c:" + c.id();
      lists.put(
          list, ch.options().stream().map(o -> lang.pick(o.labelOrId(), o.labelEn())).toList());
    }
    boolean first = true;
    for (InputDef d : FormInputs.of(c)) {
      String rowList =
          d.kind() == InputKind.BOOLEAN ? "yesNo" : d.kind() == InputKind.CHOICE ? list : null;
      rows.add(
          new Row(
              c.id() + "|" + d.id(),
              item,
              lang.pick(d.label(), d.labelEn()),
              allowed(d.kind(), lang.pick(d.unit(), d.unitEn()), t)
                  + (c.maxPoints() != null && d.kind() == InputKind.POINTS
                      ? " (≤ " + lang.points(c.maxPoints()) + ")"
                      : ""),
              rowList,
              first,
              first && c.notApplicableAllowed(),
              first ? method : ""));
      first = false;
    }
    rows.add(
        new Row(c.id() + "|+", item, t.get("form.xlsxMoreEvidence"), "", null, false, false, ""));
  }

  /** A row about the unit itself (who, which period, contacts, profile), not a criterion. */
  private static Row unitRow(String key, String item, String what, String allowed, String list) {
    return new Row(key, item, what, allowed, list, false, false, "");
  }

  private static String contactLabel(String field, Map<String, String> t) {
    return switch (field) {
      case "name" -> t.get("formName");
      case "office" -> t.get("formOffice");
      case "title" -> t.get("formJobTitle");
      case "phone" -> t.get("formPhone");
      default -> t.get("formEmail");
    };
  }

  /** "phần trăm 0–100 (%)", "ngày (dd/mm/yyyy)", "chọn trong danh sách". */
  private static String allowed(InputKind kind, String unit, Map<String, String> t) {
    String base =
        switch (kind) {
          case CHOICE, BOOLEAN -> t.get("form.xlsxPick");
          case DATE -> t.get("form.xlsxDate");
          default -> t.get("kind." + kind.jsonName());
        };
    return unit == null || unit.isBlank() ? base : base + " (" + unit + ")";
  }

  /** The template as an .xlsx file, the same bytes for the same layout. */
  static byte[] xlsx(Layout layout) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(bytes, "opendti", "1.0")) {
      wb.setCompressionLevel(StableZip.DRAFT_LEVEL);
      Worksheet ws = wb.newWorksheet(layout.sheet());
      Worksheet lists = wb.newWorksheet(layout.listsSheet());
      Map<String, org.dhatim.fastexcel.Range> ranges = new LinkedHashMap<>();
      int col = 0;
      for (Map.Entry<String, List<String>> list : layout.lists().entrySet()) {
        List<String> values = list.getValue();
        for (int r = 0; r < values.size(); r++) {
          lists.inlineString(r, col, values.get(r));
        }
        if (!values.isEmpty()) {
          ranges.put(list.getKey(), lists.range(0, col, values.size() - 1, col));
        }
        col++;
      }
      lists.setVisibilityState(VisibilityState.HIDDEN);
      ws.inlineString(0, 0, layout.marker());
      ws.inlineString(0, 1, layout.title());
      ws.style(0, 1).bold().fontSize(14).set();
      ws.inlineString(1, 1, layout.help());
      ws.range(1, 1, 1, NOTES).merge();
      ws.range(1, 1, 1, NOTES).style().wrapText(true).verticalAlignment("top").set();
      ws.rowHeight(1, 90);
      for (int c = 0; c < layout.headers().size(); c++) {
        ws.inlineString(HEADER_ROW, c, layout.headers().get(c));
        ws.width(c, WIDTHS[c]);
      }
      TableWorkbook.headerStyle(ws.range(HEADER_ROW, 0, HEADER_ROW, COLUMNS.size() - 1));
      int r = HEADER_ROW + 1;
      for (Row row : layout.rows()) {
        ws.inlineString(r, 0, row.key());
        ws.inlineString(r, 1, row.item());
        ws.inlineString(r, 2, row.what());
        ws.inlineString(r, 3, row.allowed());
        ws.inlineString(r, COLUMNS.size() - 1, row.method());
        ws.range(r, 0, r, 3)
            .style()
            .fillColor("F2F2F2")
            .wrapText(true)
            .verticalAlignment("top")
            .set();
        ws.style(r, COLUMNS.size() - 1)
            .fillColor("F2F2F2")
            .wrapText(true)
            .verticalAlignment("top")
            .set();
        if (!row.key().endsWith("|-")) {
          // Text: Excel keeps "99,5 %" and "1.234" as typed instead of guessing a number or date.
          ws.range(r, VALUE, r, NOTES)
              .style()
              .format("@")
              .wrapText(true)
              .verticalAlignment("top")
              .set();
        }
        if (row.list() != null && ranges.containsKey(row.list())) {
          ws.range(r, VALUE, r, VALUE)
              .validateWithList(ranges.get(row.list()))
              .showErrorMessage(true)
              .errorTitle(layout.headers().get(VALUE))
              .error(layout.headers().get(VALUE));
        }
        if (row.key().contains("|") && !row.key().endsWith("|-")) {
          ws.range(r, VALUE + 3, r, VALUE + 3)
              .validateWithList(ranges.get("evidence"))
              .showErrorMessage(true)
              .errorTitle(layout.headers().get(VALUE + 3))
              .error(layout.headers().get(VALUE + 3));
        }
        r++;
      }
      ws.freezePane(2, HEADER_ROW + 1);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StableZip.of(bytes.toByteArray(), FIXED_CREATED);
  }
}
