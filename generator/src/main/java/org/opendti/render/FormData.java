package org.opendti.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Classification;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.ProfileField;

/**
 * The framework as the submission form's script reads it, embedded in {@code <script
 * type="application/json" id="framework-data">}. Points and fractions are strings of their exact
 * decimal ({@code "9.98"}), so {@code form-scoring.js} computes with them like {@code BigDecimal}.
 *
 * <p>Safe inside a script element: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written
 * as {@code \}{@code uXXXX} escapes, so no string can close the element ({@code </script>}) or open
 * a comment.
 */
final class FormData {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper SAFE = new ObjectMapper();

  static {
    SAFE.getFactory().setCharacterEscapes(new ScriptSafe());
  }

  private FormData() {}

  /**
   * @param newFileUrl the repository's new-file page ({@code https://github.com/o/r/new/main}), or
   *     null
   * @param t the interface text the script shows, by key
   */
  static String json(Framework fw, Lang lang, String newFileUrl, Map<String, String> t) {
    return json(
        fw,
        lang,
        new FormLinks(newFileUrl, null, null, null),
        List.of(),
        (FormTemplate.Layout) null,
        t);
  }

  /**
   * The data of the form page itself: without the Excel layout, which only "save as Excel" and
   * opening an Excel file need; the script fetches it from {@code sheetUrl} then ({@link
   * #sheetJson}), so the page a phone loads and parses stays small.
   *
   * @param sheetUrl where the page finds the layout's JSON, relative to the page
   */
  static String json(
      Framework fw,
      Lang lang,
      FormLinks links,
      List<FormUnits.Choice> units,
      String unitData,
      String sheetUrl,
      Map<String, String> t) {
    ObjectNode root = tree(fw, lang, links, units, unitData, null, t);
    root.put("sheetUrl", sheetUrl);
    return write(root, fw);
  }

  /** The Excel layout as the file the form page fetches ({@code forms/<framework>.sheet.json}). */
  static String sheetJson(FormTemplate.Layout sheet) {
    ObjectNode n = JSON.createObjectNode();
    sheet(sheet, n);
    try {
      return SAFE.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new SiteRenderException("Cannot write the sheet layout " + sheet.sheet(), e);
    }
  }

  /**
   * @param links the host's pages and the site's files the form links to
   * @param units the units that may submit to the framework, in the order the picker lists them
   * @param sheet the Excel template's layout, which "save as Excel" writes; null for none
   * @param t the interface text the script shows, by key
   */
  static String json(
      Framework fw,
      Lang lang,
      FormLinks links,
      List<FormUnits.Choice> units,
      FormTemplate.Layout sheet,
      Map<String, String> t) {
    return write(tree(fw, lang, links, units, "", sheet, t), fw);
  }

