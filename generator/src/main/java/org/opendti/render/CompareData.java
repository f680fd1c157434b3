package org.opendti.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Unit;
import org.opendti.score.UnitScore;

/**
 * The compare page's data, per framework and period, in {@code data/<framework>/<period>/compare/}
 * (issue #17): a cohort's whole {@code scores.json} is 9.6 MB at 10,000 units, too much for a phone
 * that compares two of them. So the page reads:
 *
 * <ul>
 *   <li>{@code units.json}: every scored unit, by id, as {@code [id, name, English name or null, 1
 *       for a sample unit or 0, its parent's place in parents or null]}; {@code parents}, each
 *       parent once as {@code [name, English name or null]} (the picker shows it, to tell apart
 *       communes of the same name); and {@code shardUnits}, the units per shard: about 53 bytes a
 *       unit, 0.53 MB at 10,000;
 *   <li>{@code <n>.json}: the points of the units {@code n × shardUnits} to {@code (n + 1) ×
 *       shardUnits − 1} of that list, as {@code scores.json} has them ({@code unit}, {@code total},
 *       {@code ranks}, {@code pillars}, {@code criteria}): about 40 KB each.
 * </ul>
 *
 * <p>So comparing four units reads at most the list and four shards, at any number of units. Units
 * are in id order, not by score, so that a changed score rewrites one shard, not all of them.
 */
final class CompareData {

  /** Units per shard. */
  static final int SHARD_UNITS = 50;

  private CompareData() {}

  /** {@code data/<framework>/<period>/compare/units.json}. */
  static String unitsPath(Framework fw, Period p) {
    return SitePaths.data(fw.id(), p.id(), "compare/units.json");
  }

  /** {@code data/<framework>/<period>/compare/<n>.json}. */
  static String shardPath(Framework fw, Period p, int n) {
    return SitePaths.data(fw.id(), p.id(), "compare/" + n + ".json");
  }

  /** The list and the shards of one framework and period. */
  static void files(SiteIndex index, Framework fw, Period p, BiConsumer<String, byte[]> add) {
    files(index, fw, p, SHARD_UNITS, add);
  }

  /** As {@link #files(SiteIndex, Framework, Period, BiConsumer)}, {@code per} units a shard. */
  static void files(
      SiteIndex index, Framework fw, Period p, int per, BiConsumer<String, byte[]> add) {
    List<UnitScore> units =
        index.scores(fw.id(), p.id()).stream()
            .sorted(Comparator.comparing(UnitScore::unitId))
            .toList();
    List<String> parentIds =
        units.stream()
            .map(s -> index.unit(s.unitId()).map(Unit::parent).orElse(null))
            .map(id -> id != null && index.unit(id).isPresent() ? id : null)
            .toList();
    SortedMap<String, Integer> parents = new TreeMap<>();
    parentIds.stream().filter(Objects::nonNull).forEach(id -> parents.put(id, 0));
    int place = 0;
    for (Map.Entry<String, Integer> e : parents.entrySet()) {
      e.setValue(place++);
    }
    add.accept(
        unitsPath(fw, p),
        OpenData.write(
            g -> {
              g.writeStartObject();
              g.writeNumberField("shardUnits", per);
              g.writeArrayFieldStart("parents");
              for (String id : parents.keySet()) {
                g.writeStartArray();
                names(g, index, id);
                g.writeEndArray();
              }
              g.writeEndArray();
              g.writeArrayFieldStart("units");
              for (int i = 0; i < units.size(); i++) {
                UnitScore s = units.get(i);
                g.writeStartArray();
                g.writeString(s.unitId());
                names(g, index, s.unitId());
                g.writeNumber(s.sample() || index.isSample(s.unitId()) ? 1 : 0);
                if (parentIds.get(i) == null) {
                  g.writeNull();
                } else {
                  g.writeNumber(parents.get(parentIds.get(i)));
                }
                g.writeEndArray();
              }
              g.writeEndArray();
              g.writeEndObject();
            }));
    for (int from = 0; from < units.size(); from += per) {
      List<UnitScore> shard = units.subList(from, Math.min(units.size(), from + per));
      add.accept(
          shardPath(fw, p, from / per),
          OpenData.write(
              g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("units");
                for (UnitScore s : shard) {
                  g.writeStartObject();
                  g.writeStringField("unit", s.unitId());
                  g.writeNumberField("total", s.total());
                  OpenData.ranks(g, index, fw, p, s);
                  OpenData.points(g, fw, s);
                  g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
              }));
    }
  }

  /** The unit's name and its English name, or null when the registry has none. */
  private static void names(JsonGenerator g, SiteIndex index, String id) throws IOException {
    g.writeString(index.unitName(id, Lang.VI));
    String nameEn = index.unit(id).map(Unit::nameEn).orElse(null);
    if (nameEn == null || nameEn.isBlank()) {
      g.writeNull();
    } else {
      g.writeString(nameEn);
    }
  }
}
