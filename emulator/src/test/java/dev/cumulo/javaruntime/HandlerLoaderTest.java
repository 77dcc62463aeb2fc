package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import fixtures.javafn.Person;
import fixtures.javafn.PersonDescriber;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handler resolution and (de)serialisation, run in-process on a task root's own class loader. */
class HandlerLoaderTest {
  @TempDir static Path shared;
  private static RuntimeEnvironment env;

  @BeforeAll
  static void assemble() {
    Path taskRoot = TaskRoot.assemble(shared.resolve("task"));
    env =
        new RuntimeEnvironment(
            "unused", "127.0.0.1:9", taskRoot.toString(), null, 256, "fn", "$LATEST", "/aws/lambda/fn", "s", "UNDEFINED",
            "TEXT");
  }

  /** Loads the handler on a fresh class loader (fresh statics) and runs the payloads through it in turn. */
  private static List<String> run(String handler, String... payloads) throws Throwable {
    ClassLoader loader = CustomerClasspath.loaderFor(env);
    LoadedHandler loaded = HandlerLoader.load(handler, loader, new Codecs(loader));
    InvocationRunner runner =
        new InvocationRunner(loaded, env, new RuntimeLogger(LogLevel.UNDEFINED, LogFormat.TEXT), loader);
    String[] answers = new String[payloads.length];
    for (int i = 0; i < payloads.length; i++) {
      Invocation invocation =
          new Invocation(
              "request-" + i, null, "arn", System.currentTimeMillis() + 10_000, null, null, null,
              payloads[i].getBytes(StandardCharsets.UTF_8));
      answers[i] = runner.run(invocation).toString(StandardCharsets.UTF_8);
    }
    return List.of(answers);
  }

  private static UserFault deferredFault(String handler) throws MalformedURLException {
    ClassLoader loader = CustomerClasspath.loaderFor(env);
    LoadedHandler loaded = HandlerLoader.load(handler, loader, new Codecs(loader));
    return ((LoadedHandler.Faulty) loaded).fault();
  }

  @Test
  void requestHandlerClassIsCalledThroughItsTypedMethod() throws Throwable {
    assertEquals(List.of("\"Hello, Ada!\"", "\"Hello, null!\""), run("fixtures.javafn.Greeter", "\"Ada\"", "null"));
  }

  @Test
  void pojoMethodsOfEveryShapeAnswer() throws Throwable {
    assertEquals(
        List.of("{\"message\":\"Hello Ada (36)\"}"),
        run("fixtures.javafn.PojoMethods::greet", "{\"name\":\"Ada\",\"age\":36}"));
    assertEquals(List.of("\"nothing in\""), run("fixtures.javafn.PojoMethods::noArguments", "{}"));
    assertEquals(List.of("\"request-0\""), run("fixtures.javafn.PojoMethods::contextOnly", "{}"));
    assertEquals(List.of("null"), run("fixtures.javafn.PojoMethods::nothingOut", "{}"));
    assertEquals(List.of("6", "5"), run("fixtures.javafn.PojoMethods::add", "[1,2,3]", "5"));
  }

  @Test
  void instanceMethodsShareOneInstanceCreatedAtInit() throws Throwable {
    assertEquals(
        List.of("\"instances=1 calls=1\"", "\"instances=1 calls=2\""),
        run("fixtures.javafn.PojoMethods::counts", "{}", "{}"));
  }

  @Test
  void overloadEndingInContextBeatsEqualLengthOverloadWithout() throws Throwable {
    assertEquals(List.of("\"argument and context\""), run("fixtures.javafn.Overloads::pick", "\"x\""));
  }

  @Test
  void inputTypeIsResolvedThroughTheSuperclassTypeArgument() throws Throwable {
    Type[] arguments = HandlerTypes.argumentsOf(PersonDescriber.class, RequestHandler.class);
    assertEquals(List.of(Person.class, String.class), List.of(arguments));
    assertEquals(
        List.of("\"Grace is 85\""), run("fixtures.javafn.PersonDescriber", "{\"name\":\"Grace\",\"age\":85}"));
  }

  @Test
  void streamHandlersSeeTheRawBytes() throws Throwable {
    assertEquals(List.of("HELLO {\"A\":1}"), run("fixtures.javafn.Uppercase", "hello {\"a\":1}"));
    assertEquals(List.of("not json at all"), run("fixtures.javafn.StreamMethods::copy", "not json at all"));
    assertEquals(List.of("null"), run("fixtures.javafn.StreamMethods::countBytes", "12345"));
  }