  private static ObjectNode tree(
      Framework fw,
      Lang lang,
      FormLinks links,
      List<FormUnits.Choice> units,
      String unitData,
      FormTemplate.Layout sheet,
      Map<String, String> t) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", fw.id());
    root.put("title", lang.pick(fw.title(), fw.titleEn()));
    root.put("lang", lang.code());
    root.put("totalPoints", dec(fw.totalPoints()));
    ArrayNode periods = root.putArray("periods");
    for (Period p : fw.periods()) {
      ObjectNode n = periods.addObject();
      n.put("id", p.id());
      n.put("start", String.valueOf(p.start()));
      n.put("end", String.valueOf(p.end()));
      n.put("deadline", p.deadline() == null ? null : p.deadline().toString());
    }
    ArrayNode pillars = root.putArray("pillars");
    for (Group g : fw.pillars()) {
      ObjectNode n = pillars.addObject();
      n.put("id", g.id());
      n.put("name", lang.pick(g.name(), g.nameEn()));
      ArrayNode ids = n.putArray("criteria");
      g.allCriteria().forEach(c -> ids.add(c.id()));
    }
    aggregation(fw, lang, root.putObject("aggregation"));
    ArrayNode criteria = root.putArray("criteria");
    for (Criterion c : fw.allCriteria()) {
      criterion(c, lang, criteria.addObject());
    }
    ArrayNode profile = root.putArray("profileFields");
    for (ProfileField f : fw.profileFields()) {
      ObjectNode n = profile.addObject();
      n.put("id", f.id());
      n.put("label", lang.pick(f.label(), f.labelEn()));
      n.put("kind", f.kind() == null ? "number" : f.kind().jsonName());
      n.put("unit", lang.pick(f.unit(), f.unitEn()));
      n.put("required", f.required());
    }
    root.put("newFileUrl", links.newFile());
    root.put("editUrl", links.edit());
    root.put("templateUrl", links.template());
    root.put("guideUrl", links.guide());
    root.put("level", fw.level());
    units(fw, units, unitData, root);
    if (sheet != null) {
      sheet(sheet, root.putObject("sheet"));
    }
    ObjectNode text = root.putObject("t");
    new TreeMap<>(t).forEach(text::put);
    return root;
  }

  private static String write(ObjectNode root, Framework fw) {
    try {
      return SAFE.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new SiteRenderException("Cannot write the form data of " + fw.id(), e);
    }
  }

  private static void sheet(FormTemplate.Layout l, ObjectNode n) {
    n.put("marker", l.marker());
    n.put("title", l.title());
    n.put("help", l.help());
    n.put("sheet", l.sheet());
    n.put("listsSheet", l.listsSheet());
    ArrayNode headers = n.putArray("headers");
    l.headers().forEach(headers::add);
    ArrayNode rows = n.putArray("rows");
    for (FormTemplate.Row r : l.rows()) {
      ObjectNode o = rows.addObject();
      o.put("key", r.key());
      o.put("item", r.item());
      o.put("what", r.what());
      o.put("allowed", r.allowed());
      o.put("list", r.list());
      o.put("first", r.first());
      o.put("na", r.notApplicable());
      o.put("method", r.method());
    }
    ObjectNode lists = n.putObject("lists");
    l.lists().forEach((name, values) -> values.forEach(lists.withArray(name)::add));
  }

  /**
   * The units as compact rows, which {@code DtiScoring.units} in form-scoring.js turns back into
   * objects: {@code [id, name, other name, parent#, validFrom, validTo, [period# on main], [period#
   * accepted]]}, with each parent's name said once in {@code unitParents} (# −1: none), periods by
   * their index in {@code periods}, and an accepted submission's file found at {@code unitData +
   * period + "/submissions/" + id + ".json"}. A framework of 10,000 units sent each unit's fields,
   * folded search key and file links by name: 3.8 MB in every form page (issue #17).
   */
  private static void units(
      Framework fw, List<FormUnits.Choice> units, String unitData, ObjectNode root) {
    List<String> periods = fw.periods().stream().map(Period::id).toList();
    Map<String, Integer> parents = new java.util.LinkedHashMap<>();
    ArrayNode rows = JSON.createArrayNode();
    for (FormUnits.Choice u : units) {
      ArrayNode r = rows.addArray();
      r.add(u.id());
      r.add(u.name());
      r.add(u.otherName());
      r.add(u.parent().isEmpty() ? -1 : parents.computeIfAbsent(u.parent(), k -> parents.size()));
      r.add(u.validFrom() == null ? null : u.validFrom().toString());
      r.add(u.validTo() == null ? null : u.validTo().toString());
      ArrayNode onMain = r.addArray();
      u.onMain().forEach(id -> onMain.add(periods.indexOf(id)));
      ArrayNode accepted = r.addArray();
      u.accepted().forEach(id -> accepted.add(periods.indexOf(id)));
    }
    ArrayNode parentNames = root.putArray("unitParents");
    parents.keySet().forEach(parentNames::add);
    root.put("unitData", unitData);
    root.set("units", rows);
  }

  private static void aggregation(Framework fw, Lang lang, ObjectNode n) {
    n.put("rescaleNotApplicable", fw.aggregation().rescaleNotApplicable());
    n.put("bonus", camel(fw.aggregation().bonus()));
    ArrayNode sectors = n.putArray("prioritySectors");
    for (PrioritySector s : fw.aggregation().prioritySectors()) {
      ObjectNode o = sectors.addObject();
      o.put("id", s.id());
      o.put("name", lang.pick(s.name(), s.nameEn()));
      o.put("points", dec(s.points()));
      ArrayNode ids = o.putArray("criteria");
      s.criteria().forEach(c -> ids.add(c.id()));
    }
    ArrayNode bands = n.putArray("classification");
    for (Classification k : fw.aggregation().classification()) {
      ObjectNode o = bands.addObject();
      o.put("id", k.id());
      o.put("label", lang.pick(k.label(), k.labelEn()));
      o.put("minShare", dec(k.minShare()));
    }
  }

  private static void criterion(Criterion c, Lang lang, ObjectNode n) {
    n.put("id", c.id());
    n.put("name", lang.pick(c.name(), c.nameEn()));
    n.put("maxPoints", dec(c.maxPoints()));
    n.put("bonus", c.bonus());
    n.put("notApplicableAllowed", c.notApplicableAllowed());
    n.put("verifyingUnit", c.verifyingUnit());
    EvidenceRequirement req = c.evidence() == null ? EvidenceRequirement.NONE : c.evidence();
    ObjectNode ev = n.putObject("evidence");
    ev.put("required", req.required());
    ArrayNode kinds = ev.putArray("kinds");
    req.kinds().forEach(kinds::add);
    ev.put("description", req.description());
    ArrayNode inputs = n.putArray("inputs");
    for (InputDef d : FormInputs.of(c)) {
      ObjectNode i = inputs.addObject();
      i.put("id", d.id());
      i.put("label", lang.pick(d.label(), d.labelEn()));
      i.put("kind", d.kind().jsonName());
      i.put("unit", lang.pick(d.unit(), d.unitEn()));
    }
    method(c.method(), n.putObject("method"));
  }

  /** The method as in {@code docs/formats.md}, "Methods", with decimals as strings. */
  private static void method(Method m, ObjectNode n) {
    n.put("type", m.type());
    if (m instanceof Method.YesNo y) {
      n.put("input", y.input());
    } else if (m instanceof Method.Ratio r) {
      ids(n, "numerator", r.numerator());
      ids(n, "denominator", r.denominator());
      n.put("target", dec(r.target()));
      n.put("floor", dec(r.floor()));
      n.put("onZeroDenominator", camel(r.onZeroDenominator()));
    } else if (m instanceof Method.Bands b) {
      n.put("input", b.input());
      ArrayNode bands = n.putArray("bands");
      for (Method.Band band : b.bands()) {
        ObjectNode o = bands.addObject();
        o.put("min", dec(band.min()));
        o.put("below", dec(band.below()));
        o.put("fraction", dec(band.fraction()));
        o.put("points", dec(band.points()));
        o.put("label", band.label());
      }
    } else if (m instanceof Method.Choice ch) {
      n.put("input", ch.input());
      ArrayNode options = n.putArray("options");
      for (Method.Option o : ch.options()) {
        ObjectNode x = options.addObject();
        x.put("id", o.id());
        x.put("label", o.label());
        x.put("labelEn", o.labelEn());
        x.put("fraction", dec(o.fraction()));
        x.put("points", dec(o.points()));
      }
    } else if (m instanceof Method.ExternalScore e) {
      n.put("input", e.input());
      n.put("scale", dec(e.scale()));
    } else if (m instanceof Method.Cohort co) {
      ids(n, "numerator", co.numerator());
      ids(n, "denominator", co.denominator());
      n.put("variant", camel(co.variant()));
    } else if (m instanceof Method.Lateness l) {
      n.put("input", l.input());
      n.put("due", l.due() == null ? null : l.due().toString());
      n.put("pointsPerMonth", dec(l.pointsPerMonth()));
    } else if (m instanceof Method.EventDeduction d) {
      ArrayNode events = n.putArray("events");
      for (Method.EventRate r : d.events()) {
        events.addObject().put("input", r.input()).put("fraction", dec(r.fraction()));
      }
    } else if (m instanceof Method.Assessed a) {
      n.put("input", a.input());
      n.put("scoredBy", camel(a.scoredBy()));
    }
  }

  private static void ids(ObjectNode n, String field, List<String> ids) {
    ArrayNode a = n.putArray(field);
    ids.forEach(a::add);
  }

  private static String dec(BigDecimal v) {
    return v == null ? null : v.toPlainString();
  }

  /**
   * A JSON tree written safe for a {@code <script type="application/json">} element, as the form's
   * data is: also used by the compare page.
   */
  static String scriptSafe(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return SAFE.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SiteRenderException("Cannot write embedded data", e);
    }
  }

  /** ADD_CAPPED → addCapped, RELATIVE_TO_BEST → relativeToBest, as in the JSON files. */
  static String camel(Enum<?> e) {
    if (e == null) {
      return null;
    }
    List<String> parts = new ArrayList<>(List.of(e.name().toLowerCase(Locale.ROOT).split("_")));
    StringBuilder out = new StringBuilder(parts.remove(0));
    parts.forEach(p -> out.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1)));
    return out.toString();
  }

  /** Escapes the characters that could end a script element or break a JavaScript string. */
  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafe() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
