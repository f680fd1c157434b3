package org.opendti.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.git.SubmissionPath;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Unit;

/**
 * The units the submission form lets an official pick: every unit of the framework's level (the
 * script keeps those valid in the chosen period), with what the site knows of their submissions to
 * this framework: which periods have a file on main (an update edits it) and which were accepted
 * (published under {@code data/<framework>/<period>/submissions/<unit>.json}, so the form can start
 * from one).
 */
final class FormUnits {

  private FormUnits() {}

  /**
   * One unit as the picker shows it.
   *
   * @param parent the parent unit's name, to tell apart units of the same name
   * @param key the folded text the picker matches ({@link SearchPage#fold}: no diacritics, lower
   *     case), name, English name, parent and id
   * @param onMain periods whose submission file exists on main, sorted
   * @param accepted period → the published accepted submission, relative to the form page
   */
  record Choice(
      String id,
      String name,
      String parent,
      LocalDate validFrom,
      LocalDate validTo,
      String key,
      List<String> onMain,
      Map<String, String> accepted) {
    Choice {
      onMain = List.copyOf(onMain);
      accepted = java.util.Collections.unmodifiableMap(new TreeMap<>(accepted));
    }
  }

  /** The choices of the framework's level, by name in Vietnamese order, then id. */
  static List<Choice> of(PageContext page, Framework fw) {
    SiteIndex index = page.index();
    List<Unit> units =
        index.input().dataset().registry().units().stream()
            .filter(u -> fw.level().equals(u.level()))
            .sorted(
                Comparator.comparing((Unit u) -> page.pick(u.name(), u.nameEn()), index.names())
                    .thenComparing(Unit::id))
            .toList();
    Map<String, SortedSet<String>> onMain = onMain(index, fw);
    List<Choice> out = new ArrayList<>();
    for (Unit u : units) {
      String name = page.pick(u.name(), u.nameEn());
      String parent = u.parent() == null ? "" : page.unitName(u.parent());
      Map<String, String> accepted = new TreeMap<>();
      for (Period p : fw.periods()) {
        SubmissionKey key = new SubmissionKey(fw.id(), p.id(), u.id());
        if (index.input().dataset().submission(key).isPresent()) {
          accepted.put(p.id(), page.href(file(key)));
        }
      }
      SortedSet<String> files = new TreeSet<>(onMain.getOrDefault(u.id(), new TreeSet<>()));
      files.addAll(accepted.keySet());
      String key =
          SearchPage.fold(
              String.join(
                  " ",
                  name,
                  u.name(),
                  u.nameEn() == null ? "" : u.nameEn(),
                  parent,
                  u.id().replace('-', ' ')));
      out.add(
          new Choice(
              u.id(), name, parent, u.validFrom(), u.validTo(), key, List.copyOf(files), accepted));
    }
    return out;
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
