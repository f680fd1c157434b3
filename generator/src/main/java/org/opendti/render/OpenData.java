package org.opendti.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendti.diagnostic.Lang;
import org.opendti.git.FileProvenance;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Period;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * Open data: per framework and period {@code scores.csv} (UTF-8 with a byte order mark so Excel
 * shows Vietnamese; numbers with a decimal point) and {@code scores.json}, plus the Frictionless
 * {@code datapackage.json} listing them. One row per scored unit, best total first. JSON is written
 * without indentation: the open data of 10,000 units and two periods is a third of a Pages-sized
 * site (issue #17).
 */
final class OpenData {

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

  static byte[] csv(SiteIndex index, Framework fw, Period period) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter out =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
      w.write('\uFEFF');
      List<String> header = header(index, fw, period.id());
      out.printRecord(header);
      for (UnitScore s : rows(index, fw, period.id())) {
        List<String> r = new ArrayList<>();
        String parent = index.unit(s.unitId()).map(u -> u.parent()).orElse(null);
        r.add(s.unitId());
        r.add(index.unitName(s.unitId(), Lang.VI));
        r.add(parent == null ? "" : parent);
        r.add(parent == null ? "" : index.unitName(parent, Lang.VI));
        r.add(plain(s.total()));
        r.add(s.classification() == null ? "" : s.classification().id());
        for (String g : tableKeys(index, fw, period.id())) {
          r.add(rank(index, fw, period.id(), g, s.unitId()).map(String::valueOf).orElse(""));
        }
        if (hasIntervals(index, fw, period.id())) {
          for (String g : tableKeys(index, fw, period.id())) {
            Optional<RankInterval> i = interval(index, fw, period.id(), g, s.unitId());
            r.add(i.map(x -> String.valueOf(x.low())).orElse(""));
            r.add(i.map(x -> String.valueOf(x.high())).orElse(""));
          }
        }
        for (Group p : fw.pillars()) {
          r.add(pillar(s, p).map(PillarScore::points).map(OpenData::plain).orElse(""));
        }
        for (Criterion c : fw.allCriteria()) {
          r.add(s.criterion(c.id()).map(CriterionScore::points).map(OpenData::plain).orElse(""));
        }
        if (!index.input().provenance().isEmpty()) {
          r.addAll(provenanceCells(index, s));
        }
        out.printRecord(neutralised(header, r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] json(SiteIndex index, Framework fw, Period period) {
    ObjectNode root = NODES.objectNode();
    root.put("framework", fw.id());
    root.put("period", period.id());
    root.put("totalPoints", fw.totalPoints());
    ArrayNode units = root.putArray("units");
    for (UnitScore s : rows(index, fw, period.id())) {
      ObjectNode u = units.addObject();
      u.put("unit", s.unitId());
      u.put("name", index.unitName(s.unitId(), Lang.VI));
      // English pages (the compare page) show the English name where the registry has one.
      index
          .unit(s.unitId())
          .map(x -> x.nameEn())
          .filter(n -> !n.isBlank())
          .ifPresent(n -> u.put("nameEn", n));
      String parent = index.unit(s.unitId()).map(x -> x.parent()).orElse(null);
      u.put("parent", parent);
      u.put("sample", s.sample() || index.isSample(s.unitId()));
      u.put("total", s.total());
      u.put("classification", s.classification() == null ? null : s.classification().id());
      ObjectNode ranks = u.putObject("ranks");
      for (String g : tableKeys(index, fw, period.id())) {
        rank(index, fw, period.id(), g, s.unitId()).ifPresent(r -> ranks.put(g, r));
      }
      if (hasIntervals(index, fw, period.id())) {
        ObjectNode intervals = u.putObject("rankIntervals");
        for (String g : tableKeys(index, fw, period.id())) {
          interval(index, fw, period.id(), g, s.unitId())
              .ifPresent(
                  i -> {
                    ObjectNode n = intervals.putObject(g);
                    n.put("low", i.low());
                    n.put("high", i.high());
                  });
        }
      }
      ObjectNode pillars = u.putObject("pillars");
      for (Group p : fw.pillars()) {
        pillar(s, p).ifPresent(ps -> pillars.put(p.id(), ps.points()));
      }
      ObjectNode criteria = u.putObject("criteria");
      for (Criterion c : fw.allCriteria()) {
        s.criterion(c.id()).ifPresent(cs -> criteria.put(c.id(), cs.points()));
      }
      ProvenanceText.of(index, s).ifPresent(p -> provenance(u.putObject("provenance"), p));
    }
    return write(root);
  }

  /** The Frictionless data package descriptor: every CSV and JSON file and the schemas. */
  static byte[] datapackage(SiteIndex index, List<String> schemaFiles) {
    ObjectNode root = NODES.objectNode();
    root.put("profile", "data-package");
    root.put("name", "opendti-scores");
    root.put("title", "Chỉ số chuyển đổi số — Digital transformation index scores");
    ArrayNode resources = root.putArray("resources");
    for (Framework fw : index.frameworks()) {
      for (Period p : index.publishedPeriods(fw)) {
        String base = fw.id() + "-" + p.id();
        ObjectNode csv = resources.addObject();
        csv.put("name", base + "-csv");
        csv.put("path", SitePaths.data(fw.id(), p.id(), "scores.csv").substring("data/".length()));
        csv.put("profile", "tabular-data-resource");
        csv.put("format", "csv");
        csv.put("mediatype", "text/csv");
        csv.put("encoding", "utf-8-sig");
        ObjectNode schema = csv.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (String h : header(index, fw, p.id())) {
          ObjectNode f = fields.addObject();
          f.put("name", h);
          f.put("type", fieldType(h));
        }
        ObjectNode json = resources.addObject();
        json.put("name", base + "-json");
        json.put(
            "path", SitePaths.data(fw.id(), p.id(), "scores.json").substring("data/".length()));
        json.put("format", "json");
        json.put("mediatype", "application/json");
        ObjectNode insights = resources.addObject();
        insights.put("name", base + "-insights");
        insights.put(
            "path", SitePaths.data(fw.id(), p.id(), "insights.json").substring("data/".length()));
        insights.put("format", "json");
        insights.put("mediatype", "application/json");
        insights.put(
            "description",
            "Each unit's largest what-if opportunities (as on its scorecard), anomaly flags and digit"
                + " tests of reported counts for reviewers, and every ranking's rank intervals;"
                + " none of them changes a score");
      }
    }
    for (String schemaFile : schemaFiles) {
      ObjectNode s = resources.addObject();
      s.put("name", "schema-" + schemaFile.replace(".schema.json", ""));
      s.put("path", "schemas/" + schemaFile);
      s.put("format", "json");
      s.put("mediatype", "application/schema+json");
    }
    return write(root);
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
      String type = fieldType(header.get(i));
      boolean number = type.equals("number") || type.equals("integer");
      out.add(number ? row.get(i) : textCell(row.get(i)));
    }
    return out;
  }

  /** A text cell that a spreadsheet cannot read as a formula. */
  static String textCell(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** The Frictionless type of a CSV column. */
  private static String fieldType(String column) {
    if (column.startsWith("rank_") || column.endsWith("_pull_request")) {
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

  private static void provenance(ObjectNode o, FileProvenance f) {
    o.put("file", f.path());
    o.put("firstSubmittedAt", ProvenanceText.iso(f.added().time()));
    o.put("firstPullRequest", f.added().pullRequest());
    o.put("lastChangedAt", ProvenanceText.iso(f.lastChanged().time()));
    o.put("lastPullRequest", f.lastChanged().pullRequest());
    if (f.lastChanged().approversKnown()) {
      ArrayNode approvers = o.putArray("approvedBy");
      f.lastChanged().approvers().forEach(approvers::add);
    } else {
      o.putNull("approvedBy"); // the host's record was not read: unknown, not "nobody"
    }
    ArrayNode commits = o.putArray("commits");
    f.commits().forEach(commits::add);
    o.put("sha256", f.sha256());
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
    ObjectNode root = NODES.objectNode();
    root.put("framework", fw.id());
    root.put("period", period.id());
    ArrayNode whatIf = root.putArray("whatIf");
    for (UnitScore s : rows(index, fw, period.id())) {
      index
          .input()
          .insights()
          .whatIf(s.key())
          .ifPresent(
              r -> {
                ObjectNode unit = whatIf.addObject();
                unit.put("unit", r.unitId());
                unit.put("opportunitiesFound", r.found());
                ArrayNode list = unit.putArray("opportunities");
                for (org.opendti.insight.Opportunity o : r.best(Insight.SHOWN).opportunities()) {
                  ObjectNode n = list.addObject();
                  n.put("criterion", o.criterionId());
                  n.put("kind", o.kind().name());
                  n.put("basis", o.basis().name());
                  ObjectNode inputs = n.putObject("inputs");
                  o.inputs().forEach((id, v) -> inputs.set(id, value(v)));
                  if (o.label() != null) {
                    n.put("label", o.label());
                  }
                  n.put("pointsNow", o.pointsNow());
                  n.put("pointsThen", o.pointsThen());
                  n.put("totalNow", o.totalNow());
                  n.put("totalThen", o.totalThen());
                  n.put("gain", o.gain());
                  ObjectNode ranks = n.putObject("rankThen");
                  new java.util.TreeMap<>(o.rankThen()).forEach(ranks::put);
                }
              });
    }
    ArrayNode flags = root.putArray("flags");
    for (org.opendti.insight.Flag f :
        index.input().insights().flags(new CohortKey(fw.id(), period.id()))) {
      ObjectNode n = flags.addObject();
      n.put("code", f.code());
      n.put("unit", f.unitId());
      if (f.criterionId() != null) {
        n.put("criterion", f.criterionId());
      }
      n.put("message", f.message());
      n.put("weight", f.weight());
      ObjectNode numbers = n.putObject("numbers");
      new java.util.TreeMap<>(f.numbers()).forEach(numbers::put);
    }
    CohortKey cohort = new CohortKey(fw.id(), period.id());
    index
        .input()
        .insights()
        .rankIntervals(cohort)
        .ifPresent(c -> OpenInsights.rankIntervals(root.putObject("rankIntervals"), c));
    index
        .input()
        .insights()
        .integrity(cohort)
        .ifPresent(c -> OpenInsights.integrity(root.putObject("integrity"), c));
    return write(root);
  }

  private static com.fasterxml.jackson.databind.JsonNode value(org.opendti.model.Value v) {
    if (v instanceof org.opendti.model.Value.Num n) {
      return NODES.numberNode(n.value());
    } else if (v instanceof org.opendti.model.Value.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (v instanceof org.opendti.model.Value.Date d) {
      return NODES.textNode(d.value().toString());
    }
    return NODES.textNode(((org.opendti.model.Value.Text) v).value());
  }

  private static Optional<PillarScore> pillar(UnitScore s, Group p) {
    return s.pillars().stream().filter(x -> x.pillarId().equals(p.id())).findFirst();
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  /**
   * The document as UTF-8 with a final newline, encoded straight into bytes: through a {@code
   * String} a 10,000-unit {@code scores.json} was held three times over (UTF-16 text, the text with
   * the newline, the bytes), enough to run a 700 MB heap out of memory.
   */
  private static byte[] write(ObjectNode root) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
      JSON.writeValue(out, root);
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
