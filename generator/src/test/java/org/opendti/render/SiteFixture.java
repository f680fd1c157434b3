package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Named;
import org.opendti.diagnostic.Severity;
import org.opendti.diagnostic.Text;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.Classification;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Level;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.RankingGroup;
import org.opendti.model.Review;
import org.opendti.model.Source;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.Formula;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * A mini-site built by hand: a commune framework (2 pillars, 5 criteria, 2 periods), a province
 * with 2 districts and 4 communes (one a sample unit that replaced an older commune), submissions,
 * a review, scores and rankings. Hostile strings sit in unit names, notes, evidence and reviews.
 */
final class SiteFixture {

  static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"alert(2)";
  static final String FW = "xa-mau";
  static final RankingGroup ALL = new RankingGroup("all", "Toàn tỉnh", "Province-wide", "all");
  static final RankingGroup BY_DISTRICT =
      new RankingGroup("by-district", "Trong từng huyện", "Within each district", "parent");
  static final Classification GOOD =
      new Classification("tot", "Tốt", "Good", new BigDecimal("0.8"));
  static final Classification FAIR =
      new Classification("kha", "Khá", "Fair", new BigDecimal("0.65"));

  private SiteFixture() {}

  static Framework framework() {
    return framework("A **sample** framework for tests.");
  }

  /** The sample framework with {@code descriptionEn} as its English description (null: none). */
  static Framework framework(String descriptionEn) {
    Criterion c11 =
        new Criterion(
            "1.1",
            "Tỷ lệ hồ sơ xử lý đúng hạn",
            "Share of dossiers processed on time",
            "Theo **báo cáo** CCHC. [xấu](javascript:alert(1))",
            bd("10"),
            null,
            new Method.Ratio(
                List.of("a"), List.of("b"), null, null, Method.ZeroDenominator.INVALID),
            List.of(
                new InputDef("a", "Số hồ sơ đúng hạn", "On time", InputKind.COUNT, "hồ sơ"),
                // a's unit has no English form (shown as it is), b's has one, and one after 1
                new InputDef(
                    "b",
                    "Tổng số hồ sơ",
                    "All dossiers",
                    InputKind.COUNT,
                    "hồ sơ",
                    "dossiers",
                    "dossier")),
            new EvidenceRequirement(true, List.of("report"), "Báo cáo CCHC năm"),
            "Hệ thống thông tin giải quyết TTHC tỉnh",
            "Văn phòng UBND",
            "Phòng Văn hóa và Thông tin",
            List.of("Văn phòng HĐND và UBND"),
            false,
            false);
    Criterion c12 =
        new Criterion(
            "1.2",
            "Có Ban chỉ đạo chuyển đổi số",
            "Has a steering committee",
            null,
            bd("5"),
            null,
            new Method.YesNo("co"),
            List.of(new InputDef("co", "Có ban chỉ đạo", "Has one", InputKind.BOOLEAN, null)),
            EvidenceRequirement.NONE,
            null,
            null,
            null,
            List.of(),
            false,
            false);
    Criterion c13 =
        new Criterion(
            "1.3",
            "Sản phẩm OCOP trên sàn thương mại điện tử",
            "OCOP products online",
            null,
            bd("5"),
            null,
            new Method.Assessed("value"),
            List.of(),
            EvidenceRequirement.NONE,
            null,
            null,
            null,
            List.of(),
            false,
            true);
    Criterion c21 =
        new Criterion(
            "2.1",
            "Người đứng đầu Ban chỉ đạo",
            "Head of the steering committee",
            null,
            bd("10"),
            null,
            new Method.Choice(
                "muc",
                List.of(
                    new Method.Option("chu-tich", "Chủ tịch", "Chair", BigDecimal.ONE, null),
                    new Method.Option(
                        "pho-chu-tich", "Phó Chủ tịch", "Vice-chair", bd("0.5"), null),
                    new Method.Option("khong", "Không có", "None", BigDecimal.ZERO, null))),
            List.of(new InputDef("muc", "Mức", "Level", InputKind.CHOICE, null)),
            EvidenceRequirement.NONE,
            null,
            null,
            null,
            List.of(),
            false,
            false);
    Criterion c22 =
        new Criterion(
            "2.2",
            "Số bài tuyên truyền",
            "Articles published",
            null,
            bd("2"),
            null,
            new Method.Bands(
                "n",
                List.of(
                    new Method.Band(bd("12"), null, BigDecimal.ONE, null, null),
                    new Method.Band(bd("5"), bd("12"), bd("0.5"), null, null),
                    new Method.Band(null, bd("5"), BigDecimal.ZERO, null, null))),
            List.of(new InputDef("n", "Số bài", "Articles", InputKind.COUNT, "bài")),
            EvidenceRequirement.NONE,
            null,
            null,
            null,
            List.of(),
            true,
            false);
    Group p1 =
        new Group(
            "I",
            "Nhận thức số",
            "Digital awareness",
            null,
            bd("20"),
            List.of(),
            List.of(c11, c12, c13));
    Group p2 =
        new Group(
            "II",
            "Chính quyền số",
            "Digital government",
            null,
            bd("12"),
            List.of(),
            List.of(c21, c22));
    return new Framework(
        FW,
        "Bộ tiêu chí chuyển đổi số cấp xã (mẫu)",
        "Commune digital transformation criteria (sample)",
        "Bộ tiêu chí **mẫu** để kiểm thử.",
        descriptionEn,
        new Source("UBND tỉnh Mẫu", "01/QĐ-UBND", LocalDate.of(2023, 5, 5), null, null),
        "xa",
        List.of(
            new Period(
                "2023",
                LocalDate.of(2022, 11, 15),
                LocalDate.of(2023, 11, 14),
                LocalDate.of(2023, 11, 25)),
            new Period(
                "2024",
                LocalDate.of(2023, 11, 15),
                LocalDate.of(2024, 11, 14),
                LocalDate.of(2024, 11, 25))),
        bd("30"),
        List.of(p1, p2),
        List.of(),
        new Aggregation(true, Aggregation.BonusPolicy.ADD, List.of(), List.of(GOOD, FAIR)),
        List.of(ALL, BY_DISTRICT));
  }

