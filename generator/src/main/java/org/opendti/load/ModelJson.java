package org.opendti.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Evidence;
import org.opendti.model.Level;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitChange;
import org.opendti.model.Value;

/**
 * Model records written as the JSON files of {@code docs/formats.md}: two-space indentation, keys
 * in a fixed order, numbers exactly as their {@code BigDecimal}, a final newline. The inverse of
 * the loader's mappers: the sample cohort is written with it, and the site publishes each accepted
 * submission with it ({@code data/<framework>/<period>/submissions/<unit>.json}).
 *
 * <pre>{@code
 * String json = ModelJson.submission(submission); // reads back to an equal Submission
 * }</pre>
 */
public final class ModelJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectWriter COMPACT =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer();

  private ModelJson() {}

  /** Units as a registry file of {@code units/}, its {@code $schema} relative to that folder. */
  public static String registry(Iterable<Unit> units) {
    return registry(List.of(), units, "../schemas/registry.schema.json");
  }

  /**
   * A registry file: the levels and units, each unit with its life, predecessors, successors and
   * changes (with their legal basis), so that it reads back to an equal registry; {@code schema} is
   * the {@code $schema} path from where the file is written.
   */
  public static String registry(Iterable<Level> levels, Iterable<Unit> units, String schema) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", schema);
    ArrayNode levelArray = levels.iterator().hasNext() ? root.putArray("levels") : null;
    for (Level l : levels) {
      ObjectNode n = levelArray.addObject();
      n.put("id", l.id());
      n.put("name", l.name());
      putIfPresent(n, "nameEn", l.nameEn());
      putIfPresent(n, "parentLevel", l.parentLevel());
    }
    ArrayNode array = root.putArray("units");
    for (Unit u : units) {
      ObjectNode n = array.addObject();
      n.put("id", u.id());
      n.put("name", u.name());
      putIfPresent(n, "nameEn", u.nameEn());
      n.put("level", u.level());
      putIfPresent(n, "parent", u.parent());
      putIfPresent(n, "validFrom", u.validFrom());
      putIfPresent(n, "validTo", u.validTo());
      if (!u.predecessors().isEmpty()) {
        u.predecessors().forEach(n.putArray("predecessors")::add);
      }
      if (!u.successors().isEmpty()) {
        u.successors().forEach(n.putArray("successors")::add);
      }
      n.put("sample", u.sample());
      if (!u.changes().isEmpty()) {
        ArrayNode changes = n.putArray("changes");
        for (UnitChange c : u.changes()) {
          ObjectNode cn = changes.addObject();
          cn.put("kind", c.kind().jsonName());
          putIfPresent(cn, "date", c.date());
          c.into().forEach(cn.putArray("into")::add);
          UnitChange.LegalBasis b = c.basis();
          if (b != null) {
            ObjectNode bn = cn.putObject("basis");
            bn.put("document", b.document());
            putIfPresent(bn, "issuer", b.issuer());
            putIfPresent(bn, "date", b.date());
            putIfPresent(bn, "article", b.article());
            putIfPresent(bn, "source", b.source());
          }
        }
      }
    }
    return write(root);
  }

  public static String submission(Submission s) {
    return write(submissionTree(s));
  }

  /**
   * The submission as the site publishes it in its open data: the same JSON without indentation
   * (about half the bytes: 20,000 of them at national scale, issue #17), in UTF-8, with a final
   * newline.
   */
  public static byte[] publishedSubmission(Submission s) {
    // Written as UTF-8 bytes directly, not as a String encoded afterwards.
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    try {
      COMPACT.writeValue(out, submissionTree(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static ObjectNode submissionTree(Submission s) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "../../../schemas/submission.schema.json");
    root.put("unit", s.unit());
    root.put("framework", s.framework());
    root.put("period", s.period());
    root.set("preparer", contact(s.preparer()));
    root.set("approver", contact(s.approver()));
    if (!s.profile().isEmpty()) {
      root.set("profile", values(s.profile()));
    }
    putIfPresent(root, "prioritySector", s.prioritySector());
    ObjectNode answers = root.putObject("answers");
    for (Answer a : s.answers()) {
      ObjectNode n = answers.putObject(a.criterion());
      if (a.notApplicable() != null) {
        n.putObject("notApplicable").put("reason", a.notApplicable().reason());
      } else {
        n.set("inputs", values(a.inputs()));
      }
      if (a.selfScore() != null) {
        n.put("selfScore", a.selfScore());
      }
      if (!a.evidence().isEmpty()) {
        ArrayNode ev = n.putArray("evidence");
        a.evidence().forEach(e -> ev.add(evidence(e)));
      }
      putIfPresent(n, "notes", a.notes());
    }
    return root;
  }

  public static String review(Review r) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "../../../schemas/review.schema.json");
    root.put("unit", r.unit());
    root.put("framework", r.framework());
    root.put("period", r.period());
    root.set("reviewer", contact(r.reviewer()));
    root.put("date", r.date().toString());
    ArrayNode corrections = root.putArray("corrections");
    for (Review.Correction c : r.corrections()) {
      ObjectNode n = corrections.addObject();
      n.put("criterion", c.criterion());
      if (!c.inputs().isEmpty()) {
        n.set("inputs", values(c.inputs()));
      }
      if (c.points() != null) {
        n.put("points", c.points());
      }
      if (c.notApplicable() != null) {
        n.put("notApplicable", c.notApplicable());
      }
      n.put("reason", c.reason());
      if (!c.evidence().isEmpty()) {
        ArrayNode ev = n.putArray("evidence");
        c.evidence().forEach(e -> ev.add(evidence(e)));
      }
      if (c.was() != null) {
        ObjectNode was = n.putObject("was");
        was.set("inputs", values(c.was().inputs()));
        if (c.was().notApplicable()) {
          was.put("notApplicable", true);
        }
      }
    }
    if (!r.objections().isEmpty()) {
      ArrayNode objections = root.putArray("objections");
      for (Review.Objection o : r.objections()) {
        ObjectNode n = objections.addObject();
        n.put("reference", o.reference());
        putIfPresent(n, "criterion", o.criterion());
        n.put("received", o.received().toString());
        if (o.decision() != null) {
          n.put("decision", o.decision().id());
        }
        putIfPresent(n, "reason", o.reason());
        if (o.decided() != null) {
          n.put("decided", o.decided().toString());
        }
      }
    }
    return write(root);
  }

  private static ObjectNode contact(Contact c) {
    ObjectNode n = NODES.objectNode();
    n.put("name", c.name());
    putIfPresent(n, "office", c.office());
    putIfPresent(n, "title", c.title());
    putIfPresent(n, "phone", c.phone());
    putIfPresent(n, "email", c.email());
    return n;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", e.kind());
    putIfPresent(n, "number", e.number());
    if (e.date() != null) {
      n.put("date", e.date().toString());
    }
    putIfPresent(n, "issuer", e.issuer());
    putIfPresent(n, "title", e.title());
    putIfPresent(n, "url", e.url());
    return n;
  }

  private static ObjectNode values(Map<String, Value> values) {
    ObjectNode n = NODES.objectNode();
    values.forEach((id, v) -> n.set(id, value(v)));
    return n;
  }

  private static JsonNode value(Value v) {
    if (v instanceof Value.Num num) {
      return NODES.numberNode(num.value());
    } else if (v instanceof Value.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (v instanceof Value.Text t) {
      return NODES.textNode(t.value());
    }
    return NODES.textNode(((Value.Date) v).value().toString());
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private static void putIfPresent(ObjectNode n, String field, LocalDate date) {
    if (date != null) {
      n.put(field, date.toString());
    }
  }

  private static String write(JsonNode root) {
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
