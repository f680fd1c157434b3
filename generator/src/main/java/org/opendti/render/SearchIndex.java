package org.opendti.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The search index of units and criteria, split into prefix shards so that one query loads at most
 * {@link #BUDGET} bytes of entries plus a small manifest, at any number of units (issue #17).
 *
 * <p>An entry (a unit or a criterion) has a folded key ({@link SearchPage#fold}: diacritics, đ and
 * case ignored); its words are the key split at anything but letters, digits and inner dots (so
 * "8.4" stays a word). A query matches an entry when every word of the folded query begins a word
 * of the entry's key. The matches are then ordered by how closely they match ({@link #rank}): the
 * query's words as a phrase of the key first, so that "Ngã Năm" finds the town Ngã Năm before the
 * criteria that speak of "ngân sách hằng năm", and a commune named by the query is among the first
 * results the page shows, not after every commune whose name only begins the same; within a rank,
 * in the index's order. {@code assets/search.js} does the same.
 *
 * <p>Split: every word of every entry goes under its prefix. Starting from the empty prefix, a
 * prefix whose entries together exceed the budget is split by its next character; a word whose own
 * entries exceed the budget (a "stop" word, like "xa" in 10,000 communes' names) is kept in the
 * entries' keys but not indexed. A query word is <em>selective</em> when a leaf prefix begins it
 * and no stop word begins with it; the page loads the smallest selective word's shard and filters
 * it with every word, which gives exactly the whole index's results. A query with no selective word
 * matches, for each of its words, more than the budget's worth of entries: the page asks for more
 * letters instead.
 *
 * <p>Files: {@code search/index.json} = {@code {"budget": B, "stop": [words], "split": [prefixes
 * split further], "leaves": {prefix: [file number, bytes]}}} and {@code search/<n>.json} = an array
 * of entries, in the index's order (a query's results are ordered after the shard is filtered).
 */
final class SearchIndex {

  static final String MANIFEST = "search/index.json";

  /** Bytes of entries in one shard at most. */
  static final int BUDGET = 512 * 1024;

  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}.]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One searchable entry: its folded key and its JSON object as written. */
  record Entry(String key, ObjectNode json, int bytes) {
    Entry(ObjectNode json) {
      this(json.get("k").asText(), json, size(json));
    }
  }

  private final List<Entry> entries;

  SearchIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  /** The words of a text as the index cuts them: folded, split, dots trimmed at both ends. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : SPLIT.split(SearchPage.fold(text))) {
      int a = 0;
      int b = w.length();
      while (a < b && w.charAt(a) == '.') {
        a++;
      }
      while (b > a && w.charAt(b - 1) == '.') {
        b--;
      }
      if (a < b) {
        out.add(w.substring(a, b));
      }
    }
    return out;
  }

  /** Whether every query word begins a word of {@code key}. */
  static boolean matches(List<String> query, String key) {
    List<String> words = words(key);
    for (String q : query) {
      boolean found = false;
      for (String w : words) {
        if (w.startsWith(q)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** The closest a match can be: the query's words, whole, as consecutive words of the key. */
  static final int PHRASE = 0;

  /** The query's words as consecutive words of the key, the last one begun (still being typed). */
  static final int PHRASE_BEGUN = 1;

  /** Every query word is a whole word of the key, not all together. */
  static final int WORDS = 2;

  /** Every query word only begins a word of the key. */
  static final int PREFIXES = 3;

  /**
   * How closely a key that {@link #matches} the query matches it, from {@link #PHRASE} (closest) to
   * {@link #PREFIXES}.
   */
  static int rank(List<String> query, String key) {
    List<String> words = words(key);
    int n = query.size();
    int best = PREFIXES;
    for (int i = 0; i + n <= words.size() && best > PHRASE; i++) {
      int k = 0;
      while (k < n - 1 && words.get(i + k).equals(query.get(k))) {
        k++;
      }
      String last = words.get(i + n - 1);
      if (k == n - 1 && last.startsWith(query.get(n - 1))) {
        best = Math.min(best, last.length() == query.get(n - 1).length() ? PHRASE : PHRASE_BEGUN);
      }
    }
    if (best < PREFIXES) {
      return best;
    }
    return words.containsAll(query) ? WORDS : PREFIXES;
  }

  /** Matches in order of their {@link #rank}, the index's order within a rank (a stable sort). */
  static <T> List<T> ordered(List<String> query, List<T> matches, Function<T, String> key) {
    Map<T, Integer> ranks = new IdentityHashMap<>();
    for (T m : matches) {
      ranks.put(m, rank(query, key.apply(m)));
    }
    List<T> out = new ArrayList<>(matches);
    out.sort(Comparator.comparing(ranks::get));
    return out;
  }

  /** The whole index's answer: every entry matching the query, closest first ({@link #rank}). */
  List<Entry> search(String query) {
    List<String> q = words(query);
    if (q.isEmpty()) {
      return List.of();
    }
    return ordered(q, entries.stream().filter(e -> matches(q, e.key())).toList(), Entry::key);
  }

  /** The split index: the manifest and the shards, as files under {@code search/}. */
  Map<String, byte[]> split() {
    Map<String, BitSet> postings = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String w : new LinkedHashSet<>(words(entries.get(i).key()))) {
        postings.computeIfAbsent(w, k -> new BitSet()).set(i);
      }
    }
    Set<String> stop = new TreeSet<>();
    Map<String, BitSet> indexed = new TreeMap<>();
    postings.forEach(
        (w, ids) -> {
          if (bytes(ids) > BUDGET) {
            stop.add(w);
          } else {
            indexed.put(w, ids);
          }
        });
    Map<String, BitSet> leaves = new TreeMap<>();
    Set<String> splits = new TreeSet<>();
    partition("", indexed, leaves, splits);
    Map<String, byte[]> files = new TreeMap<>();
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("budget", BUDGET);
    ArrayNode stops = manifest.putArray("stop");
    stop.forEach(stops::add);
    ArrayNode splitNode = manifest.putArray("split");
    splits.forEach(splitNode::add);
    ObjectNode leafNode = manifest.putObject("leaves");
    int n = 0;
    for (Map.Entry<String, BitSet> leaf : leaves.entrySet()) {
      ArrayNode shard = JSON.createArrayNode();
      leaf.getValue().stream().forEach(i -> shard.add(entries.get(i).json()));
      byte[] bytes = write(shard);
      files.put("search/" + n + ".json", bytes);
      leafNode.putArray(leaf.getKey()).add(n).add(bytes.length);
      n++;
    }
    files.put(MANIFEST, write(manifest));
    return files;
  }

  /** Leaves under {@code prefix}: one if its entries fit the budget, else one per next char. */
  private void partition(
      String prefix, Map<String, BitSet> words, Map<String, BitSet> leaves, Set<String> splits) {
    if (words.isEmpty()) {
      return;
    }
    BitSet all = new BitSet();
    words.values().forEach(all::or);
    if (bytes(all) <= BUDGET) {
      leaves.put(prefix, all);
      return;
    }
    splits.add(prefix);
    // A word equal to the prefix is found only by queries that begin it, which are all above a
    // split: not selective. So it needs no shard.
    Map<String, Map<String, BitSet>> children = new TreeMap<>();
    words.forEach(
        (w, ids) -> {
          if (w.length() > prefix.length()) {
            int end = w.offsetByCodePoints(prefix.length(), 1);
            children.computeIfAbsent(w.substring(0, end), k -> new TreeMap<>()).put(w, ids);
          }
        });
    children.forEach((p, ws) -> partition(p, ws, leaves, splits));
  }

  private int bytes(BitSet ids) {
    int sum = 0;
    for (int i = ids.nextSetBit(0); i >= 0; i = ids.nextSetBit(i + 1)) {
      sum += entries.get(i).bytes() + 1;
    }
    return sum;
  }

  /**
   * A query against split files, as {@code assets/search.js} runs it: the manifest, then the one
   * shard of the query's most selective word, its matches closest first ({@link #rank}). Returns
   * null when no word is selective.
   *
   * @param load reads {@code search/<n>.json}
   */
  static List<JsonNode> searchSplit(JsonNode manifest, String query, IntFunction<byte[]> load) {
    List<String> q = words(query);
    int best = NOT_SELECTIVE;
    int bestBytes = Integer.MAX_VALUE;
    for (String w : q) {
      JsonNode leaf = leaf(manifest, w);
      if (leaf != null && leaf.get(1).asInt() < bestBytes) {
        best = leaf.get(0).asInt();
        bestBytes = leaf.get(1).asInt();
      }
    }
    if (best == NOT_SELECTIVE) {
      return null;
    }
    List<JsonNode> out = new ArrayList<>();
    if (best == NOTHING) {
      return out;
    }
    try {
      for (JsonNode e : JSON.readTree(load.apply(best))) {
        if (matches(q, e.get("k").asText())) {
          out.add(e);
        }
      }
    } catch (java.io.IOException e) {
      throw new SiteRenderException("Cannot read a search shard", e);
    }
    return ordered(q, out, e -> e.get("k").asText());
  }

  private static final int NOT_SELECTIVE = -2;
  private static final int NOTHING = -1;

  /**
   * The leaf {@code [file, bytes]} that holds every word beginning with {@code w}; {@code [-1, 0]}
   * when no indexed word begins with it; null when it is not selective.
   */
  static JsonNode leaf(JsonNode manifest, String w) {
    for (JsonNode s : manifest.get("stop")) {
      if (s.asText().startsWith(w)) {
        return null;
      }
    }
    JsonNode leaves = manifest.get("leaves");
    Set<String> splits = new java.util.HashSet<>();
    manifest.get("split").forEach(p -> splits.add(p.asText()));
    // The deepest node on w's path: a leaf holds w's words; a split at w itself means w is too
    // short; a split above w with no child for w's next character means no word begins with w.
    for (int end = w.length(); end >= 0; end--) {
      String p = w.substring(0, end);
      JsonNode leaf = leaves.get(p);
      if (leaf != null) {
        return leaf;
      }
      if (splits.contains(p)) {
        return end == w.length() ? null : JSON.createArrayNode().add(NOTHING).add(0);
      }
    }
    return JSON.createArrayNode().add(NOTHING).add(0);
  }

  private static int size(ObjectNode json) {
    return write(json).length;
  }

  private static byte[] write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new SiteRenderException("Cannot write the search index", e);
    }
  }

  /**
   * A change of a unit (its kind, {@code UnitChange.Kind}'s JSON name) and the units it went into,
   * each {@code [name vi, name en, path of its latest scorecard from the Vietnamese root, or ""]}.
   */
  record Change(String kind, List<List<String>> into) {
    Change {
      into = List.copyOf(into);
    }
  }

  /** Builds entries; counts a shared text once per call site. */
  static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> shared = new HashMap<>();

    /**
     * A unit.
     *
     * @param cards each {@code [framework title vi, en, period, total vi, total en, path]}, the
     *     path from the Vietnamese site root (the English page adds "en/")
     * @param changes what became of the unit, in the registry's order; written as {@code "c"} only
     *     when there is one
     * @param tables the ranking tables of the unit's territory, each {@code [group vi, en,
     *     framework vi, en, period, path]}; written as {@code "r"} only when there is one
     * @param forms the forms it can submit with, each {@code [framework vi, en, path]}; written as
     *     {@code "f"} only when there is one
     */
    Builder unit(
        String id,
        String name,
        String nameEn,
        String level,
        String levelEn,
        String parent,
        String parentEn,
        boolean sample,
        List<List<String>> cards,
        List<Change> changes,
        List<List<String>> tables,
        List<List<String>> forms) {
      ObjectNode n = JSON.createObjectNode();
      n.put("u", id);
      n.put("k", SearchPage.fold(name + " " + (nameEn == null ? "" : nameEn) + " " + id));
      pair(n.putArray("n"), name, nameEn);
      pair(n.putArray("l"), level, levelEn);
      pair(n.putArray("p"), parent, parentEn);
      if (sample) {
        n.put("x", 1);
      }
      ArrayNode s = n.putArray("s");
      for (List<String> card : cards) {
        ArrayNode c = s.addArray();
        card.forEach(v -> c.add(intern(v)));
      }
      lists(n, "r", tables);
      lists(n, "f", forms);
      if (!changes.isEmpty()) {
        ArrayNode cs = n.putArray("c");
        for (Change change : changes) {
          ArrayNode c = cs.addArray();
          c.add(change.kind());
          ArrayNode into = c.addArray();
          for (List<String> unit : change.into()) {
            ArrayNode x = into.addArray();
            unit.forEach(x::add);
          }
        }
      }
      entries.add(new Entry(n));
      return this;
    }

    /** Each list as an array of strings under {@code key}, when there is one. */
    private void lists(ObjectNode n, String key, List<List<String>> lists) {
      if (lists.isEmpty()) {
        return;
      }
      ArrayNode out = n.putArray(key);
      for (List<String> list : lists) {
        ArrayNode a = out.addArray();
        list.forEach(v -> a.add(intern(v)));
      }
    }

    /** A criterion of a framework; linked to {@code criteria/<framework>.html#c-<id>}. */
    Builder criterion(
        String framework,
        String frameworkTitle,
        String frameworkTitleEn,
        String path,
        String id,
        String name,
        String nameEn) {
      ObjectNode n = JSON.createObjectNode();
      n.put("c", id);
      n.put("k", SearchPage.fold(id + " " + name + " " + (nameEn == null ? "" : nameEn)));
      pair(n.putArray("n"), name, nameEn);
      pair(n.putArray("g"), frameworkTitle, frameworkTitleEn);
      n.put("f", framework);
      n.put("h", path);
      entries.add(new Entry(n));
      return this;
    }

    private void pair(ArrayNode a, String vi, String en) {
      a.add(vi == null ? "" : intern(vi));
      a.add(en == null || en.isEmpty() ? (vi == null ? "" : intern(vi)) : intern(en));
    }

    private String intern(String s) {
      return shared.computeIfAbsent(s, k -> k);
    }

    SearchIndex build() {
      return new SearchIndex(entries);
    }
  }
}