  /**
   * A what-if opportunity from 0 points and a total of 1: {@code gain} more points, rank 3 → 1 in
   * the group "all".
   */
  static org.opendti.insight.Opportunity opportunity(
      String criterion,
      org.opendti.insight.Opportunity.Basis basis,
      Map<String, Value> inputs,
      String label,
      BigDecimal gain) {
    return new org.opendti.insight.Opportunity(
        criterion,
        org.opendti.insight.Opportunity.Kind.MAX,
        basis,
        inputs,
        label,
        BigDecimal.ZERO,
        gain,
        BigDecimal.ONE,
        BigDecimal.ONE.add(gain),
        gain,
        Map.of("all", 3),
        Map.of("all", 1));
  }

  /** {@code c} with another English name, method, inputs and measurement; the rest as it is. */
  static Criterion changed(
      Criterion c,
      String nameEn,
      Method method,
      List<InputDef> inputs,
      org.opendti.model.Measurement measurement) {
    return new Criterion(
        c.id(),
        c.name(),
        nameEn,
        c.description(),
        c.maxPoints(),
        c.sourcePoints(),
        method,
        inputs,
        c.evidence(),
        c.dataSource(),
        c.verifyingUnit(),
        c.leadOffice(),
        c.coordinatingOffices(),
        c.bonus(),
        c.notApplicableAllowed(),
        measurement);
  }

  static UnitRegistry registry() {
    return new UnitRegistry(
        List.of(
            new Level("tinh", "Cấp tỉnh", "Province", null),
            new Level("huyen", "Cấp huyện", "District", "tinh"),
            new Level("xa", "Cấp xã", "Commune", "huyen")),
        List.of(
            unit("tinh-mau", "Tỉnh Mẫu", "tinh", null, List.of(), false),
            unit("huyen-a", "Huyện Đông", "huyen", "tinh-mau", List.of(), false),
            unit("huyen-b", "Huyện Tây", "huyen", "tinh-mau", List.of(), false),
            unit("xa-a1", "Xã Ánh Dương", "xa", "huyen-a", List.of(), false),
            unit("xa-a2", "Xã " + HOSTILE, "xa", "huyen-a", List.of(), false),
            unit("xa-b0", "Xã Cũ", "xa", "huyen-b", List.of(), false),
            unit("xa-b1", "Xã Bình Minh", "xa", "huyen-b", List.of(), false),
            unit("xa-b2", "Xã Mẫu Mới", "xa", "huyen-b", List.of("xa-b0"), true)));
  }

