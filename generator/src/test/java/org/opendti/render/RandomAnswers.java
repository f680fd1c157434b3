package org.opendti.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/** Seeded random submissions for the JS-versus-Java scoring test; not meant to validate. */
final class RandomAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RandomAnswers() {}

  static Submission submission(Framework fw, String unit, Random random) {
    Period period = fw.periods().get(random.nextInt(fw.periods().size()));
    List<PrioritySector> sectors = fw.aggregation().prioritySectors();
    String sector =
        sectors.isEmpty() || random.nextBoolean()
            ? null
            : sectors.get(random.nextInt(sectors.size())).id();
    List<Answer> answers = new ArrayList<>();
    for (Criterion c : fw.allCriteria()) {
      int roll = random.nextInt(20);
      if (roll == 0) {
        continue;
      }
      if (roll == 1 && c.notApplicableAllowed()) {
        answers.add(
            new Answer(c.id(), Map.of(), null, List.of(), null, new Answer.NotApplicable("x")));
        continue;
      }
      Map<String, Value> in = new TreeMap<>();
      for (InputDef d : FormInputs.of(c)) {
        if (random.nextInt(40) != 0) {
          in.put(d.id(), value(c, d, period, random));
        }
      }
      answers.add(new Answer(c.id(), in, null, List.of(), null, null));
    }
    Contact who = new Contact("A", "B", "C", "D", "e@example.vn");
    return new Submission(
        "submissions/" + fw.id() + "/" + period.id() + "/" + unit + ".json",
        unit,
        fw.id(),
        period.id(),
        who,
        who,
        Map.of(),
        sector,
        answers);
  }

  private static Value value(Criterion c, InputDef d, Period period, Random random) {
    switch (d.kind()) {
      case BOOLEAN:
        return new Value.Bool(random.nextBoolean());
      case CHOICE:
        List<Method.Option> options = ((Method.Choice) c.method()).options();
        return new Value.Text(options.get(random.nextInt(options.size())).id());
      case DATE:
        LocalDate base = period.deadline() == null ? period.end() : period.deadline();
        // Around the deadline, often on a month's last days, where started months are tricky.
        return new Value.Date(base.plusDays(random.nextInt(500) - 100));
      case COUNT:
        return new Value.Num(BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(60)));
      case PERCENT:
        // Hundredths of a percent: ties at 0.005 points come up (75.75% × 6 = 4.545).
        return new Value.Num(BigDecimal.valueOf(random.nextInt(10001), 2));
      case POINTS:
        BigDecimal max = c.maxPoints().multiply(BigDecimal.valueOf(12));
        int top = Math.max(1, max.intValue() * 10);
        return new Value.Num(BigDecimal.valueOf(random.nextInt(top), 3));
      default:
        return new Value.Num(BigDecimal.valueOf(random.nextInt(200000), random.nextInt(4)));
    }
  }

  /** The submission as score-submissions.js reads it. */
  static ObjectNode json(Submission s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("unit", s.unit());
    root.put("framework", s.framework());
    root.put("period", s.period());
    root.put("prioritySector", s.prioritySector());
    ObjectNode answers = root.putObject("answers");
    for (Answer a : s.answers()) {
      ObjectNode n = answers.putObject(a.criterion());
      if (a.notApplicable() != null) {
        n.putObject("notApplicable").put("reason", a.notApplicable().reason());
        continue;
      }
      ObjectNode in = n.putObject("inputs");
      a.inputs()
          .forEach(
              (k, v) -> {
                if (v instanceof Value.Num x) {
                  in.put(k, x.value());
                } else if (v instanceof Value.Bool b) {
                  in.put(k, b.value());
                } else if (v instanceof Value.Text t) {
                  in.put(k, t.value());
                } else if (v instanceof Value.Date d) {
                  in.put(k, d.value().toString());
                }
              });
    }
    return root;
  }
}
