package org.opendti.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Unit;
import org.opendti.model.Value;
import org.opendti.rank.Ranking;
import org.opendti.render.view.Link;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.CriterionScore;
import org.opendti.score.Formula;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;
import org.opendti.validate.StaleCorrections;

/**
 * A unit's scorecard: every criterion with inputs, method, formula and points, and the aggregation
 * D = A × B / C and X = (D + E) × B / (B + F) with the unit's numbers ({@code 004_…} Điều 6).
 */
final class ScorecardPage {

  private static final Map<String, String[]> EVIDENCE_KINDS = new TreeMap<>();

  static {
    EVIDENCE_KINDS.put("decision", new String[] {"Quyết định", "Decision"});
    EVIDENCE_KINDS.put("plan", new String[] {"Kế hoạch", "Plan"});
    EVIDENCE_KINDS.put("report", new String[] {"Báo cáo", "Report"});
    EVIDENCE_KINDS.put("document", new String[] {"Văn bản", "Document"});
    EVIDENCE_KINDS.put("link", new String[] {"Đường dẫn", "Link"});
    EVIDENCE_KINDS.put("photo", new String[] {"Hình ảnh", "Photo"});
    EVIDENCE_KINDS.put("other", new String[] {"Khác", "Other"});
  }

  private ScorecardPage() {}

  static String path(Lang lang, UnitScore s) {
    return SitePaths.scorecard(lang, s.unitId(), s.frameworkId(), s.periodId());
  }

  /**
   * @param repositoryBase {@code https://<host>/<owner>/<repo>} for the objection links, or null
   */
  static ScorecardView view(PageContext page, Framework fw, UnitScore s, String repositoryBase) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    Period period = fw.period(s.periodId()).orElseThrow();
    Optional<Unit> unit = index.unit(s.unitId());
    Optional<Submission> submission = index.submission(s);
    Optional<Review> review = submission.flatMap(index::reviewOf);
    Rows rows =
        new Rows(page, index.criterionTexts(lang, fw), s, submission, review, repositoryBase);

    List<ScorecardView.GroupRank> ranks = new ArrayList<>();
    for (Ranking r : index.rankingsOf(fw.id(), s.periodId(), s.unitId())) {
      index
          .entry(r, s.unitId())
          .ifPresent(
              e ->
                  ranks.add(
                      new ScorecardView.GroupRank(
                          new Link(
                              page.tableTitle(r),
                              SitePaths.href(
                                  here, RankingPages.pathOf(index, lang, r, s.unitId()))),
                          lang.integer(e.rank()),
                          lang.integer(r.entries().size()),
                          RankIntervalText.interval(lang, index.interval(r, s.unitId())),
                          RankIntervalText.notClearlyBehind(index.interval(r, s.unitId())))));
    }

    List<ScorecardView.HistoryRow> history = ScorecardHistory.of(page, s);

    List<ScorecardView.PillarBlock> blocks = new ArrayList<>();
    for (Group p : fw.pillars()) {
      PillarScore ps = null;
      for (PillarScore x : s.pillars()) {
        if (x.pillarId().equals(p.id())) {
          ps = x;
          break;
        }
      }
      List<ScorecardView.CriterionRow> criteria = new ArrayList<>();
      for (Criterion c : rows.texts.criteriaOf(p)) {
        criteria.add(rows.row(c));
      }
      blocks.add(
          new ScorecardView.PillarBlock(
              p.id(),
              lang.pick(p.name(), p.nameEn()),
              ps == null ? "" : lang.points(ps.points()),
              ps == null ? lang.points(p.basePoints()) : lang.points(ps.max()),
              criteria));
    }
    Optional<PrioritySector> sector =
        fw.aggregation().prioritySectors().stream()
            .filter(x -> x.id().equals(s.prioritySector()))
            .findFirst();
    sector.ifPresent(
        x ->
            blocks.add(
                new ScorecardView.PillarBlock(
                    x.id(),
                    lang.pick(x.name(), x.nameEn()),
                    lang.points(s.sectorPoints()),
                    lang.points(x.points()),
                    x.criteria().stream().map(rows::row).toList())));