  private static Unit unit(
      String id, String name, String level, String parent, List<String> pred, boolean sample) {
    return new Unit(id, name, null, level, parent, null, null, pred, List.of(), sample);
  }

  /**
   * The fixture rendered with the site's templates, a stub schema in {@code schemas} and no base
   * address, as the render tests read it.
   */
  static RenderedSite rendered(java.nio.file.Path schemas) throws java.io.IOException {
    java.nio.file.Files.writeString(
        schemas.resolve("framework.schema.json"), "{\"type\":\"object\"}");
    return SiteRenderer.builder()
        .templates(java.nio.file.Path.of("..", "site-templates"))
        .schemas(schemas)
        .build()
        .render(input());
  }

  /** {@link #input()} with other insights. */
  static SiteInput withInsights(org.opendti.insight.Insights insights) {
    SiteInput plain = input();
    return new SiteInput(
        plain.dataset(),
        plain.diagnostics(),
        plain.scores(),
        plain.rankings(),
        plain.provenance(),
        insights);
  }

  /** {@code in} with an empty submission of {@code unit} in {@code period} added to its data. */
  static SiteInput withSubmission(SiteInput in, String unit, String period) {
    List<Submission> submissions = new ArrayList<>(in.dataset().submissions());
    submissions.add(submission(unit, period, Map.of()));
    return new SiteInput(
        in.dataset().withSubmissions(submissions, in.dataset().reviews()),
        in.diagnostics(),
        in.scores(),
        in.rankings(),
        in.provenance(),
        in.insights());
  }

  /**
   * {@code in} with {@code fw} as its only framework; units, submissions, scores, provenance and
   * insights unchanged.
   */
  static SiteInput withFramework(SiteInput in, Framework fw) {
    Dataset d = in.dataset();
    return new SiteInput(
        new Dataset(d.registry(), List.of(fw), d.submissions(), d.reviews()),
        in.diagnostics(),
        in.scores(),
        in.rankings(),
        in.provenance(),
        in.insights());
  }