  @Test
  void eventClassesUseTheLibrarysEventSerialisers() throws Throwable {
    assertEquals(
        List.of("\"ObjectCreated:Put photos/2024/cat pictures/tabby.jpg 1024 2024\""),
        run("fixtures.javafn.EventHandlers::s3", SampleEvents.S3_PUT));
    assertEquals(
        List.of("{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}"),
        run("fixtures.javafn.EventHandlers::sqs", SampleEvents.SQS_BATCH));
  }

  @Test
  void unparseableInputFailsAsJsonParsingWithTheSerialiserErrorAsCause() throws Throwable {
    RuntimeException error =
        assertThrows(RuntimeException.class, () -> run("fixtures.javafn.PojoMethods::greet", "{\"age\":\"old\"}"));
    assertEquals("An error occurred during JSON parsing", error.getMessage());
    assertEquals(java.io.UncheckedIOException.class, error.getCause().getClass());
  }

  @Test
  void aCustomPojoSerializerOfTheFunctionReplacesTheLibrarysSerialisers() throws Throwable {
    Path withSerializer = TaskRoot.assemble(shared.resolve("custom"));
    Path services = Files.createDirectories(withSerializer.resolve("META-INF/services"));
    Files.writeString(
        services.resolve("com.amazonaws.services.lambda.runtime.CustomPojoSerializer"),
        "fixtures.javafn.UpperCaseSerializer\n");
    RuntimeEnvironment custom =
        new RuntimeEnvironment(
            "unused", "127.0.0.1:9", withSerializer.toString(), null, 256, "fn", "$LATEST", "/aws/lambda/fn", "s",
            "UNDEFINED", "TEXT");
    ClassLoader loader = CustomerClasspath.loaderFor(custom);
    LoadedHandler loaded = HandlerLoader.load("fixtures.javafn.Greeter", loader, new Codecs(loader));
    InvocationRunner runner =
        new InvocationRunner(loaded, custom, new RuntimeLogger(LogLevel.UNDEFINED, LogFormat.TEXT), loader);
    Invocation invocation =
        new Invocation("r", null, "arn", 0, null, null, null, "ada".getBytes(StandardCharsets.UTF_8));
    assertEquals("<Hello, ADA! as java.lang.String>", runner.run(invocation).toString(StandardCharsets.UTF_8));
  }

  @Test
  void aClassThatCannotBeLinkedIsReportedOnInvocationAndStopsTheInstance() throws MalformedURLException {
    UserFault fault = deferredFault("fixtures.javafn.NeedsMissing::handle");
    assertEquals(
        List.of("Error loading class fixtures.javafn.NeedsMissing: fixtures/javafn/missing/Gone", "java.lang.NoClassDefFoundError"),
        List.of(fault.errorMessage(), fault.errorType()));
    assertTrue(fault.fatal());
  }

  @Test
  void staticInitialiserFailureIsFatal() {
    UserFault fault =
        assertThrows(UserFault.class, () -> run("fixtures.javafn.StaticInitFails::handle"));
    assertEquals("Error loading class fixtures.javafn.StaticInitFails", fault.errorMessage());
    assertEquals("java.lang.ExceptionInInitializerError", fault.errorType());
    assertTrue(fault.fatal());
  }

  @Test
  void throwingConstructorIsFatalWithItsOwnException() {
    UserFault fault = assertThrows(UserFault.class, () -> run("fixtures.javafn.ConstructorFails::handle"));
    assertEquals(List.of("no database", "java.lang.IllegalStateException"), List.of(fault.errorMessage(), fault.errorType()));
    assertTrue(fault.fatal());
  }

  @Test
  void setupProblemsAreReportedOnEachInvocation() throws MalformedURLException {
    assertEquals(
        "Class fixtures.javafn.NoDefaultConstructor has no public zero-argument constructor",
        deferredFault("fixtures.javafn.NoDefaultConstructor::handle").errorMessage());
    assertEquals("Class not found: fixtures.javafn.Missing", deferredFault("fixtures.javafn.Missing::handle").errorMessage());
    assertEquals("Invalid handler: `fixtures.javafn.Greeter::'", deferredFault("fixtures.javafn.Greeter::").errorMessage());
    assertEquals(
        "No public method named nope with appropriate method signature found on class fixtures.javafn.Greeter",
        deferredFault("fixtures.javafn.Greeter::nope").errorMessage());
    assertEquals(
        "Class does not implement an appropriate handler interface: fixtures.javafn.NotAHandler",
        deferredFault("fixtures.javafn.NotAHandler").errorMessage());
    assertFalse(deferredFault("fixtures.javafn.Missing::handle").fatal());
  }
}
