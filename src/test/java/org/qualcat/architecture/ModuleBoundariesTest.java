package org.qualcat.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.boundaryfixture.UsesVerification;
import org.qualcat.nomination.boundaryfixture.ReachesIntoTheCatalog;

/**
 * Qualcat's module boundaries, checked on the compiled classes: no cycles between modules, dependencies only along
 * the arrows of {@link Modules}, and a feature uses another only through its published types.
 */
class ModuleBoundariesTest {

  private static JavaClasses qualcat;

  @BeforeAll
  static void importQualcat() {
    qualcat = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(Modules.ROOT);
  }

  @Test
  void modulesDoNotDependOnEachOtherInACircle() {
    ModuleBoundaries.NO_CYCLES.check(qualcat);
  }

  @Test
  void everyClassLivesInAModuleOfThePicture() {
    ModuleBoundaries.EVERY_CLASS_IN_A_MODULE.check(qualcat);
  }

  @Test
  void modulesUseOnlyWhatTheyMayAndFeaturesOnlyWhatOthersPublish() {
    ModuleBoundaries.ONLY_ALLOWED_DEPENDENCIES.check(qualcat);
  }

  @Test
  void aFeatureReachingIntoAnotherFeaturesInternalsIsRefused() {
    EvaluationResult result = ModuleBoundaries.ONLY_ALLOWED_DEPENDENCIES.evaluate(withFixture(ReachesIntoTheCatalog.class));

    assertThat(result.getFailureReport().getDetails())
        .filteredOn(detail -> detail.contains(ReachesIntoTheCatalog.class.getName()))
        .isNotEmpty()
        .allSatisfy(detail -> assertThat(detail).contains("org.qualcat.catalog.CatalogEdition is internal to catalog"));
  }

  @Test
  void aDependencyAgainstThePicturesArrowsIsRefusedAndMakesACycle() {
    JavaClasses classes = withFixture(UsesVerification.class);

    EvaluationResult arrows = ModuleBoundaries.ONLY_ALLOWED_DEPENDENCIES.evaluate(classes);
    assertThat(arrows.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail)
        .contains("catalog may not use verification").contains(UsesVerification.class.getSimpleName()));
    assertThat(ModuleBoundaries.NO_CYCLES.evaluate(classes).hasViolation()).as("catalog <-> verification").isTrue();
  }

  /** Qualcat's classes and one class of the tests', as if it were part of the application. */
  private static JavaClasses withFixture(Class<?> fixture) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .withImportOption(location -> !location.contains("/test-classes/")
            || location.contains("/" + fixture.getPackageName().replace('.', '/') + "/"))
        .importPackages(Modules.ROOT, fixture.getPackageName());
  }
}
