package org.opendti.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.diagnostic.Lang;
import org.opendti.git.SubmissionPath;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;

/**
 * The units the submission form lets an official pick: every unit the framework covers (of its
 * level, within its {@code appliesTo} territory: {@link Framework#covers}; the script keeps those
 * valid in the chosen period), with what the site knows of their submissions to this framework:
 * which periods have a file on main (an update edits it) and which were accepted (published under
 * {@code data/<framework>/<period>/submissions/<unit>.json}, so the form can start from one).
 */
final class FormUnits {

  private FormUnits() {}

  /**
   * One unit as the picker shows it.
   *
   * @param otherName its name in the other language, when it has one that differs (the picker
   *     matches both), else empty
   * @param parent the parent unit's name, to tell apart units of the same name
   * @param onMain periods whose submission file exists on main, sorted
   * @param accepted periods with an accepted submission, published under {@link #file}, sorted
   */
  record Choice(
      String id,
      String name,
      String otherName,
      String parent,
      LocalDate validFrom,
      LocalDate validTo,
      List<String> onMain,
      List<String> accepted) {
    Choice {
      onMain = List.copyOf(onMain);
      accepted = List.copyOf(accepted);
    }
  }

  /** The choices of the framework's level, by name in Vietnamese order, then id. */
  static List<Choice> of(PageContext page, Framework fw) {
    SiteIndex index = page.index();
    UnitRegistry registry = index.input().dataset().registry();
    List<Unit> units =
        registry.units().stream()
            .filter(u -> fw.covers(u, registry))
            .sorted(
                Comparator.comparing((Unit u) -> page.pick(u.name(), u.nameEn()), index.names())
                    .thenComparing(Unit::id))
            .toList();
    Map<String, SortedSet<String>> onMain = onMain(index, fw);
    List<Choice> out = new ArrayList<>();
    for (Unit u : units) {
      String name = page.pick(u.name(), u.nameEn());
      String other = page.lang() == Lang.VI ? u.nameEn() : u.name();
      String parent = u.parent() == null ? "" : page.unitName(u.parent());
      List<String> accepted = new ArrayList<>();
      for (Period p : fw.periods()) {
        if (index
            .input()
            .dataset()
            .submission(new SubmissionKey(fw.id(), p.id(), u.id()))
            .isPresent()) {
          accepted.add(p.id());
        }
      }
      SortedSet<String> files = new TreeSet<>(onMain.getOrDefault(u.id(), new TreeSet<>()));
      files.addAll(accepted);
      out.add(
          new Choice(
              u.id(),
              name,
              other == null || other.isBlank() || other.equals(name) ? "" : other,
              parent,
              u.validFrom(),
              u.validTo(),
              List.copyOf(files),
              accepted));
    }
    return out;
  }

  /**
   * Where the page finds the framework's published submissions, {@code
   * <dataRoot><period>/submissions/<unit>.json} ({@link #file}), relative to the page.
   */
  static String dataRoot(PageContext page, Framework fw) {
    return page.href("data/" + SitePaths.seg(fw.id())) + "/";
  }

  /**
   * The published copy of an accepted submission, {@code
   * data/<framework>/<period>/submissions/<unit>.json}.
   */
  static String file(SubmissionKey key) {
    return SitePaths.data(
        key.framework(), key.period(), "submissions/" + SitePaths.seg(key.unit()) + ".json");
  }

  /** Unit → periods of this framework with a submission file on main (from Git provenance). */
  private static Map<String, SortedSet<String>> onMain(SiteIndex index, Framework fw) {
    Map<String, SortedSet<String>> out = new TreeMap<>();
    for (String path : index.input().provenance().keySet()) {
      SubmissionPath.parse(path)
          .filter(p -> !p.review() && p.framework().equals(fw.id()))
          .ifPresent(p -> out.computeIfAbsent(p.unit(), k -> new TreeSet<>()).add(p.period()));
    }
    return out;
  }
}
