package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
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
  private record Use(String input, String pointer, Set<InputKind> kinds, Text why) {}

  static void check(Criterion c, String at, Findings out) {
    List<InputDef> defs = Inputs.of(c);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < c.inputs().size(); i++) {
      if (!ids.add(c.inputs().get(i).id())) {
        out.error(
            Code.DUPLICATE_INPUT_ID,
            at + "/inputs/" + i + "/id",
            Texts.criterion(c),
            c.inputs().get(i).id());
      }
    }
    String m = at + "/method";
    for (Use use : uses(c.method(), m)) {
      Optional<InputDef> def = defs.stream().filter(d -> d.id().equals(use.input())).findFirst();
      if (def.isEmpty()) {
        out.error(
            Code.UNKNOWN_METHOD_INPUT,
            use.pointer(),
            Texts.criterion(c),
            use.input(),
            defs.stream().map(InputDef::id).toList());
      } else if (!use.kinds().contains(def.get().kind())) {
        out.error(
            Code.METHOD_INPUT_KIND,
            use.pointer(),
            Texts.criterion(c),
            use.input(),
            Texts.kind(def.get().kind()),
            use.why(),
            use.kinds().stream().map(Texts::kind).toList());
      }
    }
    Set<String> read = new HashSet<>(c.method().inputIds());
    for (int i = 0; i < c.inputs().size(); i++) {
      if (!read.contains(c.inputs().get(i).id())) {
        out.warning(
            Code.UNUSED_INPUT,
            at + "/inputs/" + i,
            Texts.criterion(c),
            c.inputs().get(i).id(),
            c.method().type());
      }
    }
    parameters(c, defs, at, out);
  }

  private static List<Use> uses(Method method, String m) {
    List<Use> uses = new ArrayList<>();
    if (method instanceof Method.YesNo y) {
      uses.add(new Use(y.input(), m + "/input", EnumSet.of(InputKind.BOOLEAN), why("yes-no")));
    } else if (method instanceof Method.Choice ch) {
      uses.add(new Use(ch.input(), m + "/input", EnumSet.of(InputKind.CHOICE), why("choice")));
    } else if (method instanceof Method.Bands b) {
      uses.add(new Use(b.input(), m + "/input", NUMERIC, why("bands")));
    } else if (method instanceof Method.ExternalScore e) {
      uses.add(new Use(e.input(), m + "/input", NUMERIC, why("external-score")));
    } else if (method instanceof Method.Assessed a) {
      uses.add(new Use(a.input(), m + "/input", EnumSet.of(InputKind.POINTS), why("assessed")));
    } else if (method instanceof Method.Lateness l && l.input() != null) {
      uses.add(new Use(l.input(), m + "/input", EnumSet.of(InputKind.DATE), why("lateness")));
    } else if (method instanceof Method.EventDeduction e) {
      for (int i = 0; i < e.events().size(); i++) {
        uses.add(
            new Use(
                e.events().get(i).input(),
                m + "/events/" + i + "/input",
                EnumSet.of(InputKind.COUNT),
                why("event-deduction")));
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
      uses.add(new Use(numerator.get(i), m + "/numerator/" + i, NUMERIC, why("ratio")));
    }
    for (int i = 0; i < denominator.size(); i++) {
      uses.add(new Use(denominator.get(i), m + "/denominator/" + i, NUMERIC, why("ratio")));
    }
  }

  private static void parameters(Criterion c, List<InputDef> defs, String at, Findings out) {
    Method method = c.method();
    String m = at + "/method";
    if (method instanceof Method.Ratio r) {
      ratio(c, r, defs, m, out);
    } else if (method instanceof Method.Cohort co && co.numerator().isEmpty()) {
      out.error(Code.EMPTY_NUMERATOR, m + "/numerator", Texts.criterion(c));
    } else if (method instanceof Method.ExternalScore e) {
      if (e.scale() == null || e.scale().signum() <= 0) {
        out.error(Code.SCALE_NOT_POSITIVE, m + "/scale", Texts.criterion(c), num(e.scale()));
      }
    } else if (method instanceof Method.Lateness l) {
      if (l.pointsPerMonth() == null || l.pointsPerMonth().signum() <= 0) {
        out.error(
            Code.POINTS_PER_MONTH_NOT_POSITIVE,
            m + "/pointsPerMonth",
            Texts.criterion(c),
            num(l.pointsPerMonth()));
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
      out.error(Code.EMPTY_NUMERATOR, m + "/numerator", Texts.criterion(c));
    } else if (r.denominator().isEmpty()) {
      boolean onePercent =
          r.numerator().size() == 1
              && defs.stream()
                  .anyMatch(
                      d -> d.id().equals(r.numerator().get(0)) && d.kind() == InputKind.PERCENT);
      if (!onePercent) {
        out.error(Code.RATIO_NEEDS_PERCENT, m + "/denominator", Texts.criterion(c), r.numerator());
      }
    }
    share(c, Code.TARGET_OUT_OF_RANGE, "target", r.target(), m, out);
    share(c, Code.FLOOR_OUT_OF_RANGE, "floor", r.floor(), m, out);
  }

  private static void share(
      Criterion c, Code code, String name, BigDecimal v, String m, Findings out) {
    if (v != null && (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) > 0)) {
      out.error(code, m + "/" + name, Texts.criterion(c), v);
    }
  }

  private static void events(Criterion c, Method.EventDeduction e, String m, Findings out) {
    if (e.events().isEmpty()) {
      out.error(Code.NO_EVENTS, m + "/events", Texts.criterion(c));
    }
    for (int i = 0; i < e.events().size(); i++) {
      BigDecimal f = e.events().get(i).fraction();
      if (f == null || f.signum() <= 0 || f.compareTo(BigDecimal.ONE) > 0) {
        out.error(
            Code.EVENT_FRACTION_OUT_OF_RANGE,
            m + "/events/" + i + "/fraction",
            Texts.criterion(c),
            num(f));
      }
    }
  }

  /** Why the method needs the kinds it reads: {@code phrase.reads-<method>}. */
  private static Text why(String method) {
    return Text.of("phrase.reads-" + method);
  }
}
