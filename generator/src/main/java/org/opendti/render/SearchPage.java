package org.opendti.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Unit;
import org.opendti.model.UnitChange;
import org.opendti.rank.Ranking;
import org.opendti.render.view.SearchView;
import org.opendti.score.UnitScore;

/**
 * The search page over every unit and criterion ({@code search.html}), its split index {@code
 * search/} ({@link SearchIndex}) and the whole unit list {@code search-index.json} (open data).
 * Matching is NFC and diacritic-insensitive: "dong" finds "Đông" ({@code DOMAIN.md}: text from
 * users is both NFC and NFD, seed {@code 001_…} is NFD).
 */
final class SearchPage {

  static final String INDEX = "search-index.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchPage() {}

  static String path(Lang lang) {
    return SitePaths.prefix(lang) + "search.html";
  }

  /** Folds text for matching: NFD, combining marks stripped, đ → d, lower case, NFC. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    d = d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    return Normalizer.normalize(d, Normalizer.Form.NFC);
  }

  static SearchView view(PageContext page) {
    SiteIndex index = page.index();
    int criteria = 0;
    for (Framework fw : index.frameworks()) {
      criteria += fw.allCriteria().size();
    }
    return new SearchView(
        page.lang().integer(index.input().dataset().registry().units().size()),
        page.lang().integer(criteria),
        page.href(SearchIndex.MANIFEST),
        SitePaths.prefix(page.lang()));
  }

  /**
   * The split search index ({@code search/}) of every unit with its scorecards and every criterion
   * of every framework, both languages; see {@link SearchIndex}.
   */
  static Map<String, byte[]> split(SiteIndex index, Map<Lang, Map<String, String>> messages) {
    return entries(index, messages).build().split();
  }

  static SearchIndex.Builder entries(SiteIndex index, Map<Lang, Map<String, String>> messages) {
    SearchIndex.Builder b = new SearchIndex.Builder();
    Map<String, List<Scored>> all = scored(index);
    var registry = index.input().dataset().registry();
    Map<String, List<List<String>>> tables = territoryTables(index, messages);
    for (Unit u : units(index, Lang.VI)) {
      List<List<String>> cards = new ArrayList<>();
      for (Scored s : all.getOrDefault(u.id(), List.of())) {
        cards.add(
            List.of(
                s.fw.title(),
                s.fw.titleEn() == null ? s.fw.title() : s.fw.titleEn(),
                s.period.id(),
                Lang.VI.points(s.score.total()),
                Lang.EN.points(s.score.total()),
                ScorecardPage.path(Lang.VI, s.score)));
      }
      var level = registry.level(u.level());
      b.unit(
          u.id(),
          u.name(),
          u.nameEn(),
          level.map(l -> l.name()).orElse(u.level() == null ? "" : u.level()),
          level.map(l -> l.nameEn()).orElse(u.level() == null ? "" : u.level()),
          u.parent() == null ? "" : index.unitName(u.parent(), Lang.VI),
          u.parent() == null ? "" : index.unitName(u.parent(), Lang.EN),
          u.sample(),
          cards,
          changes(index, u, all),
          tables.getOrDefault(u.id(), List.of()),
          all.containsKey(u.id()) ? List.of() : forms(index, u));
    }
    for (Framework fw : index.frameworks()) {
      for (Criterion c : fw.allCriteria()) {
        b.criterion(
            fw.id(),
            fw.title(),
            fw.titleEn(),
            SitePaths.criteria(Lang.VI, fw.id()),
            c.id(),
            c.name(),
            c.nameEn());
      }
    }
    return b;
  }

  /**
   * The ranking tables of each unit's territory, in each framework's latest period with pages, so
   * that a search for a province or a district leads to its rankings: the tables of a framework
   * that applies to the unit ({@code appliesTo}), and the unit's own partition of a table. Each is
   * {@code [group vi, group en, framework vi, framework en, period, path]}.
   */
  private static Map<String, List<List<String>>> territoryTables(
      SiteIndex index, Map<Lang, Map<String, String>> messages) {
    Map<String, List<List<String>>> out = new HashMap<>();
    for (Framework fw : index.frameworks()) {
      List<Period> periods =
          index.publishedPeriods(fw).stream().filter(p -> index.hasPages(fw.id(), p.id())).toList();
      if (periods.isEmpty()) {
        continue;
      }
      Period p = periods.get(periods.size() - 1);
      for (Ranking r : index.rankings(fw.id(), p.id())) {
        String territory = r.partitionUnitId() != null ? r.partitionUnitId() : fw.appliesTo();
        if (territory != null) {
          out.computeIfAbsent(territory, k -> new ArrayList<>())
              .add(
                  List.of(
                      PageContext.groupName(r.group(), Lang.VI, messages.get(Lang.VI)),
                      PageContext.groupName(r.group(), Lang.EN, messages.get(Lang.EN)),
                      fw.title(),
                      Lang.EN.pick(fw.title(), fw.titleEn()),
                      p.id(),
                      RankingPages.path(Lang.VI, r)));
        }
      }
    }
    return out;
  }

