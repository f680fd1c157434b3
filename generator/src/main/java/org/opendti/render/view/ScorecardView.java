package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * A unit's scorecard for one framework and period: the public report of its self-assessment, the
 * computed and reviewed points, and how the total came about ({@code 004_…} Điều 6).
 *
 * @param parents the unit's ancestors, nearest first, as plain text
 * @param classification the band's label, or "" when the framework has none
 * @param ranks the unit's rank in each ranking table
 * @param pillarShares points per pillar, drawn as bars by their own table
 * @param aggregation the steps from criterion points to the total, with numbers
 * @param history the unit's results across periods, and its predecessors'
 * @param improvements "where the next points are": the best what-if opportunities, largest gain
 *     first
 * @param measured the unit's points by how the criteria's data are measured (issue #18)
 * @param rankIntervals the methodology's section on rank intervals, linked when a rank shows one
 * @param distribution where the unit's total sits among its cohort's totals; null when the cohort
 *     has too few units
 * @param selfColumn whether a criterion has self-assessed points (else the table has no such column
 *     and a sentence says there are none)
 * @param reviewedColumn whether a criterion has points after review (likewise)
 * @param changes how the unit's predecessors became part of it, and how it stopped existing as it
 *     was (registry {@code changes}), each with its legal act
 */
public record ScorecardView(
    String unit,
    String level,
    List<String> parents,
    String framework,
    Link criteria,
    String period,
    String periodDates,
    String total,
    String maxTotal,
    String classification,
    List<GroupRank> ranks,
    List<PillarShare> pillarShares,
    List<PillarBlock> pillars,
    Aggregation aggregation,
    People people,
    List<HistoryRow> history,
    Source source,
    Improvements improvements,
    List<Measured> measured,
    RankIntervalsNote rankIntervals,
    Distribution distribution,
    Reviewing reviewing,
    boolean selfColumn,
    boolean reviewedColumn,
    List<ChangeNote> changes) {
  public ScorecardView {
    changes = List.copyOf(changes);
    measured = List.copyOf(measured);
    parents = List.copyOf(parents);
    ranks = List.copyOf(ranks);
    pillars = List.copyOf(pillars);
    pillarShares = List.copyOf(pillarShares);
    history = List.copyOf(history);
  }

  /**
   * Where the submission came from, as main's history records it; the page omits the block when
   * this is null (Git history not read).
   *
   * @param file the link to the submission as open data
   * @param firstSubmitted when the file first arrived on main, in Vietnam's time, {@code 12/01/2024
   *     15:00 (giờ Việt Nam, UTC+7)}
   * @param firstPullRequest {@code #12}, or empty
   * @param lastChanged when its current content arrived: the arrival lateness rules use
   * @param lastPullRequest {@code #13}, or empty
   * @param approvers of the last change, from the host's record of approving reviews, or empty
   * @param approversKnown whether that record was read (else the page says the approver is unknown;
   *     a commit message is never read for it)
   * @param commits short SHAs of every commit on main that changed it, oldest first
   * @param sha256 of the file's current content
   */
  public record Source(
      String file,
      String firstSubmitted,
      String firstPullRequest,
      String lastChanged,
      String lastPullRequest,
      String approvers,
      boolean approversKnown,
      List<String> commits,
      String sha256) {
    public Source {
      commits = List.copyOf(commits);
    }
  }

  /**
   * "Where the next points are": what the unit reports first, then the points given directly; what
   * is the same for every row is said once, in the table's header or above it.
   *
   * @param reported the opportunities that follow from what the unit reports, best first
   * @param assessed the criteria whose points are given directly, best first
   * @param rankTables the ranking groups whose rank each row gives, one column each
   * @param scoredBy who gives the points of every assessed criterion, when that is one and the same
   *     for all of them (said once above their table); null when they differ (a column)
   */
  public record Improvements(
      List<ImprovementRow> reported,
      List<ImprovementRow> assessed,
      List<String> rankTables,
      List<TextPart> scoredBy) {
    public Improvements {
      reported = List.copyOf(reported);
      assessed = List.copyOf(assessed);
      rankTables = List.copyOf(rankTables);
      scoredBy = scoredBy == null ? null : List.copyOf(scoredBy);
    }
  }

  /**
   * Whether any of the unit's ranks shows an interval or the ≈ mark, and where the methodology
   * explains them (issue #18).
   */
  public record RankIntervalsNote(boolean shown, Link methodology) {}

  /**
   * Rank in one ranking table: "3 / 12", with its rank interval "2–5" ("" when it is the rank
   * itself) and whether the unit just above is not clearly ahead.
   */
  public record GroupRank(
      Link table, String rank, String of, String rankInterval, boolean notClearlyBehind) {}

  /**
   * A pillar's points, maximum and share of it, for the table that also draws the share as a bar.
   *
   * @param share the share as the page shows it, "63,1%"
   * @param fraction the same between 0 and 1 with a decimal point, the bar's {@code <meter>} value
   */
  public record PillarShare(
      String label, String points, String max, String share, String fraction) {}

  /** A pillar (or priority sector) with its criteria. */
  public record PillarBlock(
      String id, String name, String points, String max, List<CriterionRow> criteria) {
    public PillarBlock {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One criterion's full record.
   *
   * @param status "scored", "notApplicable" or "missing"
   * @param notApplicable whether {@code status} is "notApplicable", and {@code missing} whether it
   *     is "missing": the template tests booleans, since FreeMarker compares strings with the page
   *     locale's collator (it normalises both), which cost 1.5 % of a national publish
   * @param nameLang the {@code lang} attribute of {@code name}: "vi" on an English page of a
   *     framework with no English name for it, else ""
   * @param formula the scorer's formula with this unit's numbers, formatted for the language
   * @param selfDiffers whether the self-assessed points differ from the points that count
   * @param notApplicableReason the unit's "không phát sinh" reason, or ""
   * @param notes the unit's notes, rendered by {@link org.opendti.render.Markdown}
   * @param detail whether the row has a review, evidence, corrected inputs, a stale correction,
   *     objections or notes: whether the scorecard prints a detail row under it (one test per row
   *     instead of seven in the template)
   */
  public record CriterionRow(
      String id,
      String name,
      String nameLang,
      String max,
      String status,
      boolean notApplicable,
      boolean missing,
      boolean bonus,
      List<InputRow> inputs,
      List<InputRow> correctedInputs,
      String formula,
      String points,
      String computed,
      String selfAssessed,
      String reviewed,
      boolean selfDiffers,
      String reviewReason,
      List<EvidenceRow> reviewEvidence,
      String notApplicableReason,
      List<EvidenceRow> evidence,
      TemplateHTMLOutputModel notes,
      String stale,
      List<ObjectionRow> objections,
      String objectUrl,
      boolean detail) {
    public CriterionRow {
      objections = List.copyOf(objections);
      inputs = List.copyOf(inputs);
      correctedInputs = List.copyOf(correctedInputs);
      evidence = List.copyOf(evidence);
      reviewEvidence = List.copyOf(reviewEvidence);
    }
  }

  /**
   * An input: its label, the value reported and its unit of measure.
   *
   * @param labelShown whether the scorecard says the label: not when it is the criterion's name
   *     (decided here, not by a string comparison in the template, for the reason above)
   * @param unit the unit as written after the value, with its space: " người", "%" (right after)
   * @param labelLang and {@code valueLang}: the {@code lang} attribute of the label and of the
   *     value (a choice's option), "vi" on an English page where the framework gives no English,
   *     else ""
   */
  public record InputRow(
      String id,
      String label,
      String labelLang,
      boolean labelShown,
      String value,
      String valueLang,
      String unit) {}

  /**
   * A piece of evidence; {@code url} is null unless it is http or https.
   *
   * @param kind the evidence kind's label
   */
  public record EvidenceRow(
      String kind, String number, String date, String issuer, String title, String url) {}

  /**
   * The aggregation with numbers: A, B, C, D, the priority sector's E, F and X, and bonus points.
   *
   * @param rescale "D = A × B / C" with numbers, or "" when nothing was left out
   * @param sector "X = (D + E) × B / (B + F)" with numbers, or "" when the unit leads no sector
   */
  public record Aggregation(
      String assessedPoints,
      String frameworkMax,
      String assessedMax,
      String rescaled,
      String notApplicableCount,
      String rescale,
      String sectorName,
      String sector,
      String bonus,
      String total) {}

  /**
   * The unit's points from the criteria of one kind of measurement (self-reported, verified against
   * a document, measured by a third party, or not stated), as the 2025 national DTI publishes its
   * automatically measured share.
   *
   * @param points the points those criteria gave the unit (before rescaling)
   * @param max the maxima of those criteria that counted (not-applicable ones left out)
   * @param share points / all the unit's criterion points, "42,5%"; "–" when it has none
   */
  public record Measured(String kind, String label, String points, String max, String share) {}

  /** Who prepared, approved and reviewed the submission. */
  public record People(String preparer, String approver, String reviewer, String reviewDate) {}

  /**
   * The unit (or a predecessor) in another period.
   *
   * @param rank "3 / 12" in {@code rankTable}, the first of the framework's tables that ranks the
   *     unit; "" when none does
   * @param fraction the total's share of its framework's maximum, between 0 and 1 with a decimal
   *     point: the value of the bar ({@code <meter>}) the history table draws
   * @param scorecard the period, linking to the row's scorecard; without a link (null {@code href})
   *     for the current row and for an archived period, which has no pages
   * @param data for an archived period only (else empty): its scores ({@code scores.xlsx}: each
   *     criterion's points, the ranks) and the unit's submission, as open data
   */
  public record HistoryRow(
      Link unit,
      Link scorecard,
      String framework,
      String total,
      String classification,
      boolean current,
      String rank,
      String rankTable,
      String fraction,
      List<DataFile> data) {
    public HistoryRow {
      data = List.copyOf(data);
    }
  }

  /**
   * A histogram of the totals of the unit's framework and period (sample units among sample units
   * only), as a table that draws each range's count as a bar.
   *
   * @param units how many units the histogram counts, formatted
   * @param summary the same in a sentence: the unit's total, how many it is above, the median
   * @param most the largest count, unformatted: the bars' {@code <meter>} maximum
   */
  public record Distribution(String units, String summary, List<Bin> bins, String most) {
    public Distribution {
      bins = List.copyOf(bins);
    }
  }

  /**
   * One range of totals: its label ("20 – 30"), how many units fall in it, whether it holds this
   * unit.
   *
   * @param value the count unformatted, the bar's {@code <meter>} value
   */
  public record Bin(String range, String count, boolean here, String value) {}

  /**
   * A unit's objection and its outcome, as the review file records it.
   *
   * @param reference as recorded, e.g. {@code #41}
   * @param url the address when the reference is an issue number and the host is known, or
   *     an http(s) reference; null otherwise
   * @param received the date received, in the page's language
   * @param open whether it awaits a decision
   * @param decision "Chấp nhận" / "Upheld" and so on; empty while open
   * @param reason why it was decided so; empty while open
   * @param decided the date decided; empty while open
   */
  public record ObjectionRow(
      String reference,
      String url,
      String received,
      boolean open,
      String decision,
      String reason,
      String decided) {}

  /**
   * The review of the whole submission: objections to the result as a whole, and where to object.
   *
   * @param objections objections not about one criterion
   * @param objectUrl the host's prefilled objection form for the whole result; null when the
   *     repository's address is not configured
   * @param stale how many corrections await another look
   * @param correctUrl the inspection team's correction form with this unit and period chosen
   * @param corrected the criteria the inspection team corrected, each linking to its row
   * @param openAt the criteria with an objection not yet decided, each linking to its row
   * @param openWhole whether an objection to the whole result is not yet decided
   */
  public record Reviewing(
      List<ObjectionRow> objections,
      String objectUrl,
      int stale,
      String correctUrl,
      List<Link> corrected,
      List<Link> openAt,
      boolean openWhole) {
    public Reviewing {
      objections = List.copyOf(objections);
      corrected = List.copyOf(corrected);
      openAt = List.copyOf(openAt);
    }
  }

  /**
   * A merger, split or end of a level that concerns the unit, in words.
   *
   * @param text e.g. "Từ ngày 15/11/2023, Xã Mẫu Gia nhập vào đơn vị này."
   * @param basis the legal act, e.g. "Nghị quyết 202/2025/QH15 của Quốc hội, Điều 1, ngày
   *     12/06/2025", in parts: on a page in another language the act's name, issuer and article
   *     (the registry's Vietnamese) are parts marked "vi"
   * @param source where the act or a report of it can be read (http or https), or null
   */
  public record ChangeNote(String text, List<TextPart> basis, String source) {
    public ChangeNote {
      basis = List.copyOf(basis);
    }
  }
}
