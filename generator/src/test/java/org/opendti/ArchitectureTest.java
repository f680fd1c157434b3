package org.opendti;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor plan, pinned: the packages of the core are the pipeline's stages in execution order,
 * with the diagnostics and the model at the bottom and the entry points at the top, and each may
 * use only what is below it. Read {@link #LAYERS} bottom up to read the architecture.
 */
class ArchitectureTest {

  /** Bottom first. A package may depend on the packages before it, never on those after it. */
  static final List<String> LAYERS =
      List.of(
          // What every stage speaks: diagnostics and the listener, then the immutable model.
          "diagnostic",
          "model",
          // Reading the repository: Git access, then the input files.
          "git",
          "load",
          // The stages, in the order they run.
          "validate",
          "score",
          "rank",
          "insight",
          "render",
          "publish",
          // Built on the stages: the path policy, the sample-cohort generator.
          "policy",
          "synth",
          // The entry points: the pipeline itself, then the pull-request check that runs it twice.
          "",
          "pullrequest");

  private static JavaClasses classes;

  @BeforeAll
  static void importCore() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opendti");
  }

  @Test
  void everyPackageIsALayer() {
    SortedSet<String> unknown = new TreeSet<>();
    for (JavaClass c : classes) {
      String layer = layerOf(c.getPackageName());
      if (!LAYERS.contains(layer)) {
        unknown.add(c.getPackageName());
      }
    }
    org.assertj.core.api.Assertions.assertThat(unknown)
        .as("packages that are no layer of ArchitectureTest.LAYERS")
        .isEmpty();
  }

  @Test
  void stagesDependOnlyDownward() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above =
          LAYERS.subList(i + 1, LAYERS.size()).stream()
              .map(ArchitectureTest::packagePattern)
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(packagePattern(LAYERS.get(i)))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above)
          .because("layer " + name(i) + " must not use a layer above it")
          .check(classes);
    }
  }

  /**
   * A stage and its sub-packages ({@code load.internal}, {@code render.view}) are one slice: an
   * internal package works for its owner and may use the owner's public types.
   */
  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.opendti.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void internalPackagesArePrivateToTheirPackage() {
    SortedSet<String> internals = new TreeSet<>();
    for (JavaClass c : classes) {
      String p = c.getPackageName();
      int at = p.indexOf(".internal");
      if (at > 0) {
        internals.add(p.substring(0, at));
      }
    }
    org.assertj.core.api.Assertions.assertThat(internals).isNotEmpty();
    for (String owner : internals) {
      noClasses()
          .that()
          .resideOutsideOfPackage(owner + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(owner + ".internal..")
          .check(classes);
    }
  }

  @Test
  void theCoreHasNoMaven() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
        .check(classes);
  }

  /** The layer of a package: the first segment below org.opendti, "" for org.opendti itself. */
  private static String layerOf(String pkg) {
    if (pkg.equals("org.opendti")) {
      return "";
    }
    String rest = pkg.substring("org.opendti.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String packagePattern(String layer) {
    return layer.isEmpty() ? "org.opendti" : "org.opendti." + layer + "..";
  }

  private static String name(int i) {
    return LAYERS.get(i).isEmpty() ? "org.opendti" : LAYERS.get(i);
  }
}
