package org.opendti.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;

/**
 * Duplicate ids and the numbering of siblings. Criteria are answered by id, so two criteria with
 * one id make a submission ambiguous (error). Numbering gaps are the source's ({@code 000_…} pillar
 * II skips item 4) and only warned about.
 */
final class NumberingCheck {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  private NumberingCheck() {}

  /** One id-bearing sibling: its id and the pointer of its {@code id} member. */
  private record Item(String id, String pointer) {}

  static void check(Framework f, FrameworkTree tree, Findings out) {
    duplicates(
        "duplicate-criterion-id",
        "criterion",
        tree.criteria().stream()
            .map(c -> new Item(c.criterion().id(), c.pointer() + "/id"))
            .toList(),
        out);
    duplicates(
        "duplicate-group-id",
        "group",
        tree.groups().stream().map(g -> new Item(g.group().id(), g.pointer() + "/id")).toList(),
        out);
    List<Item> pillars = new ArrayList<>();
    for (int i = 0; i < f.pillars().size(); i++) {
      pillars.add(new Item(f.pillars().get(i).id(), "/pillars/" + i + "/id"));
    }
    sequence(pillars, out);
    for (FrameworkTree.GroupAt at : tree.groups()) {
      Group g = at.group();
      // Bonus items are numbered on their own in the source (000_…: "* ĐIỂM THƯỞNG", 1, 2…).
      sequence(criteria(g, at.pointer(), c -> !c.bonus()), out);
      sequence(criteria(g, at.pointer(), Criterion::bonus), out);
      List<Item> subgroups = new ArrayList<>();
      for (int k = 0; k < g.groups().size(); k++) {
        subgroups.add(new Item(g.groups().get(k).id(), at.pointer() + "/groups/" + k + "/id"));
      }
      sequence(subgroups, out);
    }
  }

  private static List<Item> criteria(Group g, String at, Predicate<Criterion> keep) {
    List<Item> items = new ArrayList<>();
    for (int k = 0; k < g.criteria().size(); k++) {
      Criterion c = g.criteria().get(k);
      if (keep.test(c)) {
        items.add(new Item(c.id(), at + "/criteria/" + k + "/id"));
      }
    }
    return items;
  }

  private static void duplicates(String code, String what, List<Item> items, Findings out) {
    Map<String, Item> first = new LinkedHashMap<>();
    for (Item item : items) {
      Item earlier = first.putIfAbsent(item.id(), item);
      if (earlier != null) {
        out.error(
            code,
            item.pointer(),
            what + " id " + item.id() + " is used twice (first at " + earlier.pointer() + ")",
            "ids must be unique in the framework, priority sectors included");
      }
    }
  }

  /** The last dot-segment of numeric sibling ids should run 1, 2, 3… in document order. */
  private static void sequence(List<Item> siblings, Findings out) {
    Set<Integer> seen = new HashSet<>();
    int last = 0;
    String lastId = null;
    for (Item item : siblings) {
      String segment = item.id().substring(item.id().lastIndexOf('.') + 1);
      if (!NUMBER.matcher(segment).matches()) {
        continue;
      }
      int n = Integer.parseInt(segment);
      if (!seen.add(n)) {
        out.warning(
            "numbering-duplicate",
            item.pointer(),
            "number " + n + " of " + item.id() + " is used twice among its siblings",
            "renumber so that siblings run 1, 2, 3…, or explain the source's numbering");
      } else if (n != last + 1) {
        String message =
            lastId == null
                ? "numbering starts at " + item.id() + " (" + n + "), not at 1"
                : lastId
                    + " ("
                    + last
                    + ") is followed by "
                    + item.id()
                    + " ("
                    + n
                    + ")"
                    + (n > last + 1 ? ": " + missing(last + 1, n - 1) : ": out of order");
        out.warning(
            "numbering-gap",
            item.pointer(),
            message,
            "keep the source's numbers if that is what it prints, and note the gap in source.note");
      }
      if (n > last) {
        last = n;
        lastId = item.id();
      }
    }
  }

  private static String missing(int from, int to) {
    return from == to
        ? "number " + from + " is missing"
        : "numbers " + from + "–" + to + " are missing";
  }
}
