package org.opendti.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.opendti.load.ModelJson;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Criterion;
import org.opendti.model.Evidence;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.ProfileField;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.Value;

/**
 * Generates a fictional province with departments, districts and communes, and a full submission
 * for every unit, framework and period whose level matches: inputs for every criterion, evidence
 * where required, Markdown notes, some not-applicable claims, and reviews with corrections for
 * about one submission in ten. Deterministic: the same spec and frameworks give the same files.
 *
 * <pre>{@code
 * GeneratedCohort cohort = new CohortGenerator()
 *     .generate(new CohortSpec("mau", "Tỉnh Mẫu", 12, 6, 6, 42), frameworks);
 * cohort.writeTo(repositoryRoot);
 * }</pre>
 *
 * <p>Each unit has a latent quality that drifts a little from one period to the next, so the site
 * shows trends and movers.
 */
public final class CohortGenerator {

  /**
   * Units per registry file. A registry of 5,000 generated units is about 0.8 MB; one file of
   * 50,000 units would be 9 MB, over the loader's 2 MiB limit for any input file, and every
   * submission would then name an unknown unit.
   */
  static final int UNITS_PER_REGISTRY_FILE = 5_000;

  /** One in this many submissions gets a review. */
  private static final int REVIEW_EVERY = 10;

  private final boolean gaps;

  /** A generator of complete cohorts: every unit submits, no objections. */
  public CohortGenerator() {
    this(false);
  }

  /**
   * @param gaps true: some units do not submit in a framework's last period and some reviews carry
   *     objections, so that the reviewers' workbench shows every state (the repository's sample);
   *     false: every unit submits (benchmarks)
   */
  public CohortGenerator(boolean gaps) {
    this.gaps = gaps;
  }

  public GeneratedCohort generate(CohortSpec spec, List<Framework> frameworks) {
    List<Unit> units = units(spec);
    java.util.SortedMap<String, String> files = new TreeMap<>();
    files.putAll(registryFiles(spec.provinceId(), units));
    SplittableRandom root = new SplittableRandom(spec.seed());
    List<Framework> sorted =
        frameworks.stream().sorted(java.util.Comparator.comparing(Framework::id)).toList();
    java.util.Set<Period> open = open(sorted);
    for (Framework framework : sorted) {
      int[] reviews = {0};
      List<Unit> cohort = units.stream().filter(u -> u.level().equals(framework.level())).toList();
      for (int i = 0; i < cohort.size(); i++) {
        Unit unit = cohort.get(i);
        // One seed per unit and framework: adding a unit does not change the others' data.
        long unitSeed = root.nextLong() ^ unit.id().hashCode();
        SplittableRandom random = new SplittableRandom(unitSeed);
        // Spread evenly over 0.3..0.8 (golden-ratio sequence): a random draw can bunch a small
        // cohort together and make honest values look like outliers.
        double quality = 0.3 + 0.5 * ((i * 0.6180339887498949 + 0.5) % 1.0);
        double improvement = 0;
        String sector = sectorFor(framework, i);
        for (Period period : framework.periods()) {
          Submission s =
              submission(
                  framework, period, unit, i, sector, quality, improvement, unitSeed, random);
          // Units improve a little each period: enough to show trends, never a jump reviewers
          // would have to look at (the anomaly flags stay quiet on sample data).
          improvement += random.nextDouble(0.0, 0.04);
          boolean reviewed = random.nextInt(REVIEW_EVERY) == 0;
          Optional<Review> review =
              reviewed ? review(framework, period, s, random) : Optional.empty();
          if (gaps
              && (open.contains(period) || missing(framework, period, i, cohort.size(), open))) {
            // Drawn all the same, so that the other units' data do not depend on who is missing.
            continue;
          }
          files.put(s.file(), ModelJson.submission(s));
          review
              .map(r -> gaps ? withObjections(r, reviews[0]++) : r)
              .ifPresent(r -> files.put(r.file(), ModelJson.review(r)));
        }
      }
    }
    return new GeneratedCohort(units, files);
  }

  /**
   * Whether the unit has not submitted: in a framework's last period that is not open, every
   * seventh unit and the last one, so that the reviewers' workbench shows units that have not
   * submitted (late).
   */
  static boolean missing(
      Framework framework, Period period, int unitIndex, int units, java.util.Set<Period> open) {
    Period last =
        framework.periods().stream()
            .filter(p -> !open.contains(p))
            .max(java.util.Comparator.comparing(Period::start))
            .orElse(null);
    return last != null
        && period.id().equals(last.id())
        && ((unitIndex + 1) % 7 == 0 || unitIndex == units - 1);
  }

  /**
   * The periods still open in the sample: a framework's period that starts after every period of
   * every other framework has ended (its current period, while the others' are over). With gaps
   * nobody has submitted in it yet, so the reviewers' workbench shows units not submitted with days
   * left to the deadline: the sample's latest date (a review or objection of an earlier period)
   * comes before it. None when only one framework is generated.
   */
  static java.util.Set<Period> open(List<Framework> frameworks) {
    java.util.Set<Period> open = new java.util.HashSet<>();
    for (Framework f : frameworks) {
      List<Period> others =
          frameworks.stream().filter(g -> g != f).flatMap(g -> g.periods().stream()).toList();
      for (Period p : f.periods()) {
        if (!others.isEmpty() && others.stream().allMatch(q -> q.end().isBefore(p.start()))) {
          open.add(p);
        }
      }
    }
    return open;
  }

