package dev.cumulo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The emulator runs headless: it never touches JavaFX, and the HTTP layer knows nothing of the services on it. */
class ArchitectureTest {
  private static final JavaClasses EMULATOR =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cumulo");

  @Test
  void theEmulatorNeverTouchesJavaFx() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(EMULATOR);
  }

  @Test
  void theHttpLayerAndTheStoreKnowNoService() {
    noClasses().that().resideInAnyPackage("dev.cumulo.http..", "dev.cumulo.store..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cumulo.functions..", "dev.cumulo.recorder..", "dev.cumulo.emulator..")
        .check(EMULATOR);
  }
}
