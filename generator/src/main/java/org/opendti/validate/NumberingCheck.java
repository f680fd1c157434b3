package org.opendti.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
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
        Code.DUPLICATE_CRITERION_ID,
        tree.criteria().stream()
            .map(c -> new Item(c.criterion().id(), c.pointer() + "/id"))
            .toList(),
        out);
    duplicates(
        Code.DUPLICATE_GROUP_ID,
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

  private static void duplicates(Code code, List<Item> items, Findings out) {
    Map<String, Item> first = new LinkedHashMap<>();
    for (Item item : items) {
      Item earlier = first.putIfAbsent(item.id(), item);
      if (earlier != null) {
        out.error(code, item.pointer(), item.id(), earlier.pointer());
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
        out.warning(Code.NUMBERING_DUPLICATE, item.pointer(), n, item.id());
      } else if (n != last + 1) {
        Text what =
            lastId == null
                ? Text.of("phrase.numbering-starts", item.id(), n)
                : n < last + 1
                    ? Text.of("phrase.numbering-out-of-order", lastId, last, item.id(), n)
                    : n == last + 2
                        ? Text.of("phrase.numbering-skips-one", lastId, last, item.id(), n, n - 1)
                        : Text.of(
                            "phrase.numbering-skips", lastId, last, item.id(), n, last + 1, n - 1);
        out.warning(Code.NUMBERING_GAP, item.pointer(), what);
      }
      if (n > last) {
        last = n;
        lastId = item.id();
      }
    }
  }
}