    return new ScorecardView(
        index.unitName(s.unitId(), lang),
        unit.flatMap(u -> index.input().dataset().registry().level(u.level()))
            .map(l -> lang.pick(l.name(), l.nameEn()))
            .orElse(""),
        index.ancestors(s.unitId()).stream().map(u -> lang.pick(u.name(), u.nameEn())).toList(),
        lang.pick(fw.title(), fw.titleEn()),
        new Link(
            lang.pick(fw.title(), fw.titleEn()),
            SitePaths.href(here, SitePaths.criteria(lang, fw.id()))),
        period.id(),
        lang.date(period.start()) + " – " + lang.date(period.end()),
        lang.points(s.total()),
        lang.points(fw.totalPoints()),
        s.classification() == null
            ? ""
            : lang.pick(s.classification().label(), s.classification().labelEn()),
        ranks,
        PillarChart.of(lang, fw, s),
        blocks,
        aggregation(lang, fw, s, sector),
        people(lang, submission, review),
        history,
        ProvenanceText.view(page, s),
        Insight.improvements(page, fw, s),
        MeasurementShares.of(lang, fw, rows.scores),
        new ScorecardView.RankIntervalsNote(
            ranks.stream().anyMatch(x -> !x.rankInterval().isEmpty() || x.notClearlyBehind()),
            RankIntervalText.methodologyLink(page, fw)),
        TotalsChart.of(page, fw, s),
        reviewing(page, s, review, repositoryBase, rows.stale.size(), blocks),
        blocks.stream()
            .anyMatch(b -> b.criteria().stream().anyMatch(c -> !c.selfAssessed().isEmpty())),
        blocks.stream().anyMatch(b -> b.criteria().stream().anyMatch(c -> !c.reviewed().isEmpty())),
        UnitChanges.of(page, s.unitId()));
  }

  /**
   * The review as the summary and the people section say it: the whole result's objections, where
   * to object and correct, and which criteria were corrected or have an objection still open (a
   * reader should not find those only at row 3.1, screens further down).
   */
  private static ScorecardView.Reviewing reviewing(
      PageContext page,
      UnitScore s,
      Optional<Review> review,
      String repositoryBase,
      int stale,
      List<ScorecardView.PillarBlock> blocks) {
    List<ScorecardView.ObjectionRow> whole =
        ObjectionLinks.rows(
            review.map(r -> r.objections(null)).orElse(List.of()), repositoryBase, page);
    List<Link> corrected = new ArrayList<>();
    List<Link> openAt = new ArrayList<>();
    for (ScorecardView.PillarBlock b : blocks) {
      for (ScorecardView.CriterionRow c : b.criteria()) {
        Link row = new Link(c.id(), "#c-" + c.id());
        if (!c.reviewed().isEmpty() || !c.reviewReason().isEmpty()) {
          corrected.add(row);
        }
        if (c.objections().stream().anyMatch(ScorecardView.ObjectionRow::open)) {
          openAt.add(row);
        }
      }
    }
    return new ScorecardView.Reviewing(
        whole,
        ObjectionLinks.form(repositoryBase, s.key(), null, page),
        stale,
        CorrectionPage.link(page, s.key()),
        corrected,
        openAt,
        whole.stream().anyMatch(ScorecardView.ObjectionRow::open));
  }

  /**
   * The criterion rows of one scorecard: the unit's scores, answers and corrections are looked up
   * by criterion id once (a search per row made a scorecard quadratic in its criteria), the
   * criterion's own texts come from the framework's shared {@link CriterionTexts}.
   */
  private static final class Rows {
    private final Lang lang;
    private final CriterionTexts texts;
    private final Map<String, CriterionScore> scores;
    private final Map<String, Answer> answers;
    private final Map<String, Review.Correction> corrections;
    private final Map<String, StaleCorrections.Stale> stale = new HashMap<>();
    private final Optional<Review> review;
    private final String base;
    private final SubmissionKey key;

    private final PageContext page;

    Rows(
        PageContext page,
        CriterionTexts texts,
        UnitScore s,
        Optional<Submission> submission,
        Optional<Review> review,
        String base) {
      this.page = page;
      this.lang = page.lang();
      this.texts = texts;
      this.review = review;
      this.base = base;
      this.key = s.key();
      if (review.isPresent() && submission.isPresent()) {
        StaleCorrections.of(review.get(), submission.get())
            .forEach(x -> stale.putIfAbsent(x.criterion(), x));
      }
      scores = s.criteriaById();
      answers = new HashMap<>(submission.map(x -> x.answers().size() * 2).orElse(0));
      corrections = new HashMap<>();
      // The first of a repeated id wins, as UnitScore.criterion (and criteriaById),
      // Submission.answer and Review.correction find it.
      submission.ifPresent(x -> x.answers().forEach(a -> answers.putIfAbsent(a.criterion(), a)));
      review.ifPresent(
          r -> r.corrections().forEach(c -> corrections.putIfAbsent(c.criterion(), c)));
    }

    ScorecardView.CriterionRow row(Criterion c) {
      CriterionTexts.Entry t = texts.of(c);
      CriterionScore cs = scores.get(c.id());
      Answer answer = answers.get(c.id());
      Review.Correction correction = corrections.get(c.id());
      String status =
          cs == null
              ? "missing"
              : switch (cs.status()) {
                case SCORED -> "scored";
                case NOT_APPLICABLE -> "notApplicable";
                case MISSING -> "missing";
              };
      BigDecimal points = cs == null ? null : cs.points();
      BigDecimal self = cs == null ? null : cs.selfAssessed();
      String reviewReason = cs == null ? null : cs.reviewReason();
      if (reviewReason == null) {
        reviewReason = correction == null || correction.reason() == null ? "" : correction.reason();
      }
      String notApplicable =
          answer == null || answer.notApplicable() == null ? null : answer.notApplicable().reason();
      List<ScorecardView.EvidenceRow> evidence = new ArrayList<>();
      if (answer != null) {
        for (Evidence e : answer.evidence()) {
          evidence.add(evidence(lang, e));
        }
      }
      List<ScorecardView.EvidenceRow> reviewEvidence =
          correction == null
              ? List.of()
              : correction.evidence().stream().map(e -> evidence(lang, e)).toList();
      List<ScorecardView.InputRow> corrected =
          correction == null ? List.of() : inputs(t, c, correction.inputs());
      TemplateHTMLOutputModel notes = Markdown.render(answer == null ? null : answer.notes());
      String staleText = staleText(stale.get(c.id()));
      List<ScorecardView.ObjectionRow> objections =
          ObjectionLinks.rows(review.map(r -> r.objections(c.id())).orElse(List.of()), base, page);
      return new ScorecardView.CriterionRow(
          c.id(),
          t.name(),
          t.nameLang(),
          t.max(),
          status,
          "notApplicable".equals(status),
          "missing".equals(status),
          c.bonus(),
          answer == null ? List.of() : inputs(t, c, answer.inputs()),
          corrected,
          cs == null || givenDirectly(c, cs, answer) ? "" : formula(cs.formula(), c, answer, lang),
          points == null ? "" : lang.points(points),
          cs == null ? "" : lang.points(cs.computed()),
          self == null ? "" : lang.points(self),
          cs == null ? "" : lang.points(cs.reviewed()),
          self != null && points != null && self.compareTo(points) != 0,
          reviewReason,
          reviewEvidence,
          notApplicable == null ? "" : notApplicable,
          evidence,
          notes,
          staleText,
          objections,
          ObjectionLinks.form(base, key, c.id(), page),
          !reviewReason.isEmpty()
              || !reviewEvidence.isEmpty()
              || !corrected.isEmpty()
              || !staleText.isEmpty()
              || !objections.isEmpty()
              || !evidence.isEmpty()
              || !Markdown.isEmpty(notes));
    }

    /** What the scorecard says of a stale correction; empty when there is none. */
    private String staleText(StaleCorrections.Stale st) {
      if (st == null) {
        return "";
      }
      return Messages.format(
          page.t("staleCorrection"),
          StaleCorrections.describe(st.was()).in(lang),
          StaleCorrections.describe(st.now()).in(lang));
    }

    private List<ScorecardView.InputRow> inputs(
        CriterionTexts.Entry t, Criterion c, Map<String, Value> values) {
      List<ScorecardView.InputRow> rows = new ArrayList<>(values.size());
      for (Map.Entry<String, Value> v : values.entrySet()) {
        String id = v.getKey();
        String label = texts.label(t, c, id);
        // Points given directly have no label of their own (the criterion's name): said as such.
        boolean given = c.method() instanceof Method.Assessed && label.equals(t.name());
        rows.add(
            new ScorecardView.InputRow(
                id,
                given ? page.t("givenPoints") : label,
                given ? "" : t.inputLang(id),
                given || !label.equals(t.name()),
                texts.value(t, v.getValue()),
                t.valueLang(v.getValue()),
                t.unitAfter(id, v.getValue())));
      }
      return rows;
    }
  }

  /**
   * Points given directly and counted as given ({@code assessed}: the unit's number, not capped nor
   * changed by a review): the row's inputs already say them, labelled, and its points column counts
   * them, so no formula repeats them.
   */
  static boolean givenDirectly(Criterion c, CriterionScore cs, Answer answer) {
    if (!(c.method() instanceof Method.Assessed m)
        || answer == null
        || cs.formula() == null
        || cs.formula().args().size() != 1) {
      return false;
    }
    return answer.inputs().get(m.input()) instanceof Value.Num n
        && n.value().compareTo(cs.formula().args().get(0)) == 0;
  }

  /**
   * A criterion's formula as its scorecard row shows it. A choice's formula starts from its option
   * ({@link Formula#lead}: "Label: 0,5 × 15 = 7,5", "Label → 5"): when that is the option the
   * inputs cell shows, it is said once, there, and left out here; a reviewer's other option stays,
   * in the reader's language.
   */
  static String formula(Formula f, Criterion c, Answer answer, Lang lang) {
    if (f == null) {
      return "";
    }
    Formula.Lead lead = f.lead();
    boolean shown =
        lead != null
            && lead.known()
            && answer != null
            && c.method() instanceof Method.Choice m
            && answer.inputs().get(m.input()) instanceof Value.Text chosen
            && lead.option().equals(chosen.value());
    return shown ? FormulaText.rest(f, lang) : FormulaText.format(f, lang);
  }

  private static ScorecardView.EvidenceRow evidence(Lang lang, Evidence e) {
    String[] kind = EVIDENCE_KINDS.get(e.kind());
    return new ScorecardView.EvidenceRow(
        kind == null ? e.kind() : lang.pick(kind[0], kind[1]),
        e.number() == null ? "" : e.number(),
        lang.date(e.date()),
        e.issuer() == null ? "" : e.issuer(),
        e.title() == null ? "" : e.title(),
        isWebUrl(e.url()) ? e.url() : null);
  }

  /** Evidence links are http or https only (formats.md); mailto makes no sense for a document. */
  static boolean isWebUrl(String url) {
    return Markdown.isSafeUrl(url) && !url.regionMatches(true, 0, "mailto:", 0, 7);
  }

  private static ScorecardView.Aggregation aggregation(
      Lang lang, Framework fw, UnitScore s, Optional<PrioritySector> sector) {
    long na =
        s.criteria().stream()
            .filter(c -> c.status() == CriterionScore.Status.NOT_APPLICABLE)
            .count();
    String a = lang.points(s.assessedPoints());
    String b = lang.points(fw.totalPoints());
    String c = lang.points(s.assessedMax());
    String d = lang.points(s.rescaled());
    String rescale =
        na > 0 && fw.aggregation().rescaleNotApplicable()
            ? "D = A × B / C = " + a + " × " + b + " / " + c + " = " + d
            : "";
    String sectorText = "";
    if (s.sectorPoints() != null && s.sectorMax() != null) {
      BigDecimal x =
          s.rescaled()
              .add(s.sectorPoints())
              .multiply(fw.totalPoints())
              .divide(fw.totalPoints().add(s.sectorMax()), 2, RoundingMode.HALF_UP);
      sectorText =
          "X = (D + E) × B / (B + F) = ("
              + d
              + " + "
              + lang.points(s.sectorPoints())
              + ") × "
              + b
              + " / ("
              + b
              + " + "
              + lang.points(s.sectorMax())
              + ") = "
              + lang.points(x);
    }
    return new ScorecardView.Aggregation(
        a,
        b,
        c,
        d,
        lang.integer(na),
        rescale,
        sector.map(x -> lang.pick(x.name(), x.nameEn())).orElse(""),
        sectorText,
        s.bonus() == null ? "" : lang.points(s.bonus()),
        lang.points(s.total()));
  }

  private static ScorecardView.People people(
      Lang lang, Optional<Submission> submission, Optional<Review> review) {
    return new ScorecardView.People(
        submission.map(x -> contact(x.preparer())).orElse(""),
        submission.map(x -> contact(x.approver())).orElse(""),
        review.map(r -> contact(r.reviewer())).orElse(""),
        review.map(r -> lang.date(r.date())).orElse(""));
  }

  /** Name, title and office; phone and email stay in the repository, not on the public page. */
  private static String contact(Contact c) {
    if (c == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {c.name(), c.title(), c.office()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p);
      }
    }
    return String.join(", ", parts);
  }
}
