package org.opendti.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.opendti.diagnostic.Lang;
import org.opendti.load.ModelJson;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.render.view.CorrectionView;
import org.opendti.score.CohortValue;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * The inspection team's correction form of a framework, {@code corrections/<framework>.html}: the
 * officials' form's data and scorer ({@link FormPage}), plus what a reviewer needs besides: the
 * reviews already on main (an update keeps their other corrections and objections) and each
 * period's ranking, so that {@code assets/correction.js} shows the new points, total and rank and
 * writes {@code submissions/<framework>/<period>/<unit>.review.json} ({@code docs/formats.md},
 * Review).
 */
final class CorrectionPage {

  /** Interface text of the script: the keys of the messages files starting with this. */
  private static final String SCRIPT_KEYS = "correct.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorrectionPage() {}

  static String path(Lang lang, String framework) {
    return SitePaths.prefix(lang) + "corrections/" + SitePaths.seg(framework) + ".html";
  }

  /** The correction form, relative to {@code page}, with the unit and period chosen. */
  static String link(PageContext page, SubmissionKey key) {
    return page.href(path(page.lang(), key.framework()))
        + "?unit="
        + SitePaths.seg(key.unit())
        + "&period="
        + SitePaths.seg(key.period());
  }

  static CorrectionView view(PageContext page, Framework fw, String repositoryUrl) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode t = root.putObject("t");
    // Sorted, here and below: the page is byte-identical whatever the order things were read in.
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(page.text()).entrySet()) {
      if (e.getKey().startsWith(SCRIPT_KEYS)) {
        t.put(e.getKey().substring(SCRIPT_KEYS.length()), e.getValue());
      }
    }
    // Each unit's points and review are fetched when the reviewer picks it, the whole cohort's
    // only when a correction moves a cohort criterion's x_best or x_min (dataFiles).
    root.put("data", page.href("data/" + SitePaths.seg(fw.id())) + "/");
    // The unit's scorecard, linked from the form (SitePaths.scorecard: units/<unit>/<fw>-<period>),
    // in a period with pages.
    root.put("scorecards", page.href(SitePaths.prefix(page.lang()) + "units") + "/");
    ObjectNode periods = root.putObject("periods");
    for (Period p : fw.periods()) {
      ObjectNode n = periods.putObject(p.id());
      n.put("pages", page.index().hasPages(fw.id(), p.id()));
      ArrayNode ranking = n.putArray("ranking");
      page.index().rankings(fw.id(), p.id()).stream()
          .filter(r -> r.partitionUnitId() == null)
          .findFirst()
          .map(Ranking::entries)
          .ifPresent(
              entries -> {
                for (RankEntry e : entries) {
                  ranking.addArray().add(e.unitId()).add(e.total().toPlainString());
                }
              });
      // Each unit's value x of each cohort criterion, and whether its points follow x: the form
      // scores a corrected value against x_best and x_min as the scorer will, and rescores the
      // other units when it moves them.
      ObjectNode cohort = n.putObject("cohort");
      List<Submission> subs =
          page.index()
              .input()
              .dataset()
              .cohorts()
              .getOrDefault(new CohortKey(fw.id(), p.id()), List.of());
      for (Map.Entry<String, List<CohortValue>> e :
          Scorer.cohortValues(fw, subs, page.index().input().dataset()).entrySet()) {
        ObjectNode values = cohort.putObject(e.getKey());
        for (CohortValue v :
            e.getValue().stream()
                .sorted(java.util.Comparator.comparing(CohortValue::unitId))
                .toList()) {
          values.putArray(v.unitId()).add(v.value().toPlainString()).add(v.followsValue());
        }
      }
    }
    String opens =
        fw.periods().stream()
            .map(Period::id)
            .filter(p -> !page.index().scores(fw.id(), p).isEmpty())
            .reduce((a, b) -> b)
            .orElse(fw.periods().get(fw.periods().size() - 1).id());
    return new CorrectionView(
        FormPage.view(page, fw, repositoryUrl), FormPage.markup(FormData.scriptSafe(root)), opens);
  }

  /**
   * What the form fetches, per period, beside the published submissions: {@code
   * data/<framework>/<period>/reviewing/<unit>.json}, a unit's published points per criterion
   * ([status, points, computed]), its priority sector and the review on main; and {@code
   * reviewing.json}, every unit's points and sector, to rescore the others. Embedded in the page
   * they were 23 MB per framework and language at 10,000 units (issue #17); one language serves
   * both pages.
   */
  static void dataFiles(SiteIndex index, Framework fw, BiConsumer<String, byte[]> add) {
    for (Period p : fw.periods()) {
      Map<String, Review> reviews = new java.util.HashMap<>();
      for (Review r : index.input().dataset().reviews()) {
        if (r.framework().equals(fw.id()) && r.period().equals(p.id())) {
          reviews.put(r.unit(), r);
        }
      }
      // Written as they are made, not built as trees: at 10,000 units the trees of every unit's
      // points were the largest thing a publish held at once after the model (issue #17).
      ByteArrayOutputStream allBytes = new ByteArrayOutputStream();
      try (JsonGenerator all = JSON.createGenerator(allBytes)) {
        all.writeStartObject();
        for (UnitScore u :
            index.scores(fw.id(), p.id()).stream()
                .sorted(java.util.Comparator.comparing(UnitScore::unitId))
                .toList()) {
          all.writeFieldName(u.unitId());
          writeUnit(all, u, null);
          ByteArrayOutputStream one = new ByteArrayOutputStream(4096);
          try (JsonGenerator g = JSON.createGenerator(one)) {
            writeUnit(g, u, reviews.get(u.unitId()));
          }
          add.accept(dataPath(fw.id(), p.id(), u.unitId()), one.toByteArray());
        }
        all.writeEndObject();
      } catch (IOException e) {
        throw new SiteRenderException("Cannot write the correction form's data", e);
      }
      add.accept(
          "data/" + SitePaths.seg(fw.id()) + "/" + SitePaths.seg(p.id()) + "/reviewing.json",
          allBytes.toByteArray());
    }
  }

  /** One unit's sector, points per criterion ([status, points, computed]) and review if any. */
  private static void writeUnit(JsonGenerator g, UnitScore u, Review review) throws IOException {
    g.writeStartObject();
    g.writeStringField("sector", u.prioritySector());
    g.writeObjectFieldStart("criteria");
    for (CriterionScore c : u.criteria()) {
      g.writeArrayFieldStart(c.criterionId());
      g.writeString(
          c.status() == CriterionScore.Status.NOT_APPLICABLE ? "notApplicable" : "scored");
      g.writeString(c.points().toPlainString());
      g.writeString(c.computed() == null ? "0.00" : c.computed().toPlainString());
      g.writeEndArray();
    }
    g.writeEndObject();
    if (review != null) {
      g.writeFieldName("review");
      g.writeTree(tree(ModelJson.review(review)));
    }
    g.writeEndObject();
  }

  /** A unit's points and review as the correction form fetches them. */
  static String dataPath(String framework, String period, String unit) {
    return "data/"
        + SitePaths.seg(framework)
        + "/"
        + SitePaths.seg(period)
        + "/reviewing/"
        + SitePaths.seg(unit)
        + ".json";
  }

  private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SiteRenderException("Cannot embed a review", e);
    }
  }
}
