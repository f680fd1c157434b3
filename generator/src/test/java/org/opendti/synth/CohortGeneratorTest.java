package org.opendti.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.Severity;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.Unit;

/** Generated cohorts are deterministic, fully valid, labelled as sample, and cover every level. */
class CohortGeneratorTest {

  private static final List<String> FRAMEWORKS =
      List.of("gia-lai-2023-so", "gia-lai-2023-huyen", "gia-lai-2023-xa", "lac-dao-2024");

  @Test
  void sameSeedSameFilesOtherSeedOtherFiles() {
    CohortSpec spec = new CohortSpec("thu", "Tỉnh Thử", 3, 2, 3, 7);

    GeneratedCohort a = SampleCohorts.generate(Path.of(".."), FRAMEWORKS, spec);
    GeneratedCohort b = SampleCohorts.generate(Path.of(".."), FRAMEWORKS, spec);
    GeneratedCohort c =
        SampleCohorts.generate(
            Path.of(".."), FRAMEWORKS, new CohortSpec("thu", "Tỉnh Thử", 3, 2, 3, 8));

    assertThat(a.files()).isEqualTo(b.files());
    assertThat(a.files()).isNotEqualTo(c.files());
  }

  @Test
  void everyGeneratedFileValidatesAndScores(@TempDir Path repo) throws IOException {
    copyDir(Path.of("../criteria"), repo.resolve("criteria"));
    copyRealRegistry(repo);
    GeneratedCohort cohort =
        SampleCohorts.generate(
            Path.of(".."), FRAMEWORKS, new CohortSpec("thu", "Tỉnh Thử", 4, 3, 4, 11));
    cohort.writeTo(repo);

    PipelineResult result = Pipeline.builder().repositoryRoot(repo).build().check();

    assertThat(result.diagnostics().all())
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .isEmpty();
    // 4 departments, 3 districts, 12 communes: three periods of Gia Lai's departments, two of
    // its districts and communes, one of Lạc Đạo.
    assertThat(cohort.units()).hasSize(1 + 4 + 3 + 12);
    assertThat(cohort.submissionCount()).isEqualTo(4 * 3 + 3 * 2 + 12 * 2 + 12);
    assertThat(result.scores()).hasSize((int) cohort.submissionCount());
    assertThat(cohort.units()).allMatch(Unit::sample);
    assertThat(cohort.units())
        .filteredOn(u -> u.level().equals("xa") || u.level().equals("huyen"))
        .allMatch(u -> u.name().contains("Mẫu"));
  }

  @Test
  void aLargeRegistryIsSplitIntoFilesTheLoaderAccepts(@TempDir Path repo) throws IOException {
    Files.createDirectories(repo.resolve("units"));
    Files.copy(Path.of("../units/levels.json"), repo.resolve("units/levels.json"));
    // 1 province, 60 districts of 99 communes: 6,001 units, more than one registry file holds.
    GeneratedCohort cohort =
        new CohortGenerator().generate(new CohortSpec("lon", "Tỉnh Lớn", 0, 60, 99, 3), List.of());
    cohort.writeTo(repo);

    LoadResult loaded = RepositoryLoader.builder().build().load(repo);

    assertThat(cohort.files().keySet())
        .containsExactly("units/sample-lon-1.json", "units/sample-lon-2.json");
    assertThat(loaded.diagnostics().all()).isEmpty();
    assertThat(loaded.dataset().registry().units())
        .extracting(Unit::id)
        .containsAll(cohort.units().stream().map(Unit::id).toList());
    assertThat(cohort.units()).hasSize(6_001);
  }

  /**
   * The project's levels and real registry files, not its sample ones: the units the frameworks'
   * {@code appliesTo} names (Gia Lai, Văn Lâm, Thừa Thiên Huế, Sóc Trăng). Generated units are
   * sample units, which any framework of their level may assess.
   */
  private static void copyRealRegistry(Path repo) throws IOException {
    Path units = Files.createDirectories(repo.resolve("units"));
    try (Stream<Path> files = Files.list(Path.of("../units"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().startsWith("sample-")) {
          Files.copy(f, units.resolve(f.getFileName().toString()));
        }
      }
    }
  }

  private static void copyDir(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  /**
   * With gaps (the repository's sample): in each framework's last period every seventh unit and the
   * last one have not submitted, nobody has submitted in the open period (Gia Lai's departments'
   * 2025, which starts after every other framework's periods have ended), and reviews carry open
   * and decided objections.
   */
  @Test
  void gapsLeaveUnitsUnsubmittedAndGiveReviewsObjections(@TempDir Path repo) throws IOException {
    copyDir(Path.of("../criteria"), repo.resolve("criteria"));
    copyRealRegistry(repo);
    CohortSpec spec = new CohortSpec("thu", "Tỉnh Thử", 4, 3, 4, 11);
    GeneratedCohort full = SampleCohorts.generate(Path.of(".."), FRAMEWORKS, spec);
    GeneratedCohort gaps = SampleCohorts.generate(Path.of(".."), FRAMEWORKS, spec, true);
    gaps.writeTo(repo);

    PipelineResult result = Pipeline.builder().repositoryRoot(repo).build().check();

    assertThat(result.diagnostics().all())
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .isEmpty();
    // The last department, the last district, communes 7 and 12 in each of the two commune
    // frameworks' last periods; the four departments in the open period.
    assertThat(gaps.submissionCount()).isEqualTo(full.submissionCount() - 6 - 4);
    assertThat(gaps.files()).doesNotContainKey("submissions/gia-lai-2023-so/2024/thu-so-4.json");
    assertThat(gaps.files()).containsKey("submissions/gia-lai-2023-so/2023/thu-so-4.json");
    assertThat(full.files()).containsKey("submissions/gia-lai-2023-so/2025/thu-so-1.json");
    assertThat(gaps.files().keySet()).noneMatch(f -> f.contains("/2025/"));
    // The sample's latest date (reviews and objections of closed periods) is before the open
    // period's deadline: the workbench counts days left, not days late.
    java.time.LocalDate latest =
        result.accepted().reviews().stream()
            .flatMap(
                r ->
                    Stream.concat(
                        Stream.of(r.date()),
                        r.objections().stream().flatMap(o -> Stream.of(o.received(), o.decided()))))
            .filter(java.util.Objects::nonNull)
            .max(java.util.Comparator.naturalOrder())
            .orElseThrow();
    assertThat(latest).isBefore(java.time.LocalDate.of(2025, 11, 25));
    // Whoever submits has the same data either way.
    gaps.files()
        .forEach(
            (path, text) -> {
              if (!path.endsWith(".review.json")) {
                assertThat(text).as(path).isEqualTo(full.files().get(path));
              }
            });
    assertThat(result.accepted().reviews().stream().flatMap(r -> r.objections().stream()))
        .anyMatch(org.opendti.model.Review.Objection::open)
        .anyMatch(o -> !o.open());
  }
}