  static SiteInput input() {
    List<Submission> submissions = new ArrayList<>();
    List<UnitScore> scores = new ArrayList<>();
    // 2023: three communes, including the predecessor of the sample commune.
    scores.add(
        score(
            "xa-a1",
            "2023",
            c("1.1", "8", "8", "10", "{0} / {1} × {2} = {3}", "800", "1000", "10", "8"),
            c("1.2", "5", "5", null, "{0}", "5"),
            c("1.3", "3", "3", null, "{0}", "3"),
            c("2.1", "5", "5", null, "{0} × {1} = {2}", "0.5", "10", "5"),
            bonus("2.2", "0")));
    scores.add(
        score(
            "xa-b0",
            "2023",
            c("1.1", "9", "9", null, "{0} / {1} × {2} = {3}", "900", "1000", "10", "9"),
            c("1.2", "0", "0", null, "{0}", "0"),
            c("1.3", "5", "5", null, "{0}", "5"),
            c("2.1", "10", "10", null, "{0} × {1} = {2}", "1", "10", "10"),
            bonus("2.2", "1")));
    scores.add(
        score(
            "xa-b1",
            "2023",
            c("1.1", "5", "5", null, "{0} / {1} × {2} = {3}", "500", "1000", "10", "5"),
            c("1.2", "5", "5", null, "{0}", "5"),
            c("1.3", "2", "2", null, "{0}", "2"),
            c("2.1", "0", "0", null, "{0} × {1} = {2}", "0", "10", "0"),
            bonus("2.2", "0")));
    // 2024: four communes.
    CriterionScore reviewed13 =
        new CriterionScore(
            "1.3",
            CriterionScore.Status.SCORED,
            bd("5"),
            bd("5"),
            bd("5"),
            bd("4"),
            bd("4"),
            new Formula("{0}", List.of(bd("4"))),
            false,
            "Chỉ có 4 sản phẩm " + HOSTILE);
    scores.add(
        score(
            "xa-a1",
            "2024",
            c("1.1", "9.98", "9.98", "9.98", "{0} / {1} × {2} = {3}", "998", "1000", "10", "9.98"),
            c("1.2", "5", "5", "5", "{0}", "5"),
            reviewed13,
            c("2.1", "10", "10", "10", "{0} × {1} = {2}", "1", "10", "10"),
            bonus("2.2", "1")));
    scores.add(
        score(
            "xa-a2",
            "2024",
            c("1.1", "7.57", "7.57", "10", "{0} / {1} × {2} = {3}", "757", "1000", "10", "7.57"),
            c("1.2", "5", "5", null, "{0}", "5"),
            na("1.3"),
            c("2.1", "5", "5", null, "{0} × {1} = {2}", "0.5", "10", "5"),
            bonus("2.2", "0")));
    scores.add(
        score(
            "xa-b1",
            "2024",
            c("1.1", "8", "8", null, "{0} / {1} × {2} = {3}", "1600", "2000", "10", "8"),
            c("1.2", "5", "5", null, "{0}", "5"),
            c("1.3", "5", "5", null, "{0}", "5"),
            c("2.1", "10", "10", null, "{0} × {1} = {2}", "1", "10", "10"),
            bonus("2.2", "2")));
    scores.add(
        score(
            "xa-b2",
            "2024",
            c("1.1", "9.98", "9.98", null, "{0} / {1} × {2} = {3}", "998", "1000", "10", "9.98"),
            c("1.2", "5", "5", null, "{0}", "5"),
            c("1.3", "4", "4", null, "{0}", "4"),
            c("2.1", "10", "10", null, "{0} × {1} = {2}", "1", "10", "10"),
            bonus("2.2", "1")));

    submissions.add(
        submission(
            "xa-a1",
            "2024",
            Map.of(
                "1.1",
                    answer(
                        "1.1",
                        Map.of("a", num("998"), "b", num("1000")),
                        "9.98",
                        List.of(
                            new Evidence(
                                "report",
                                "326/BC-UBND",
                                LocalDate.of(2024, 12, 15),
                                "UBND xã Ánh Dương",
                                "Báo cáo CCHC năm 2024",
                                "https://example.vn/bc-326.pdf")),
                        "Số liệu từ **Cổng DVC** tỉnh."),
                "1.2", answer("1.2", Map.of("co", new Value.Bool(true)), "5", List.of(), null),
                "1.3", answer("1.3", Map.of("value", num("5")), "5", List.of(), null),
                "2.1",
                    answer("2.1", Map.of("muc", new Value.Text("chu-tich")), "10", List.of(), null),
                "2.2", answer("2.2", Map.of("n", num("7")), null, List.of(), null))));
    submissions.add(
        submission(
            "xa-a2",
            "2024",
            Map.of(
                "1.1",
                answer(
                    "1.1",
                    Map.of("a", num("757"), "b", num("1000")),
                    "10",
                    List.of(
                        new Evidence(
                            "link",
                            HOSTILE,
                            LocalDate.of(2024, 1, 2),
                            HOSTILE,
                            "Tiêu đề " + HOSTILE,
                            "javascript:alert(1)"),
                        new Evidence("photo", null, null, null, "Ảnh", " JaVaScRiPt:alert(1)"),
                        new Evidence(
                            "other",
                            null,
                            null,
                            null,
                            "Dữ liệu",
                            "data:text/html,<script>alert(1)</script>")),
                    "Ghi chú <script>alert(1)</script> [bấm](javascript:alert(1)) <img src=x onerror=alert(1)>"
                        + " ![ảnh](https://tracker.example/p.png)"),
                "1.3",
                new Answer(
                    "1.3",
                    Map.of(),
                    null,
                    List.of(),
                    null,
                    new Answer.NotApplicable("Xã không có sản phẩm OCOP " + HOSTILE)))));
    submissions.add(submission("xa-b1", "2024", Map.of()));
    submissions.add(submission("xa-b2", "2024", Map.of()));

    Review review =
        new Review(
            "submissions/xa-mau/2024/xa-a1.review.json",
            "xa-a1",
            FW,
            "2024",
            new Contact("Đoàn kiểm tra " + HOSTILE, "Sở TT&TT", "Trưởng đoàn", null, null),
            LocalDate.of(2025, 1, 10),
            List.of(
                new Review.Correction(
                    "1.3", Map.of(), bd("4"), null, "Chỉ có 4 sản phẩm " + HOSTILE)));

    List<Ranking> rankings = new ArrayList<>();
    for (String period : List.of("2023", "2024")) {
      List<UnitScore> ps = scores.stream().filter(s -> s.periodId().equals(period)).toList();
      rankings.add(rank(period, ALL, null, ps));
      for (String district : List.of("huyen-a", "huyen-b")) {
        List<UnitScore> in =
            ps.stream()
                .filter(s -> registry().unit(s.unitId()).orElseThrow().parent().equals(district))
                .toList();
        if (!in.isEmpty()) {
          rankings.add(rank(period, BY_DISTRICT, district, in));
        }
      }
    }
    Diagnostics report =
        new Diagnostics(
            List.of(
                Diagnostic.of(
                    Severity.WARNING,
                    Code.GROUP_POINTS_MISMATCH,
                    "criteria/xa-mau.json",
                    40,
                    7,
                    "/pillars/1/points",
                    Text.of("phrase.pillar", "II", new Named("Chính quyền số " + HOSTILE, null)),
                    new BigDecimal("12"),
                    new BigDecimal("10.5"),
                    ""),
                Diagnostic.of(
                    Severity.ERROR,
                    Code.JSON_SYNTAX,
                    "submissions/x.json",
                    1,
                    1,
                    "",
                    "not shown")));
    return new SiteInput(
        new Dataset(registry(), List.of(framework()), submissions, List.of(review)),
        report,
        scores,
        rankings);
  }