  /**
   * Objections, so that the workbench and scorecards show each outcome: of a framework's reviews in
   * order, the first of every three has an open objection to its first correction, the second a
   * decided one (rejected, then partly upheld, in turn), the third none.
   */
  static Review withObjections(Review r, int index) {
    if (r.corrections().isEmpty() || index % 3 == 2) {
      return r;
    }
    String criterion = r.corrections().get(0).criterion();
    java.time.LocalDate received = r.date().plusDays(10);
    String reference = "CV " + (index + 1) + "/UBND-mẫu";
    Review.Objection o =
        index % 3 == 0
            ? new Review.Objection(reference, criterion, received, null, null, null)
            : new Review.Objection(
                reference,
                criterion,
                received,
                index % 2 == 0 ? Review.Decision.PARTLY_UPHELD : Review.Decision.REJECTED,
                "Đoàn kiểm tra đã xác minh lại tài liệu kiểm chứng (dữ liệu mẫu).",
                received.plusDays(20));
    return r.withObjections(List.of(o));
  }

  private static List<Unit> units(CohortSpec spec) {
    CohortSpec.Levels levels = spec.levels();
    List<Unit> units = new ArrayList<>();
    String province = spec.provinceId();
    units.add(unit(province, spec.provinceName(), levels.province(), null));
    for (int d = 0; d < spec.departments(); d++) {
      units.add(
          unit(
              province + "-so-" + (d + 1),
              SampleNames.department(d),
              levels.department(),
              province));
    }
    int place = 0;
    for (int h = 0; h < spec.districts(); h++) {
      String districtId = province + "-huyen-" + (h + 1);
      units.add(
          unit(districtId, "Huyện " + SampleNames.place(place++), levels.district(), province));
      for (int x = 0; x < spec.communesPerDistrict(); x++) {
        String id = districtId + "-xa-" + (x + 1);
        units.add(unit(id, "Xã " + SampleNames.place(place++), levels.commune(), districtId));
      }
    }
    return units;
  }

  private static Unit unit(String id, String name, String level, String parent) {
    return new Unit(id, name, null, level, parent, null, null, List.of(), List.of(), true);
  }

  private static String sectorFor(Framework framework, int unitIndex) {
    List<PrioritySector> sectors = framework.aggregation().prioritySectors();
    // The first departments each lead one sector, as in 004_… Phụ lục 2; the rest lead none.
    return unitIndex < sectors.size() ? sectors.get(unitIndex).id() : null;
  }

  private static Submission submission(
      Framework framework,
      Period period,
      Unit unit,
      int unitIndex,
      String sector,
      double quality,
      double improvement,
      long unitSeed,
      SplittableRandom random) {
    InputGenerator inputs = new InputGenerator(random);
    List<Criterion> criteria = new ArrayList<>(framework.criteria());
    framework.aggregation().prioritySectors().stream()
        .filter(s -> s.id().equals(sector))
        .forEach(s -> criteria.addAll(s.criteria()));
    List<Answer> answers = new ArrayList<>();
    List<String> usuallyNotApplicable = usuallyNotApplicable(framework);
    for (Criterion c : criteria) {
      // The same draws for a criterion in every period, so answers are stable over time.
      InputGenerator stable =
          new InputGenerator(new SplittableRandom(unitSeed ^ c.id().hashCode()));
      if (usuallyNotApplicable.contains(c.id()) && unitIndex % 3 == 0) {
        answers.add(
            new Answer(
                c.id(),
                Map.of(),
                null,
                List.of(),
                null,
                new Answer.NotApplicable(
                    "Đơn vị không phát sinh nội dung này trong kỳ (dữ liệu mẫu).")));
        continue;
      }
      List<Evidence> evidence =
          c.evidence().required() || inputs.chance(0.3)
              ? evidence(c, period, unit, random)
              : List.of();
      String notes =
          inputs.chance(0.15)
              ? "Số liệu tổng hợp từ **báo cáo** của đơn vị (dữ liệu mẫu, không có thật)."
              : null;
      answers.add(
          new Answer(c.id(), stable.inputs(c, period, quality), null, evidence, notes, null));
    }
    Map<String, Value> profile = new TreeMap<>();
    for (ProfileField field : framework.profileFields()) {
      profile.put(field.id(), inputs.profileValue(field.kind()));
    }
    String file = "submissions/" + framework.id() + "/" + period.id() + "/" + unit.id() + ".json";
    return new Submission(
        file,
        unit.id(),
        framework.id(),
        period.id(),
        new Contact(
            "Cán bộ mẫu " + (random.nextInt(90) + 10),
            unit.name(),
            "Chuyên viên",
            "0200 000 " + (random.nextInt(900) + 100),
            "mau" + (random.nextInt(900) + 100) + "@example.invalid"),
        new Contact("Lãnh đạo mẫu", unit.name(), "Phó Chủ tịch", null, null),
        profile,
        sector,
        answers);
  }

