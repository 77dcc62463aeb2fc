package dev.cumulo.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cumulo.debug.Debugger;
import dev.cumulo.debug.model.DebugListener;
import dev.cumulo.queue.QueueService;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.storage.StorageService;
import org.junit.jupiter.api.Test;

/** The UI renders the emulator's state through its public services and crosses threads in one place only. */
class UiArchitectureTest {
  private static final JavaClasses UI =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cumulo.ui");

  @Test
  void theUiNeverReachesIntoAStore() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.cumulo.store..", "dev.cumulo.storage.store..",
        "dev.cumulo.queue.store..").check(UI);
  }

  @Test
  void onlyTheFeedListensToTheEmulator() {
    noClasses().that().resideOutsideOfPackage("dev.cumulo.ui.feed..")
        .should().callMethod(Recorder.class, "subscribe", java.util.function.Consumer.class)
        .orShould().callMethod(StorageService.class, "onObjectEvent", java.util.function.Consumer.class)
        .orShould().callMethod(QueueService.class, "onChange", java.util.function.Consumer.class)
        .orShould().callMethod(Debugger.class, "subscribe", DebugListener.class)
        .check(UI);
  }

  @Test
  void viewModelsStayFreeOfSceneGraphClasses() {
    noClasses().that().haveSimpleNameEndingWith("ViewModel")
        .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..").check(UI);
  }
}