  /**
   * The same site with a priority sector (seed {@code 004_…} Phụ lục 2) in the framework, led by
   * xa-b1 in 2024: D = 28, E = 8 of F = 10, so X = (28 + 8) × 30 / (30 + 10) = 27, plus 2 bonus.
   */
  static SiteInput withPrioritySector() {
    return withPrioritySector("Agriculture");
  }

  /** {@link #withPrioritySector()} with the sector's English name {@code nameEn} (null: none). */
  static SiteInput withPrioritySector(String nameEn) {
    SiteInput base = input();
    Framework f = framework();
    Criterion s1 =
        new Criterion(
            "S.1",
            "Nông nghiệp số",
            "Digital agriculture",
            null,
            bd("10"),
            null,
            new Method.Assessed("value"),
            List.of(),
            EvidenceRequirement.NONE,
            null,
            null,
            null,
            List.of(),
            false,
            false);
    PrioritySector sector =
        new PrioritySector(
            "nong-nghiep",
            "Nông nghiệp",
            nameEn,
            bd("10"),
            List.of(
                new Group(
                    "S", "Lĩnh vực nông nghiệp", null, null, bd("10"), List.of(), List.of(s1))));
    Framework withSector =
        new Framework(
            f.id(),
            f.title(),
            f.titleEn(),
            f.description(),
            f.descriptionEn(),
            f.source(),
            f.level(),
            f.periods(),
            f.totalPoints(),
            f.pillars(),
            f.profileFields(),
            new Aggregation(
                true,
                Aggregation.BonusPolicy.ADD,
                List.of(sector),
                f.aggregation().classification()),
            f.rankingGroups());
    List<UnitScore> scores = new ArrayList<>();
    for (UnitScore s : base.scores()) {
      if (s.unitId().equals("xa-b1") && s.periodId().equals("2024")) {
        List<CriterionScore> cs = new ArrayList<>(s.criteria());
        cs.add(
            new CriterionScore(
                "S.1",
                CriterionScore.Status.SCORED,
                bd("10"),
                bd("8"),
                null,
                null,
                bd("8"),
                new Formula("{0}", List.of(bd("8"))),
                false,
                null));
        s =
            new UnitScore(
                s.unitId(),
                s.frameworkId(),
                s.periodId(),
                s.submissionFile(),
                cs,
                s.pillars(),
                s.assessedPoints(),
                s.assessedMax(),
                s.rescaled(),
                "nong-nghiep",
                bd("8"),
                bd("10"),
                s.bonus(),
                bd("29.00"),
                s.classification(),
                s.sample());
      }
      scores.add(s);
    }
    return new SiteInput(
        new Dataset(
            base.dataset().registry(),
            List.of(withSector),
            base.dataset().submissions(),
            base.dataset().reviews()),
        base.diagnostics(),
        scores,
        base.rankings());
  }

