package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Level;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.RankingGroup;
import org.opendti.model.Source;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;

/** Small builders for hand-made model objects, so tests do not depend on the loader. */
final class TestData {

  private TestData() {}

  static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  static Value num(String s) {
    return new Value.Num(n(s));
  }

  static Value bool(boolean b) {
    return new Value.Bool(b);
  }

  static Value text(String s) {
    return new Value.Text(s);
  }

  static Value date(String s) {
    return new Value.Date(LocalDate.parse(s));
  }

  static InputDef input(String id, InputKind kind) {
    return new InputDef(id, "Nhãn " + id, null, kind, null);
  }

  static Method.Band band(String min, String below, String fraction) {
    return new Method.Band(
        min == null ? null : n(min), below == null ? null : n(below), n(fraction), null, null);
  }

  static Method.Option option(String id, String fraction) {
    return new Method.Option(id, "Mức " + id, null, n(fraction), null);
  }

  static Period period(String id, String start, String end, String deadline) {
    return new Period(
        id,
        LocalDate.parse(start),
        LocalDate.parse(end),
        deadline == null ? null : LocalDate.parse(deadline));
  }

  /** Period "2023" of the seeds: 15/11/2022 to 14/11/2023, due 25/11/2023 ({@code 004_…}). */
  static Period period2023() {
    return period("2023", "2022-11-15", "2023-11-14", "2023-11-25");
  }

  static CriterionBuilder criterion(String id) {
    return new CriterionBuilder(id);
  }

  static Group group(String id, String declared, List<Group> groups, List<Criterion> criteria) {
    return new Group(
        id, "Nhóm " + id, null, null, declared == null ? null : n(declared), groups, criteria);
  }

  static Group group(String id, String declared, Criterion... criteria) {
    return group(id, declared, List.of(), List.of(criteria));
  }

  static FrameworkBuilder framework(Group... pillars) {
    return new FrameworkBuilder(List.of(pillars));
  }

  /** Levels tỉnh, huyện, xã; a district with two communes, one abolished on 30/06/2023. */
  static UnitRegistry registry() {
    return new UnitRegistry(
        List.of(
            new Level("tinh", "Cấp tỉnh", "Province", null),
            new Level("huyen", "Cấp huyện", "District", "tinh"),
            new Level("xa", "Cấp xã", "Commune", "huyen")),
        List.of(
            unit("tinh-a", "tinh", null, null, null),
            unit("huyen-a", "huyen", "tinh-a", null, null),
            unit("xa-a", "xa", "huyen-a", null, null),
            unit("xa-b", "xa", "huyen-a", null, null),
            unit("xa-cu", "xa", "huyen-a", null, "2023-06-30"),
            unit("xa-gone", "xa", "huyen-a", null, "2021-12-31"),
            unit("xa-new", "xa", "huyen-a", "2025-07-01", null)));
  }

  static Unit unit(String id, String level, String parent, String from, String to) {
    return new Unit(
        id,
        "Đơn vị " + id,
        null,
        level,
        parent,
        from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        List.of(),
        List.of(),
        false);
  }

  static Contact preparer() {
    return new Contact("Nguyễn Văn A", "UBND xã", "Công chức", "0299 3 000 000", "a@example.vn");
  }

  static Contact approver() {
    return new Contact("Trần Thị B", null, "Chủ tịch", null, null);
  }

  static Answer answer(String criterion, Map<String, Value> inputs, Evidence... evidence) {
    return new Answer(criterion, inputs, null, List.of(evidence), null, null);
  }

  static Answer notApplicable(String criterion, String reason) {
    return new Answer(criterion, Map.of(), null, List.of(), null, new Answer.NotApplicable(reason));
  }

  static Evidence evidence(String kind, String date, String url) {
    return new Evidence(
        kind,
        "79/KH-UBND",
        date == null ? null : LocalDate.parse(date),
        "UBND xã",
        "Kế hoạch",
        url);
  }

  static Submission submission(
      String file, String unit, String fw, String period, List<Answer> answers) {
    return new Submission(
        file,
        unit,
        fw,
        period,
        preparer(),
        approver(),
        Map.of("population", num("7500")),
        null,
        answers);
  }

  /** The only diagnostic with {@code code}; fails unless there is exactly one. */
  static Diagnostic only(List<Diagnostic> found, String code) {
    List<Diagnostic> matching = found.stream().filter(d -> d.code().id().equals(code)).toList();
    assertThat(matching).as("diagnostics %s among %s", code, found).hasSize(1);
    return matching.get(0);
  }

