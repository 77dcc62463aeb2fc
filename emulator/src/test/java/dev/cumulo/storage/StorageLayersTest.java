package dev.cumulo.storage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The storage service's layers depend only downwards: api on service and model, service on store and model. */
class StorageLayersTest {
  private static final JavaClasses STORAGE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cumulo.storage");

  @Test
  void apiNeverReachesIntoTheStore() {
    noClasses().that().resideInAPackage("..storage.api..")
        .should().dependOnClassesThat().resideInAPackage("..storage.store..")
        .check(STORAGE);
  }

  @Test
  void serviceAndStoreKnowNothingOfHttp() {
    noClasses().that().resideInAnyPackage("..storage.service..", "..storage.store..", "..storage.model..")
        .should().dependOnClassesThat().resideInAnyPackage("..storage.api..", "dev.cumulo.http..", "io.netty..")
        .check(STORAGE);
  }

  @Test
  void modelDependsOnNoOtherLayer() {
    noClasses().that().resideInAPackage("..storage.model..")
        .should().dependOnClassesThat().resideInAnyPackage("..storage.service..", "..storage.store..")
        .check(STORAGE);
  }
}