  /** Equal totals share a rank; ties by unit id (the real ranker uses the collator). */
  static Ranking rank(String period, RankingGroup g, String partition, List<UnitScore> scores) {
    List<UnitScore> sorted =
        scores.stream()
            .sorted(
                Comparator.comparing(UnitScore::total).reversed().thenComparing(UnitScore::unitId))
            .toList();
    List<RankEntry> entries = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int rank =
          i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0
              ? entries.get(i - 1).rank()
              : i + 1;
      entries.add(new RankEntry(rank, sorted.get(i).unitId(), sorted.get(i).total()));
    }
    return new Ranking(FW, period, g, partition, entries);
  }

  static UnitScore score(String unit, String period, CriterionScore... cs) {
    Framework fw = framework();
    List<PillarScore> pillars = new ArrayList<>();
    BigDecimal a = BigDecimal.ZERO;
    BigDecimal c = BigDecimal.ZERO;
    BigDecimal bonus = BigDecimal.ZERO;
    for (Group p : fw.pillars()) {
      BigDecimal pts = BigDecimal.ZERO;
      BigDecimal max = BigDecimal.ZERO;
      BigDecimal pb = BigDecimal.ZERO;
      for (Criterion cr : p.allCriteria().toList()) {
        CriterionScore s =
            List.of(cs).stream()
                .filter(x -> x.criterionId().equals(cr.id()))
                .findFirst()
                .orElseThrow();
        if (s.bonus()) {
          pb = pb.add(s.points());
        } else if (s.status() != CriterionScore.Status.NOT_APPLICABLE) {
          pts = pts.add(s.points());
          max = max.add(s.max());
        }
      }
      pillars.add(new PillarScore(p.id(), pts, max, pb));
      a = a.add(pts);
      c = c.add(max);
      bonus = bonus.add(pb);
    }
    BigDecimal d = a.multiply(fw.totalPoints()).divide(c, 2, RoundingMode.HALF_UP);
    BigDecimal total = d.add(bonus);
    Classification cl =
        total.compareTo(bd("24")) >= 0 ? GOOD : total.compareTo(bd("19.5")) >= 0 ? FAIR : null;
    return new UnitScore(
        unit,
        FW,
        period,
        "submissions/xa-mau/" + period + "/" + unit + ".json",
        List.of(cs),
        pillars,
        a,
        c,
        d,
        null,
        null,
        null,
        bonus,
        total,
        cl,
        registry().unit(unit).orElseThrow().sample());
  }

  static CriterionScore c(
      String id, String points, String computed, String self, String pattern, String... args) {
    BigDecimal max = framework().criterion(id).orElseThrow().maxPoints();
    return new CriterionScore(
        id,
        CriterionScore.Status.SCORED,
        max,
        bd(computed),
        self == null ? null : bd(self),
        null,
        bd(points),
        new Formula(pattern, List.of(args).stream().map(SiteFixture::bd).toList()),
        false,
        null);
  }

  static CriterionScore bonus(String id, String points) {
    return new CriterionScore(
        id,
        CriterionScore.Status.SCORED,
        bd("2"),
        bd(points),
        null,
        null,
        bd(points),
        new Formula("{0}", List.of(bd(points))),
        true,
        null);
  }

  static CriterionScore na(String id) {
    return new CriterionScore(
        id,
        CriterionScore.Status.NOT_APPLICABLE,
        bd("5"),
        null,
        null,
        null,
        BigDecimal.ZERO,
        new Formula("—", List.of()),
        false,
        null);
  }

  private static Submission submission(String unit, String period, Map<String, Answer> answers) {
    return new Submission(
        "submissions/xa-mau/" + period + "/" + unit + ".json",
        unit,
        FW,
        period,
        new Contact("Nguyễn Văn A", "UBND xã", "Công chức", "0299 000", "a@example.vn"),
        new Contact("Trần Thị B", null, "Chủ tịch", null, null),
        Map.of(),
        null,
        new java.util.TreeMap<>(answers).values().stream().toList());
  }

  private static Answer answer(
      String id, Map<String, Value> inputs, String self, List<Evidence> ev, String notes) {
    return new Answer(id, inputs, self == null ? null : bd(self), ev, notes, null);
  }

  static Value num(String v) {
    return new Value.Num(bd(v));
  }

  static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }
}
