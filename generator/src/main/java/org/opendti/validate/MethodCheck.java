package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendti.model.Criterion;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/**
 * Methods whose parameters cannot work: inputs that are not declared or of the wrong kind, and
 * parameters outside their domain (method table of {@code docs/formats.md}). Such a criterion
 * cannot be scored, so these are errors.
 */
final class MethodCheck {

  private static final Set<InputKind> NUMERIC =
      EnumSet.of(InputKind.COUNT, InputKind.NUMBER, InputKind.PERCENT, InputKind.MONEY);

  private MethodCheck() {}

  /** One input the method reads, where the method names it, and the kinds that work there. */
  private record Use(String input, String pointer, Set<InputKind> kinds, String why) {}

  static void check(Criterion c, String at, Findings out) {
    List<InputDef> defs = Inputs.of(c);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < c.inputs().size(); i++) {
      if (!ids.add(c.inputs().get(i).id())) {
        out.error(
            "duplicate-input-id",
            at + "/inputs/" + i + "/id",
            Texts.criterion(c) + " declares input " + c.inputs().get(i).id() + " twice",
            null);
      }
    }
    String m = at + "/method";
    for (Use use : uses(c.method(), m)) {
      Optional<InputDef> def = defs.stream().filter(d -> d.id().equals(use.input())).findFirst();
      if (def.isEmpty()) {
        out.error(
            "unknown-method-input",
            use.pointer(),
            Texts.criterion(c)
                + ": the method reads input "
                + use.input()
                + ", which is not declared (declared: "
                + list(defs.stream().map(InputDef::id).toList())
                + ")",
            "declare it under inputs or fix the id");
      } else if (!use.kinds().contains(def.get().kind())) {
        out.error(
            "method-input-kind",
            use.pointer(),
            Texts.criterion(c)
                + ": input "
                + use.input()
                + " is a "
                + def.get().kind().jsonName()
                + ", but "
                + use.why()
                + " ("
                + list(use.kinds().stream().map(InputKind::jsonName).toList())
                + ")",
            "change the input's kind or the method");
      }
    }
    Set<String> read = new HashSet<>(c.method().inputIds());
    for (int i = 0; i < c.inputs().size(); i++) {
      if (!read.contains(c.inputs().get(i).id())) {
        out.warning(
            "unused-input",
            at + "/inputs/" + i,
            Texts.criterion(c)
                + " declares input "
                + c.inputs().get(i).id()
                + ", which its "
                + c.method().type()
                + " method never reads",
            "units will be asked for a value that does not count");
      }
    }
    parameters(c, defs, at, out);
  }

  private static List<Use> uses(Method method, String m) {
    List<Use> uses = new ArrayList<>();
    if (method instanceof Method.YesNo y) {
      uses.add(new Use(y.input(), m + "/input", EnumSet.of(InputKind.BOOLEAN), "yesNo reads"));
    } else if (method instanceof Method.Choice ch) {
      uses.add(new Use(ch.input(), m + "/input", EnumSet.of(InputKind.CHOICE), "choice reads"));
    } else if (method instanceof Method.Bands b) {
      uses.add(new Use(b.input(), m + "/input", NUMERIC, "bands read a number"));
    } else if (method instanceof Method.ExternalScore e) {
      uses.add(new Use(e.input(), m + "/input", NUMERIC, "externalScore reads a number"));
    } else if (method instanceof Method.Assessed a) {
      uses.add(new Use(a.input(), m + "/input", EnumSet.of(InputKind.POINTS), "assessed reads"));
    } else if (method instanceof Method.Lateness l && l.input() != null) {
      uses.add(new Use(l.input(), m + "/input", EnumSet.of(InputKind.DATE), "lateness reads"));
    } else if (method instanceof Method.EventDeduction e) {
      for (int i = 0; i < e.events().size(); i++) {
        uses.add(
            new Use(
                e.events().get(i).input(),
                m + "/events/" + i + "/input",
                EnumSet.of(InputKind.COUNT),
                "eventDeduction counts events"));
      }
    } else if (method instanceof Method.Ratio r) {
      ratioUses(r.numerator(), r.denominator(), m, uses);
    } else if (method instanceof Method.Cohort co) {
      ratioUses(co.numerator(), co.denominator(), m, uses);
    }
    return uses;
  }

  private static void ratioUses(
      List<String> numerator, List<String> denominator, String m, List<Use> uses) {
    for (int i = 0; i < numerator.size(); i++) {
      uses.add(new Use(numerator.get(i), m + "/numerator/" + i, NUMERIC, "a ratio reads numbers"));
    }
    for (int i = 0; i < denominator.size(); i++) {
      uses.add(
          new Use(denominator.get(i), m + "/denominator/" + i, NUMERIC, "a ratio reads numbers"));
    }
  }

  private static void parameters(Criterion c, List<InputDef> defs, String at, Findings out) {
    Method method = c.method();
    String m = at + "/method";
    if (method instanceof Method.Ratio r) {
      ratio(c, r, defs, m, out);
    } else if (method instanceof Method.Cohort co && co.numerator().isEmpty()) {
      out.error("empty-numerator", m + "/numerator", Texts.criterion(c) + ": no numerator", null);
    } else if (method instanceof Method.ExternalScore e) {
      if (e.scale() == null || e.scale().signum() <= 0) {
        out.error(
            "scale-not-positive",
            m + "/scale",
            Texts.criterion(c) + ": externalScore scale is " + num(e.scale()) + ", it must be > 0",
            "write the external score's maximum, e.g. 100");
      }
    } else if (method instanceof Method.Lateness l) {
      if (l.pointsPerMonth() == null || l.pointsPerMonth().signum() <= 0) {
        out.error(
            "points-per-month-not-positive",
            m + "/pointsPerMonth",
            Texts.criterion(c)
                + ": pointsPerMonth is "
                + num(l.pointsPerMonth())
                + ", it must be > 0",
            "002_… 1, 2 deduct 1 point per month late");
      }
    } else if (method instanceof Method.EventDeduction e) {
      events(c, e, m, out);
    } else if (method instanceof Method.Choice ch) {
      ChoiceCheck.check(c, ch, m, out);
    } else if (method instanceof Method.Bands b) {
      InputKind kind =
          defs.stream()
              .filter(d -> d.id().equals(b.input()))
              .map(InputDef::kind)
              .findFirst()
              .orElse(InputKind.NUMBER);
      BandCheck.check(c, b, kind, at, out);
    }
  }

  private static void ratio(
      Criterion c, Method.Ratio r, List<InputDef> defs, String m, Findings out) {
    if (r.numerator().isEmpty()) {
      out.error("empty-numerator", m + "/numerator", Texts.criterion(c) + ": no numerator", null);
    } else if (r.denominator().isEmpty()) {
      boolean onePercent =
          r.numerator().size() == 1
              && defs.stream()
                  .anyMatch(
                      d -> d.id().equals(r.numerator().get(0)) && d.kind() == InputKind.PERCENT);
      if (!onePercent) {
        out.error(
            "ratio-needs-percent",
            m + "/denominator",
            Texts.criterion(c)
                + ": a ratio with an empty denominator reads a single percent input, but the"
                + " numerator lists "
                + list(r.numerator()),
            "give a denominator, or read one input of kind percent");
      }
    }
    share(c, "target", r.target(), m, out);
    share(c, "floor", r.floor(), m, out);
  }

  private static void share(Criterion c, String name, BigDecimal v, String m, Findings out) {
    if (v != null && (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) > 0)) {
      out.error(
          name + "-out-of-range",
          m + "/" + name,
          Texts.criterion(c) + ": ratio " + name + " " + num(v) + " is outside (0, 1]",
          "write a share: 0.5 for 50% (003_… 4.7), 0.6 for 60% (003_… 6.5)");
    }
  }

  private static void events(Criterion c, Method.EventDeduction e, String m, Findings out) {
    if (e.events().isEmpty()) {
      out.error("no-events", m + "/events", Texts.criterion(c) + ": no events to deduct", null);
    }
    for (int i = 0; i < e.events().size(); i++) {
      BigDecimal f = e.events().get(i).fraction();
      if (f == null || f.signum() <= 0 || f.compareTo(BigDecimal.ONE) > 0) {
        out.error(
            "event-fraction-out-of-range",
            m + "/events/" + i + "/fraction",
            Texts.criterion(c) + ": event fraction " + num(f) + " is outside (0, 1]",
            "002_… 6 deducts 0.2, 0.3, 0.6 or 1 of the points per late entry");
      }
    }
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.stream().collect(Collectors.joining(", "));
  }
}
