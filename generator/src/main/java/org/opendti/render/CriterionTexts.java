package org.opendti.render;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.Method;
import org.opendti.model.Value;
import org.opendti.render.view.TextPart;

/**
 * What a framework's scorecards say about each criterion in one language, the same on every unit's
 * page: name, maximum, method in words ({@link MethodText}), input labels and units, choice labels.
 * Built once per framework and language instead of once per scorecard row; read-only afterwards, so
 * pages rendered in parallel share it.
 */
final class CriterionTexts {

  /**
   * One criterion's texts.
   *
   * @param labels input label by input id, for the inputs the criterion defines
   * @param units input unit of measure by input id, for inputs that have one
   * @param unitsOne the unit after a value of exactly 1 where it differs ({@link
   *     InputDef#unitEnOne}: "1 person", "2 people"), by input id
   * @param options choice option label by option id (first of a repeated id, as a search finds)
   * @param nameLang the {@code lang} attribute of {@code name}: "vi" on an English page where the
   *     framework gives no English name, else ""
   * @param vietnameseInputs the input ids whose label is the Vietnamese one on an English page (the
   *     framework gives no English); empty on a Vietnamese page
   * @param vietnameseOptions the same for the choice's option ids
   */
  record Entry(
      String name,
      String nameLang,
      String max,
      List<TextPart> method,
      Map<String, String> labels,
      Map<String, String> units,
      Map<String, String> unitsOne,
      Map<String, String> options,
      Set<String> vietnameseInputs,
      Set<String> vietnameseOptions) {

    /** The {@code lang} attribute of input {@code id}'s label: "vi" or "". */
    String inputLang(String id) {
      if (labels.containsKey(id)) {
        return vietnameseInputs.contains(id) ? Lang.VI.code() : "";
      }
      // An input the criterion does not define is labelled by the criterion's name ("value").
      return "value".equals(id) ? nameLang : "";
    }

    /**
     * The {@code lang} attribute of a value as said: "vi" for a choice's option with no English.
     */
    String valueLang(Value v) {
      return v instanceof Value.Text option && vietnameseOptions.contains(option.value())
          ? Lang.VI.code()
          : "";
    }

    /**
     * The unit of input {@code id} as written after {@code value}: after a space (" người", " 1
     * dossier"), but "%" right after the number as the seed documents write it ({@link
     * Lang#percent}); "" where it has none.
     */
    String unitAfter(String id, Value v) {
      return unitAfter(id, v instanceof Value.Num n ? n.value() : null);
    }

    /** {@link #unitAfter(String, Value)} after a number, or no number ({@code value} null). */
    String unitAfter(String id, BigDecimal value) {
      String one = value == null || value.compareTo(BigDecimal.ONE) != 0 ? null : unitsOne.get(id);
      String unit = one != null ? one : units.getOrDefault(id, "");
      return unit.isEmpty() || unit.equals("%") ? unit : " " + unit;
    }
  }

  private final Lang lang;
  private final Framework framework;
  private final Map<Criterion, Entry> entries = new IdentityHashMap<>();
  private final Map<Group, List<Criterion>> criteria = new IdentityHashMap<>();

  CriterionTexts(Lang lang, Framework framework) {
    this.lang = lang;
    this.framework = framework;
    for (Criterion c : framework.allCriteria()) {
      entries.computeIfAbsent(c, this::entry);
    }
    for (Group p : framework.pillars()) {
      criteria.put(p, p.allCriteria().toList());
    }
  }

  /** Whether these texts were made for this very framework object. */
  boolean isFor(Lang lang, Framework framework) {
    return this.lang == lang && this.framework == framework;
  }

  Entry of(Criterion c) {
    Entry e = entries.get(c);
    return e != null ? e : entry(c);
  }

  /** {@link Group#allCriteria()} of a pillar, listed once. */
  List<Criterion> criteriaOf(Group pillar) {
    List<Criterion> list = criteria.get(pillar);
    return list != null ? list : pillar.allCriteria().toList();
  }

  /** An input's label: {@link MethodText#inputLabel}, looked up when the criterion defines it. */
  String label(Entry e, Criterion c, String inputId) {
    String label = e.labels().get(inputId);
    return label != null ? label : MethodText.inputLabel(lang, c, inputId);
  }

  /**
   * A value as the reader sees it: a number, "Có"/"Yes", a date, or a choice's option by its label
   * in this language ({@code e} may be null: an unknown criterion's option is shown by its id, as
   * is an option whose label the language lacks).
   */
  String value(Entry e, Value v) {
    if (v instanceof Value.Num n) {
      return lang.number(n.value());
    } else if (v instanceof Value.Bool b) {
      return b.value() ? lang.pick("Có", "Yes") : lang.pick("Không", "No");
    } else if (v instanceof Value.Date d) {
      return lang.date(d.value());
    }
    String id = ((Value.Text) v).value();
    String label = e == null ? null : e.options().get(id);
    return label != null ? label : id;
  }

  /**
   * A value and its unit as the reader sees them: "12 hồ sơ", "1 dossier", "77,3%" ({@link #value},
   * {@link Entry#unitAfter}).
   */
  String valueWithUnit(Entry e, String inputId, Value v) {
    return value(e, v) + (e == null ? "" : e.unitAfter(inputId, v));
  }

  private Entry entry(Criterion c) {
    Map<String, String> labels = new HashMap<>();
    Map<String, String> units = new HashMap<>();
    Map<String, String> unitsOne = new HashMap<>();
    Set<String> vietnameseInputs = new HashSet<>();
    for (InputDef i : c.inputs()) {
      // The first definition of an id wins, as Criterion.input finds it.
      if (!labels.containsKey(i.id())) {
        labels.put(i.id(), lang.pick(i.label(), i.labelEn()));
        if (!lang.attributeOfPick(i.labelEn()).isEmpty()) {
          vietnameseInputs.add(i.id());
        }
        String unit = lang.pick(i.unit(), i.unitEn());
        if (unit != null) {
          units.put(i.id(), unit);
        }
        // Only English has a singular; one given without unitEn is not used (English shows unit).
        if (lang == Lang.EN && i.unitEn() != null && i.unitEnOne() != null) {
          unitsOne.put(i.id(), i.unitEnOne());
        }
      }
    }
    Map<String, String> options = new HashMap<>();
    Set<String> vietnameseOptions = new HashSet<>();
    if (c.method() instanceof Method.Choice choice) {
      for (Method.Option o : choice.options()) {
        if (options.putIfAbsent(o.id(), lang.pick(o.labelOrId(), o.labelEn())) == null
            // An option without a label is shown by its id, in no language.
            && o.label() != null
            && !lang.attributeOfPick(o.labelEn()).isEmpty()) {
          vietnameseOptions.add(o.id());
        }
      }
    }
    return new Entry(
        lang.pick(c.name(), c.nameEn()),
        lang.attributeOfPick(c.nameEn()),
        lang.points(c.maxPoints()),
        MethodText.parts(lang, c),
        labels,
        units,
        unitsOne,
        options,
        Set.copyOf(vietnameseInputs),
        Set.copyOf(vietnameseOptions));
  }
}
