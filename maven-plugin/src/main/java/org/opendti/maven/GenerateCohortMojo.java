package org.opendti.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.synth.CohortSpec;
import org.opendti.synth.GeneratedCohort;
import org.opendti.synth.SampleCohorts;

/**
 * Generates a fictional, deterministic cohort (a province with departments, districts and communes,
 * all marked {@code sample}) with a full submission per unit, framework and period, for the sample
 * site and for benchmarks.
 *
 * <p>{@code mvn dti:generate-cohort -Ddti.frameworks=gia-lai-2023-xa -Ddti.districts=100
 * -Ddti.communesPerDistrict=100 -Ddti.cohortOutput=/tmp/big}
 */
@Mojo(name = "generate-cohort", requiresProject = false, threadSafe = true)
public class GenerateCohortMojo extends AbstractDtiMojo {

  /**
   * Ids of the frameworks (in {@code criteria/} of the repository) to generate submissions for;
   * each unit gets one per framework of its level and period.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.frameworks", required = true)
  List<String> frameworks;

  /**
   * Id prefix of every generated unit.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.province", defaultValue = "mau")
  String province;

  /**
   * Name of the fictional province.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.provinceName", defaultValue = "Tỉnh Mẫu (dữ liệu mẫu)")
  String provinceName;

  /**
   * @since 0.1.0
   */
  @Parameter(property = "dti.departments", defaultValue = "12")
  int departments;

  /**
   * @since 0.1.0
   */
  @Parameter(property = "dti.districts", defaultValue = "6")
  int districts;

  /**
   * @since 0.1.0
   */
  @Parameter(property = "dti.communesPerDistrict", defaultValue = "6")
  int communesPerDistrict;

  /**
   * Leave some units without a submission in each framework's last period and give some reviews
   * objections, so that the reviewers' workbench shows every state, as this repository's sample
   * does; default: every unit submits.
   */
  @Parameter(property = "dti.gaps", defaultValue = "false")
  boolean gaps;

  /**
   * The same seed always gives byte-identical files.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.seed", defaultValue = "2023")
  long seed;

  /**
   * The repository to write the registry file and submissions into (it must hold the frameworks'
   * {@code criteria/} too, or the output is not loadable).
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.cohortOutput", defaultValue = "${project.build.directory}/cohort")
  File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("generate-cohort")) {
      return;
    }
    Failures.run(
        "generate-cohort",
        language,
        () -> {
          CohortSpec spec =
              new CohortSpec(
                  province, provinceName, departments, districts, communesPerDistrict, seed);
          GeneratedCohort cohort =
              SampleCohorts.generate(repositoryRoot.toPath(), frameworks, spec, gaps);
          cohort.writeTo(outputDirectory.toPath());
          info(
              "plugin.generate-cohort.done",
              cohort.units().size(),
              cohort.submissionCount(),
              outputDirectory.toString());
        });
  }
}
