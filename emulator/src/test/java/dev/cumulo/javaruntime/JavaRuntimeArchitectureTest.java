package dev.cumulo.javaruntime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The runtime client runs inside function JVMs with only the JDK, aws-lambda-java-core and
 * aws-lambda-java-serialization on its class path, so it may use nothing else: no other Cumulo package, no Jackson,
 * Netty or other library of the emulator, and not the serialisation library's shaded internals.
 */
class JavaRuntimeArchitectureTest {
  private static final JavaClasses RUNTIME_CLIENT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cumulo.javaruntime");

  @Test
  void runtimeClientDependsOnlyOnTheJdkAndTheLambdaLibraries() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("dev.cumulo.javaruntime")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "java..",
                "dev.cumulo.javaruntime",
                "com.amazonaws.services.lambda.runtime",
                "com.amazonaws.services.lambda.runtime.logging",
                "com.amazonaws.services.lambda.runtime.serialization..");
    rule.check(RUNTIME_CLIENT);
  }
}