  /**
   * A few criteria per framework that many units may report as not applicable (about 3 in 10), so
   * that no claim is rare: every twelfth of those that allow the claim.
   */
  private static List<String> usuallyNotApplicable(Framework framework) {
    List<Criterion> allowed =
        framework.criteria().stream().filter(Criterion::notApplicableAllowed).toList();
    List<String> ids = new ArrayList<>();
    for (int i = 5; i < allowed.size(); i += 12) {
      ids.add(allowed.get(i).id());
    }
    return ids;
  }

  private static List<Evidence> evidence(
      Criterion c, Period period, Unit unit, SplittableRandom random) {
    String kind = c.evidence().kinds().isEmpty() ? "report" : c.evidence().kinds().get(0);
    long days = java.time.temporal.ChronoUnit.DAYS.between(period.start(), period.end());
    java.time.LocalDate date = period.start().plusDays(random.nextLong(Math.max(1, days)));
    String number = (random.nextInt(300) + 1) + "/BC-UBND";
    String url =
        random.nextInt(3) == 0
            ? "https://example.invalid/" + unit.id() + "/" + c.id() + ".pdf"
            : null;
    return List.of(
        new Evidence(kind, number, date, unit.name(), "Báo cáo mẫu về tiêu chí " + c.id(), url));
  }

  private static java.util.Optional<Review> review(
      Framework framework, Period period, Submission s, SplittableRandom random) {
    List<Review.Correction> corrections = new ArrayList<>();
    for (Answer a : s.answers()) {
      Criterion c = framework.criterion(a.criterion()).orElseThrow();
      if (corrections.size() >= 2) {
        break;
      }
      // What the reviewer saw: a later change to this answer makes the correction stale.
      Review.Was was = Review.Was.of(java.util.Optional.of(a));
      // Corrections are modest, as most of an inspection's are: a confirmed claim, points or a
      // numerator trimmed. Nothing a reviewer would flag as a jump.
      if (a.notApplicable() != null && random.nextBoolean()) {
        corrections.add(
            new Review.Correction(
                c.id(),
                Map.of(),
                null,
                true,
                "Đoàn kiểm tra xác nhận tiêu chí không phát sinh.",
                was));
      } else if (c.method() instanceof Method.Assessed
          && random.nextInt(4) == 0
          && a.inputs().values().stream().findFirst().orElse(null) instanceof Value.Num n) {
        // A not-applicable claim has no inputs, so only an answered criterion is corrected.
        BigDecimal given = n.value();
        BigDecimal corrected =
            given.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP);
        corrections.add(
            new Review.Correction(
                c.id(),
                Map.of(),
                corrected,
                null,
                "Tài liệu kiểm chứng chưa đầy đủ, điều chỉnh điểm.",
                was));
      } else if (c.method() instanceof Method.Ratio m
          && m.numerator().size() == 1
          && !m.denominator().isEmpty()
          && a.inputs().get(m.numerator().get(0)) instanceof Value.Num n
          && n.value().signum() > 0
          && random.nextInt(4) == 0) {
        BigDecimal trimmed =
            n.value().multiply(new BigDecimal("0.95")).setScale(0, RoundingMode.FLOOR);
        corrections.add(
            new Review.Correction(
                c.id(),
                Map.of(m.numerator().get(0), new Value.Num(trimmed)),
                null,
                null,
                "Số liệu theo hệ thống thấp hơn số đơn vị báo cáo.",
                was));
      }
    }
    if (corrections.isEmpty()) {
      return java.util.Optional.empty();
    }
    String file = s.file().replace(".json", ".review.json");
    return java.util.Optional.of(
        new Review(
            file,
            s.unit(),
            s.framework(),
            s.period(),
            new Contact(
                "Đoàn kiểm tra (mẫu)", "Sở Khoa học và Công nghệ", "Trưởng đoàn", null, null),
            period.deadline().plusDays(20),
            corrections));
  }

  /**
   * {@code units/sample-<province>.json}, or, above {@link #UNITS_PER_REGISTRY_FILE} units, {@code
   * units/sample-<province>-1.json}, {@code -2.json}, … in unit order (the loader merges every
   * registry file in {@code units/}, so a parent may sit in another file than its children).
   */
  static java.util.SortedMap<String, String> registryFiles(String provinceId, List<Unit> units) {
    java.util.SortedMap<String, String> files = new TreeMap<>();
    if (units.size() <= UNITS_PER_REGISTRY_FILE) {
      files.put("units/sample-" + provinceId + ".json", ModelJson.registry(units));
      return files;
    }
    for (int from = 0, part = 1; from < units.size(); from += UNITS_PER_REGISTRY_FILE, part++) {
      List<Unit> slice =
          units.subList(from, Math.min(units.size(), from + UNITS_PER_REGISTRY_FILE));
      files.put("units/sample-" + provinceId + "-" + part + ".json", ModelJson.registry(slice));
    }
    return files;
  }
}
