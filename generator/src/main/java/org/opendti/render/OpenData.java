package org.opendti.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.diagnostic.Lang;
import org.opendti.git.FileProvenance;
import org.opendti.insight.CohortIntegrity;
import org.opendti.insight.Flag;
import org.opendti.insight.Insights;
import org.opendti.insight.Opportunity;
import org.opendti.insight.UnitOpportunities;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.load.ModelJson;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Period;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * Open data: per framework and period {@code scores.csv} (UTF-8 with a byte order mark so Excel
 * shows Vietnamese; numbers with a decimal point), the same table as {@code scores.xlsx} ({@link
 * ScoresWorkbook}) and {@code scores.json}, plus the Frictionless {@code datapackage.json} listing
 * them. One row per scored unit, best total first. JSON is written without indentation: the open
 * data of 10,000 units and two periods is a third of a Pages-sized site (issue #17).
 */
final class OpenData {

  private static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * Numbers are written as {@code toPlainString()} writes them, as the CSV and the published
   * submissions do. {@code BigDecimal.toString()}, Jackson's default, also keeps the text it made
   * in the number: writing scores.json kept a string for each of the model's 1.2 million points
   * until the publish ended, 110 MB at 10,000 units (issue #17).
   */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private OpenData() {}

  /** Column headers, in order. */
  static List<String> header(SiteIndex index, Framework fw, String period) {
    List<String> h =
        new ArrayList<>(
            List.of("unit_id", "unit_name", "parent_id", "parent_name", "total", "classification"));
    if (hasSamples(index, fw, period)) {
      h.add(SAMPLE);
    }
    for (String table : tableKeys(index, fw, period)) {
      h.add("rank_" + table);
    }
    if (hasIntervals(index, fw, period)) {
      for (String table : tableKeys(index, fw, period)) {
        h.add("rank_low_" + table);
        h.add("rank_high_" + table);
      }
    }
    fw.pillars().forEach(p -> h.add("pillar_" + p.id()));
    fw.allCriteria().forEach(c -> h.add("criterion_" + c.id()));
    if (!index.input().provenance().isEmpty()) {
      h.addAll(PROVENANCE_COLUMNS);
    }
    return h;
  }

  /**
   * Whether a row is of a fictional sample unit: a column only where the period has one, so that a
   * spreadsheet opened away from the site's "sample data" banner still says so, and real data keep
   * their columns.
   */
  static final String SAMPLE = "sample";

  private static boolean hasSamples(SiteIndex index, Framework fw, String period) {
    return index.scores(fw.id(), period).stream().anyMatch(s -> isSample(index, s));
  }

  private static boolean isSample(SiteIndex index, UnitScore s) {
    return s.sample() || index.isSample(s.unitId());
  }

  /** Added when Git history was read, so data built without it keeps its columns. */
  static final List<String> PROVENANCE_COLUMNS =
      List.of(
          "submission_file",
          "first_submitted_at",
          "first_pull_request",
          "last_changed_at",
          "last_pull_request",
          "approved_by",
          "commits",
          "sha256");

  /** Whether the rank-interval analysis ran for the framework and period (issue #18). */
  private static boolean hasIntervals(SiteIndex index, Framework fw, String period) {
    return index.input().insights().rankIntervals(new CohortKey(fw.id(), period)).isPresent();
  }

  /** Ranking group ids present in the period, in framework order (partitions share a column). */
  private static List<String> tableKeys(SiteIndex index, Framework fw, String period) {
    return index.rankings(fw.id(), period).stream().map(r -> r.group().id()).distinct().toList();
  }

  static List<UnitScore> rows(SiteIndex index, Framework fw, String period) {
    return index.scores(fw.id(), period).stream()
        .sorted(
            Comparator.comparing(UnitScore::total)
                .reversed()
                .thenComparing(s -> index.unitName(s.unitId(), Lang.VI), index.names())
                .thenComparing(UnitScore::unitId))
        .toList();
  }

  /**
   * The score table of a framework's period as both spreadsheet files hold it ({@code scores.csv}
   * and {@code scores.xlsx}): the {@link #header} and one row per unit, best total first, each cell
   * as the CSV writes it (numbers as {@code toPlainString()}, an empty cell for none), before a
   * spreadsheet's neutralising.
   *
   * <p>The rows are made again each time they are read, one at a time, not kept: at 10,000 units a
   * kept table is some 800,000 strings, held while both files are written (issue #17's memory
   * target).
   */
  record Table(List<String> header, Iterable<List<String>> rows) {
    Table {
      header = List.copyOf(header);
    }

    /** Whether each column holds numbers the scorer wrote ({@code total}, ranks, points, …). */
    List<Boolean> numeric() {
      return header.stream().map(OpenData::numeric).toList();
    }
  }

  static Table table(SiteIndex index, Framework fw, Period period) {
    List<String> header = header(index, fw, period.id());
    return new Table(
        header,
        () ->
            rows(index, fw, period.id()).stream()
                .map(s -> row(index, fw, period.id(), header, s))
                .iterator());
  }

  private static List<String> row(
      SiteIndex index, Framework fw, String period, List<String> header, UnitScore s) {
    List<String> r = new ArrayList<>(header.size());
    String parent = index.unit(s.unitId()).map(u -> u.parent()).orElse(null);
    r.add(s.unitId());
    r.add(index.unitName(s.unitId(), Lang.VI));
    r.add(parent == null ? "" : parent);
    r.add(parent == null ? "" : index.unitName(parent, Lang.VI));
    r.add(plain(s.total()));
    r.add(s.classification() == null ? "" : s.classification().id());
    if (header.contains(SAMPLE)) {
      r.add(Boolean.toString(isSample(index, s)));
    }
    for (String g : tableKeys(index, fw, period)) {
      r.add(rank(index, fw, period, g, s.unitId()).map(String::valueOf).orElse(""));
    }
    if (hasIntervals(index, fw, period)) {
      for (String g : tableKeys(index, fw, period)) {
        Optional<RankInterval> i = interval(index, fw, period, g, s.unitId());
        r.add(i.map(x -> String.valueOf(x.low())).orElse(""));
        r.add(i.map(x -> String.valueOf(x.high())).orElse(""));
      }
    }
    for (Group p : fw.pillars()) {
      r.add(pillar(s, p).map(PillarScore::points).map(OpenData::plain).orElse(""));
    }
    Map<String, CriterionScore> byId = s.criteriaById();
    for (Criterion c : fw.allCriteria()) {
      CriterionScore cs = byId.get(c.id());
      r.add(cs == null || cs.points() == null ? "" : plain(cs.points()));
    }
    if (!index.input().provenance().isEmpty()) {
      r.addAll(provenanceCells(index, s));
    }
    return Collections.unmodifiableList(r);
  }

  static byte[] csv(SiteIndex index, Framework fw, Period period) {
    return csv(table(index, fw, period));
  }

  static byte[] csv(Table table) {
    return TableCsv.of(table.header(), table.rows(), r -> neutralised(table.header(), r));
  }

  static byte[] json(SiteIndex index, Framework fw, Period period) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("framework", fw.id());
          g.writeStringField("period", period.id());
          g.writeNumberField("totalPoints", fw.totalPoints());
          g.writeArrayFieldStart("units");
          for (UnitScore s : rows(index, fw, period.id())) {
            unit(g, index, fw, period, s);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** One unit's entry in {@code scores.json}. */
  private static void unit(
      JsonGenerator g, SiteIndex index, Framework fw, Period period, UnitScore s)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("unit", s.unitId());
    g.writeStringField("name", index.unitName(s.unitId(), Lang.VI));
    // English pages (the compare page) show the English name where the registry has one.
    String nameEn = index.unit(s.unitId()).map(x -> x.nameEn()).orElse(null);
    if (nameEn != null && !nameEn.isBlank()) {
      g.writeStringField("nameEn", nameEn);
    }
    g.writeStringField("parent", index.unit(s.unitId()).map(x -> x.parent()).orElse(null));
    g.writeBooleanField("sample", isSample(index, s));
    g.writeNumberField("total", s.total());
    g.writeStringField(
        "classification", s.classification() == null ? null : s.classification().id());
    ranks(g, index, fw, period, s);
    if (hasIntervals(index, fw, period.id())) {
      g.writeObjectFieldStart("rankIntervals");
      for (String group : tableKeys(index, fw, period.id())) {
        Optional<RankInterval> i = interval(index, fw, period.id(), group, s.unitId());
        if (i.isPresent()) {
          g.writeObjectFieldStart(group);
          g.writeNumberField("low", i.get().low());
          g.writeNumberField("high", i.get().high());
          g.writeEndObject();
        }
      }
      g.writeEndObject();
    }
    points(g, fw, s);
    Optional<FileProvenance> provenance = ProvenanceText.of(index, s);
    if (provenance.isPresent()) {
      g.writeFieldName("provenance");
      provenance(g, provenance.get());
    }
    g.writeEndObject();
  }

  /** {@code "ranks"}: the unit's rank in each ranking group's table that lists it. */
  static void ranks(JsonGenerator g, SiteIndex index, Framework fw, Period period, UnitScore s)
      throws IOException {
    g.writeObjectFieldStart("ranks");
    for (String group : tableKeys(index, fw, period.id())) {
      Optional<Integer> r = rank(index, fw, period.id(), group, s.unitId());
      if (r.isPresent()) {
        g.writeNumberField(group, r.get());
      }
    }
    g.writeEndObject();
  }

  /** {@code "pillars"} and {@code "criteria"}: the unit's points, by id. */
  static void points(JsonGenerator g, Framework fw, UnitScore s) throws IOException {
    g.writeObjectFieldStart("pillars");
    for (Group p : fw.pillars()) {
      Optional<PillarScore> ps = pillar(s, p);
      if (ps.isPresent()) {
        g.writeNumberField(p.id(), ps.get().points());
      }
    }
    g.writeEndObject();
    g.writeObjectFieldStart("criteria");
    Map<String, CriterionScore> byId = s.criteriaById();
    for (Criterion c : fw.allCriteria()) {
      CriterionScore cs = byId.get(c.id());
      if (cs != null) {
        g.writeNumberField(c.id(), cs.points());
      }
    }
    g.writeEndObject();
  }

  /**
   * {@code data/units.json}: the registry as the repository's {@code units/} holds it, in one file
   * (levels, then units in the registry's order), so that the score files' unit ids can be joined
   * across mergers without the repository.
   */
  static byte[] units(UnitRegistry registry) {
    return ModelJson.registry(registry.levels(), registry.units(), "schemas/registry.schema.json")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The Frictionless data package descriptor: every CSV, Excel and JSON file and the schemas. */
  static byte[] datapackage(SiteIndex index, List<String> schemaFiles) {
    ObjectNode root = NODES.objectNode();
    root.put("profile", "data-package");
    root.put("name", "opendti-scores");
    root.put("title", "Chỉ số chuyển đổi số — Digital transformation index scores");
    ArrayNode resources = root.putArray("resources");
    for (Framework fw : index.frameworks()) {
      for (Period p : index.publishedPeriods(fw)) {
        String base = fw.id() + "-" + p.id();
        ObjectNode csv =
            resource(
                resources,
                base + "-csv",
                SitePaths.data(fw.id(), p.id(), "scores.csv"),
                "csv",
                "text/csv");
        csv.put("profile", "tabular-data-resource");
        csv.put("encoding", "utf-8-sig");
        ObjectNode schema = csv.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (String h : header(index, fw, p.id())) {
          ObjectNode f = fields.addObject();
          f.put("name", h);
          f.put("type", fieldType(h));
          if (h.equals(SAMPLE)) {
            f.put("description", "true: a fictional sample unit, not a real result");
          }
        }
        resource(
                resources,
                base + "-xlsx",
                SitePaths.data(fw.id(), p.id(), "scores.xlsx"),
                "xlsx",
                XLSX_TYPE)
            .put(
                "description",
                "The CSV's columns and rows as an Excel workbook; numbers as numbers");
        jsonResource(resources, base + "-json", SitePaths.data(fw.id(), p.id(), "scores.json"));
        jsonResource(
                resources, base + "-insights", SitePaths.data(fw.id(), p.id(), "insights.json"))
            .put(
                "description",
                "Each unit's largest what-if opportunities (as on its scorecard), anomaly flags and"
                    + " digit tests of reported counts for reviewers, and every ranking's rank"
                    + " intervals; none of them changes a score");
      }
    }
    jsonResource(resources, "units", SitePaths.UNITS)
        .put(
            "description",
            "The unit registry (schemas/registry.schema.json): levels, and every unit with its"
                + " names, level, parent, the days it existed, and what became of it (merged,"
                + " split, its level dissolved in the 2025 reform) with the legal act; the unit ids"
                + " of the score files");
    for (String schemaFile : schemaFiles) {
      ObjectNode s = resources.addObject();
      s.put("name", "schema-" + schemaFile.replace(".schema.json", ""));
      s.put("path", "schemas/" + schemaFile);
      s.put("format", "json");
      s.put("mediatype", "application/schema+json");
    }
    return write(root);
  }

  /** A JSON file of {@code data/} as a data package resource; {@code sitePath} from the root. */
  private static ObjectNode jsonResource(ArrayNode resources, String name, String sitePath) {
    return resource(resources, name, sitePath, "json", "application/json");
  }

  /** A file of {@code data/} as a data package resource; {@code sitePath} from the site's root. */
  private static ObjectNode resource(
      ArrayNode resources, String name, String sitePath, String format, String mediatype) {
    ObjectNode r = resources.addObject();
    r.put("name", name);
    r.put("path", sitePath.substring("data/".length()));
    r.put("format", format);
    r.put("mediatype", mediatype);
    return r;
  }

  /**
   * The row with every cell of a text column made inert for spreadsheets (OWASP "CSV Injection"): a
   * cell starting with {@code = + - @}, tab or carriage return gets a leading apostrophe, which
   * Excel and LibreOffice show as text instead of evaluating a formula. Number columns are written
   * by the scorer, never from submitted text, and stay numbers ({@code -1.5} is a deduction).
   */
  static List<String> neutralised(List<String> header, List<String> row) {
    List<String> out = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      out.add(numeric(header.get(i)) ? row.get(i) : textCell(row.get(i)));
    }
    return out;
  }

  /** A text cell that a spreadsheet cannot read as a formula. */
  static String textCell(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** Whether a column holds numbers the scorer wrote, never submitted text. */
  private static boolean numeric(String column) {
    String type = fieldType(column);
    return type.equals("number") || type.equals("integer");
  }

  /** The Frictionless type of a CSV column. */
  private static String fieldType(String column) {
    if (column.equals(SAMPLE)) {
      return "boolean";
    } else if (column.startsWith("rank_") || column.endsWith("_pull_request")) {
      return "integer";
    } else if (column.endsWith("_at")) {
      return "datetime";
    } else if (column.equals("total")
        || column.startsWith("pillar_")
        || column.startsWith("criterion_")) {
      return "number";
    }
    return "string";
  }

  private static List<String> provenanceCells(SiteIndex index, UnitScore s) {
    Optional<FileProvenance> p = ProvenanceText.of(index, s);
    if (p.isEmpty()) {
      return java.util.Collections.nCopies(PROVENANCE_COLUMNS.size(), "");
    }
    FileProvenance f = p.get();
    return List.of(
        f.path(),
        ProvenanceText.iso(f.added().time()),
        java.util.Objects.toString(f.added().pullRequest(), ""),
        ProvenanceText.iso(f.lastChanged().time()),
        java.util.Objects.toString(f.lastChanged().pullRequest(), ""),
        String.join(" ", f.lastChanged().approvers()),
        String.join(" ", ProvenanceText.shortShas(f.commits())),
        f.sha256());
  }

  private static void provenance(JsonGenerator g, FileProvenance f) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", f.path());
    g.writeStringField("firstSubmittedAt", ProvenanceText.iso(f.added().time()));
    number(g, "firstPullRequest", f.added().pullRequest());
    g.writeStringField("lastChangedAt", ProvenanceText.iso(f.lastChanged().time()));
    number(g, "lastPullRequest", f.lastChanged().pullRequest());
    if (f.lastChanged().approversKnown()) {
      g.writeArrayFieldStart("approvedBy");
      for (String a : f.lastChanged().approvers()) {
        g.writeString(a);
      }
      g.writeEndArray();
    } else {
      g.writeNullField("approvedBy"); // the host's record was not read: unknown, not "nobody"
    }
    g.writeArrayFieldStart("commits");
    for (String c : f.commits()) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeStringField("sha256", f.sha256());
    g.writeEndObject();
  }

  /** A whole number, or {@code null}. */
  static void number(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value.intValue());
    }
  }

  private static Optional<Integer> rank(
      SiteIndex index, Framework fw, String period, String group, String unit) {
    for (Ranking r : index.rankingsOf(fw.id(), period, unit)) {
      if (r.group().id().equals(group)) {
        Optional<Integer> found = index.entry(r, unit).map(e -> e.rank());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The unit's rank interval in the table of a ranking group (its partition's, if any). */
  private static Optional<RankInterval> interval(
      SiteIndex index, Framework fw, String period, String group, String unit) {
    // Only a table that lists the unit has its interval.
    for (Ranking r : index.rankingsOf(fw.id(), period, unit)) {
      if (r.group().id().equals(group)) {
        Optional<SiteIndex.IntervalPlace> found = index.interval(r, unit);
        if (found.isPresent()) {
          return found.map(SiteIndex.IntervalPlace::interval);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code insights.json}: each unit's largest what-if opportunities ("where the next points are"),
   * the ones its scorecard shows, with how many were found, and every anomaly flag of one framework
   * and period. Flags never change a score. All opportunities, some 40 per unit with their repeated
   * totals, made 13.7 MB per 1,000 units; the points behind the rest are in {@code scores.json}.
   */
  static byte[] insights(SiteIndex index, Framework fw, Period period) {
    CohortKey cohort = new CohortKey(fw.id(), period.id());
    Insights insights = index.input().insights();
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("framework", fw.id());
          g.writeStringField("period", period.id());
          g.writeArrayFieldStart("whatIf");
          for (UnitScore s : rows(index, fw, period.id())) {
            Optional<UnitOpportunities> r = insights.whatIf(s.key());
            if (r.isPresent()) {
              whatIf(g, r.get());
            }
          }
          g.writeEndArray();
          g.writeArrayFieldStart("flags");
          for (Flag f : insights.flags(cohort)) {
            flag(g, f);
          }
          g.writeEndArray();
          Optional<CohortIntervals> intervals = insights.rankIntervals(cohort);
          if (intervals.isPresent()) {
            g.writeFieldName("rankIntervals");
            OpenInsights.rankIntervals(g, intervals.get());
          }
          Optional<CohortIntegrity> integrity = insights.integrity(cohort);
          if (integrity.isPresent()) {
            g.writeFieldName("integrity");
            OpenInsights.integrity(g, integrity.get());
          }
          g.writeEndObject();
        });
  }

  /** A unit's opportunities as its scorecard shows them, with how many were found. */
  private static void whatIf(JsonGenerator g, UnitOpportunities r) throws IOException {
    g.writeStartObject();
    g.writeStringField("unit", r.unitId());
    g.writeNumberField("opportunitiesFound", r.found());
    g.writeArrayFieldStart("opportunities");
    for (Opportunity o : r.best(Insight.SHOWN).opportunities()) {
      g.writeStartObject();
      g.writeStringField("criterion", o.criterionId());
      g.writeStringField("kind", o.kind().name());
      g.writeStringField("basis", o.basis().name());
      g.writeObjectFieldStart("inputs");
      for (Map.Entry<String, Value> in : o.inputs().entrySet()) {
        g.writeFieldName(in.getKey());
        value(g, in.getValue());
      }
      g.writeEndObject();
      if (o.label() != null) {
        g.writeStringField("label", o.label());
      }
      g.writeNumberField("pointsNow", o.pointsNow());
      g.writeNumberField("pointsThen", o.pointsThen());
      g.writeNumberField("totalNow", o.totalNow());
      g.writeNumberField("totalThen", o.totalThen());
      g.writeNumberField("gain", o.gain());
      g.writeObjectFieldStart("rankThen");
      for (Map.Entry<String, Integer> rank : new TreeMap<>(o.rankThen()).entrySet()) {
        number(g, rank.getKey(), rank.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void flag(JsonGenerator g, Flag f) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code());
    g.writeStringField("unit", f.unitId());
    if (f.criterionId() != null) {
      g.writeStringField("criterion", f.criterionId());
    }
    g.writeStringField("message", f.message());
    g.writeNumberField("weight", f.weight());
    g.writeObjectFieldStart("numbers");
    for (Map.Entry<String, BigDecimal> n : new TreeMap<>(f.numbers()).entrySet()) {
      g.writeNumberField(n.getKey(), n.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Value v) throws IOException {
    if (v instanceof Value.Num n) {
      g.writeNumber(n.value());
    } else if (v instanceof Value.Bool b) {
      g.writeBoolean(b.value());
    } else if (v instanceof Value.Date d) {
      g.writeString(d.value().toString());
    } else {
      g.writeString(((Value.Text) v).value());
    }
  }

  private static Optional<PillarScore> pillar(UnitScore s, Group p) {
    return s.pillars().stream().filter(x -> x.pillarId().equals(p.id())).findFirst();
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  /** A document written straight into a generator (see {@link #write(Body)}). */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * The document as UTF-8 with a final newline, written as it is made: as a Jackson tree, a
   * 10,000-unit {@code insights.json} (27 MB) took some 300 MB of heap, promoted to the old
   * generation and kept until the end of the publish (issue #17); through a {@code String} a {@code
   * scores.json} was held three times over (UTF-16 text, the text with the newline, the bytes).
   */
  static byte[] write(Body body) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      try (JsonGenerator g = JSON.createGenerator(out)) {
        body.write(g);
      }
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(ObjectNode root) {
    return write(g -> JSON.writeTree(g, root));
  }
}