  /** Asserts code, severity, pointer and that the message contains every fragment. */
  static Diagnostic assertFinding(
      List<Diagnostic> found, String code, Severity severity, String pointer, String... fragments) {
    Diagnostic d = only(found, code);
    assertThat(d.severity()).as(d.format(Lang.EN)).isEqualTo(severity);
    assertThat(d.pointer()).as(d.format(Lang.EN)).isEqualTo(pointer);
    assertThat(d.message(Lang.EN)).contains(fragments);
    return d;
  }

  /** A criterion with defaults: yes/no on an implied input, 1 point. */
  static final class CriterionBuilder {
    private final String id;
    private String name;
    private BigDecimal max = BigDecimal.ONE;
    private String sourcePoints;
    private Method method = new Method.YesNo("value");
    private final List<InputDef> inputs = new ArrayList<>();
    private EvidenceRequirement evidence = EvidenceRequirement.NONE;
    private boolean bonus;
    private boolean notApplicableAllowed;

    CriterionBuilder(String id) {
      this.id = id;
      this.name = "Tiêu chí " + id;
    }

    CriterionBuilder name(String name) {
      this.name = name;
      return this;
    }

    CriterionBuilder max(String max) {
      this.max = n(max);
      return this;
    }

    CriterionBuilder sourcePoints(String printed) {
      this.sourcePoints = printed;
      return this;
    }

    CriterionBuilder method(Method method) {
      this.method = method;
      return this;
    }

    CriterionBuilder input(String inputId, InputKind kind) {
      inputs.add(TestData.input(inputId, kind));
      return this;
    }

    CriterionBuilder evidence(boolean required, String... kinds) {
      this.evidence = new EvidenceRequirement(required, List.of(kinds), "Kế hoạch của UBND xã");
      return this;
    }

    CriterionBuilder bonus() {
      this.bonus = true;
      return this;
    }

    CriterionBuilder notApplicableAllowed() {
      this.notApplicableAllowed = true;
      return this;
    }

    Criterion build() {
      return new Criterion(
          id,
          name,
          null,
          null,
          max,
          sourcePoints,
          method,
          inputs,
          evidence,
          null,
          null,
          null,
          List.of(),
          bonus,
          notApplicableAllowed);
    }
  }

  /** A commune-level framework "fw" with period 2023 and one province-wide ranking. */
  static final class FrameworkBuilder {
    private final List<Group> pillars;
    private String id = "fw";
    private String level = "xa";
    private BigDecimal total;
    private List<Period> periods = List.of(period2023());
    private final List<PrioritySector> sectors = new ArrayList<>();
    private final List<org.opendti.model.Classification> classification = new ArrayList<>();
    private List<RankingGroup> ranking = List.of(new RankingGroup("all", "Toàn tỉnh", null, "all"));
    private final List<org.opendti.model.ProfileField> profile = new ArrayList<>();

    FrameworkBuilder(List<Group> pillars) {
      this.pillars = pillars;
      this.total = pillars.stream().map(Group::basePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    FrameworkBuilder id(String id) {
      this.id = id;
      return this;
    }

    FrameworkBuilder level(String level) {
      this.level = level;
      return this;
    }

    FrameworkBuilder total(String total) {
      this.total = n(total);
      return this;
    }

    FrameworkBuilder periods(Period... periods) {
      this.periods = List.of(periods);
      return this;
    }

    FrameworkBuilder sector(String id, String points, Group... groups) {
      sectors.add(new PrioritySector(id, "Lĩnh vực " + id, null, n(points), List.of(groups)));
      return this;
    }

    FrameworkBuilder classification(String id, String minShare) {
      classification.add(new org.opendti.model.Classification(id, id, null, n(minShare)));
      return this;
    }

    FrameworkBuilder ranking(RankingGroup... groups) {
      this.ranking = List.of(groups);
      return this;
    }

    FrameworkBuilder profile(String id, InputKind kind, boolean required) {
      profile.add(
          new org.opendti.model.ProfileField(id, "Trường " + id, null, kind, null, required));
      return this;
    }

    Framework build() {
      return new Framework(
          id,
          "Bộ chỉ số " + id,
          null,
          null,
          null,
          new Source("UBND tỉnh", "1/QĐ-UBND", null, "000_a4c9bfd2f57675f0.txt", null),
          level,
          periods,
          total,
          pillars,
          profile,
          new Aggregation(true, Aggregation.BonusPolicy.ADD, sectors, classification),
          ranking);
    }
  }

  /** Ordered map literal for inputs. */
  static Map<String, Value> inputs(Object... idsAndValues) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      m.put((String) idsAndValues[i], (Value) idsAndValues[i + 1]);
    }
    return m;
  }
}