  /**
   * The forms a unit with no scorecard can submit with: the frameworks that cover it, where it
   * exists in their latest period. Each is {@code [framework vi, framework en, path]}.
   */
  private static List<List<String>> forms(SiteIndex index, Unit u) {
    var registry = index.input().dataset().registry();
    List<List<String>> out = new ArrayList<>();
    for (Framework fw : index.frameworks()) {
      Period latest = fw.periods().stream().max(Comparator.comparing(Period::start)).orElse(null);
      if (latest == null
          || !fw.covers(u, registry)
          || (u.validTo() != null && u.validTo().isBefore(latest.start()))
          || (u.validFrom() != null && u.validFrom().isAfter(latest.end()))) {
        continue;
      }
      out.add(
          List.of(
              fw.title(), Lang.EN.pick(fw.title(), fw.titleEn()), FormPage.path(Lang.VI, fw.id())));
    }
    return out;
  }

  /** {@code search-index.json}: one entry per unit, both languages, links from the site root. */
  static byte[] index(SiteIndex index) {
    ArrayNode units = JSON.createArrayNode();
    Map<String, List<Scored>> all = scored(index);
    for (Unit u : units(index, Lang.VI)) {
      ObjectNode n = units.addObject();
      n.put("id", u.id());
      n.put("name", u.name());
      n.put("nameEn", u.nameEn());
      n.put("key", fold(u.name() + " " + (u.nameEn() == null ? "" : u.nameEn()) + " " + u.id()));
      n.put("level", u.level());
      n.put("parent", u.parent());
      n.put("sample", u.sample());
      ArrayNode cards = n.putArray("scorecards");
      for (Scored s : all.getOrDefault(u.id(), List.of())) {
        cards
            .addObject()
            .put("framework", s.fw.id())
            .put("period", s.period.id())
            .put("total", s.score.total().toPlainString())
            .put("path", ScorecardPage.path(Lang.VI, s.score));
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(units)
          .concat("\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new SiteRenderException("Cannot write " + INDEX, e);
    }
  }

  private static List<Unit> units(SiteIndex index, Lang lang) {
    Comparator<String> names = index.names();
    return index.input().dataset().registry().units().stream()
        .sorted(
            Comparator.comparing((Unit u) -> lang.pick(u.name(), u.nameEn()), names)
                .thenComparing(Unit::id))
        .toList();
  }

  private record Scored(Framework fw, Period period, UnitScore score) {}

  /**
   * What became of a unit (since 1 July 2025 the districts are gone and communes were merged,
   * DOMAIN.md): each registry change's kind and the units it went into, each with its latest
   * scorecard, so that a search for an old name leads on, also where the old unit's own scorecards
   * are archived.
   */
  private static List<SearchIndex.Change> changes(
      SiteIndex index, Unit u, Map<String, List<Scored>> all) {
    Set<String> frameworks = new HashSet<>();
    index.scoresOf(u.id()).forEach(s -> frameworks.add(s.frameworkId()));
    List<SearchIndex.Change> changes = new ArrayList<>();
    for (UnitChange c : u.changes()) {
      List<List<String>> into = new ArrayList<>();
      for (String id : c.into()) {
        String path =
            latest(all.getOrDefault(id, List.of()), frameworks)
                .map(s -> ScorecardPage.path(Lang.VI, s.score))
                .orElse("");
        into.add(List.of(index.unitName(id, Lang.VI), index.unitName(id, Lang.EN), path));
      }
      changes.add(new SearchIndex.Change(c.kind().jsonName(), into));
    }
    return changes;
  }

  /**
   * The latest of a unit's scorecards ({@code scored}, oldest first) in one of {@code frameworks}
   * (those the old unit was scored in); else its latest in any framework.
   */
  private static Optional<Scored> latest(List<Scored> scored, Set<String> frameworks) {
    Scored any = null;
    Scored same = null;
    for (Scored s : scored) {
      any = s;
      if (frameworks.contains(s.fw.id())) {
        same = s;
      }
    }
    return Optional.ofNullable(same != null ? same : any);
  }

  /**
   * Every unit's scores in the periods with pages (those it links to), oldest period first (by
   * period end, then ids); built once, as looking each unit up in every table is quadratic for
   * 3,321 communes.
   */
  private static Map<String, List<Scored>> scored(SiteIndex index) {
    Map<String, List<Scored>> all = new HashMap<>();
    for (Framework fw : index.frameworks()) {
      for (Period p : index.pagedPeriods(fw)) {
        for (UnitScore s : index.scores(fw.id(), p.id())) {
          all.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(new Scored(fw, p, s));
        }
      }
    }
    all.values().forEach(SearchPage::sort);
    return all;
  }

  private static void sort(List<Scored> out) {
    out.sort(
        Comparator.comparing(
                (Scored s) -> s.period.end(), Comparator.nullsFirst(LocalDate::compareTo))
            .thenComparing(s -> s.fw.id())
            .thenComparing(s -> s.period.id()));
  }
}
