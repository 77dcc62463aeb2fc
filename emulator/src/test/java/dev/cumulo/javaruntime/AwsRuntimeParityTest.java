package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.javaruntime.TestRuntimeApi.Posted;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each fixture under Cumulo's client and under AWS's own runtime interface client
 * ({@code aws-lambda-java-runtime-interface-client}, the code of Lambda's managed Java runtimes) against the same
 * Runtime API and compares everything they post and print. Two differences are by design and normalised away: Cumulo's
 * error bodies add the {@code cause} chain that Lambda's managed runtime adds, and its log events end with a newline
 * and keep inner newlines as carriage returns.
 */
class AwsRuntimeParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path shared;
  private static Path taskRoot;
  private static String cumuloClasspath;
  private static String awsClasspath;

  /** One invocation: its payload and extra Runtime API headers. */
  record Call(String payload, Map<String, String> headers) {
    static Call of(String payload) {
      return new Call(payload, Map.of());
    }
  }

  /** How the instance ends up after the calls. */
  enum Ending {
    SERVING,
    INIT_ERROR,
    EXITED
  }

  /** A handler, the calls to make, how the instance ends, and whether its standard output is comparable. */
  record Scenario(String handler, List<Call> calls, Ending ending, boolean compareStdout) {
    static Scenario calls(String handler, String... payloads) {
      return new Scenario(handler, Stream.of(payloads).map(Call::of).toList(), Ending.SERVING, true);
    }

    static Scenario initError(String handler) {
      return new Scenario(handler, List.of(), Ending.INIT_ERROR, true);
    }

    static Scenario exits(String handler, String payload) {
      return new Scenario(handler, List.of(Call.of(payload)), Ending.EXITED, true);
    }

    @Override
    public String toString() {
      return handler;
    }
  }

  private record Run(List<Posted> posted, String stdout, String stderr, Integer exitStatus) {}

  @BeforeAll
  static void assemble() {
    taskRoot = TaskRoot.assemble(shared.resolve("task"));
    cumuloClasspath = ClientClasspath.build(shared.resolve("client"));
    awsClasspath = ClientClasspath.awsRuntimeInterfaceClient();
  }

  static Stream<Scenario> scenarios() {
    Map<String, String> mobile =
        Map.of(
            "Lambda-Runtime-Trace-Id", "Root=1-65e6f1a0-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1",
            "Lambda-Runtime-Client-Context",
                "{\"client\":{\"installation_id\":\"i-1\",\"app_title\":\"Shop\",\"app_version_name\":\"1.0\","
                    + "\"app_version_code\":\"1\",\"app_package_name\":\"com.shop\"},\"custom\":{\"k\":\"v\"},"
                    + "\"env\":{\"platform\":\"iPhoneOS\"}}",
            "Lambda-Runtime-Cognito-Identity",
                "{\"cognitoIdentityId\":\"us-east-1:abc\",\"cognitoIdentityPoolId\":\"us-east-1:pool\"}");
    Map<String, String> android =
        Map.of("Lambda-Runtime-Client-Context", "{\"client\":{},\"env\":{\"platform\":\"Android\"}}");
    return Stream.of(
        new Scenario(
            "fixtures.javafn.PojoMethods::greet",
            List.of(new Call("{\"name\":\"Ada\",\"age\":36}", android), new Call("{\"age\":\"x\"}", android)),
            Ending.SERVING,
            true),
        new Scenario(
            "fixtures.javafn.Greeter",
            List.of(new Call("\"Ada\"", android), new Call("{\"no\":1}", android), Call.of("\"Ada\"")),
            Ending.SERVING,
            true),
        Scenario.calls(
            "fixtures.javafn.Greeter",
            "\"Ada\"",
            "  \"caf\u00e9 \\\"quoted\\\" \\n \\ud83d\\ude00\" ",
            "\"\"",
            "42",
            "null",
            "{\"name\":\"Ada\"}",
            "\"\u0001\"",
            "not json"),
        Scenario.calls("fixtures.javafn.Greeter::handleRequest", "\"Ada\""),
        Scenario.calls("fixtures.javafn.PojoMethods::greet", "{\"name\":\"Ada\",\"age\":36,\"extra\":1}", "[1]"),
        Scenario.calls("fixtures.javafn.PojoMethods::noArguments", "{}"),
        Scenario.calls("fixtures.javafn.PojoMethods::contextOnly", "{}"),
        Scenario.calls("fixtures.javafn.PojoMethods::nothingOut", "{\"a\":[1,2]}"),
        Scenario.calls("fixtures.javafn.PojoMethods::add", "[1,2,3]", "5", "\"7\"", "null"),
        Scenario.calls("fixtures.javafn.PojoMethods::counts", "{}", "{}"),
        Scenario.calls("fixtures.javafn.Overloads::pick", "\"x\""),
        Scenario.calls("fixtures.javafn.PersonDescriber", "{\"name\":\"Grace\",\"age\":85}"),
        Scenario.calls("fixtures.javafn.Uppercase", "hello, stream", ""),
        Scenario.calls("fixtures.javafn.StreamMethods::copy", "{\"raw\": true}"),
        Scenario.calls("fixtures.javafn.StreamMethods::countBytes", "12345"),
        Scenario.calls("fixtures.javafn.StreamMethods::requestId", "{}"),
        Scenario.calls("fixtures.javafn.EventHandlers::s3", SampleEvents.S3_PUT),
        Scenario.calls("fixtures.javafn.EventHandlers::sqs", SampleEvents.SQS_BATCH),
        Scenario.calls("fixtures.javafn.EventHandlers::http", SampleEvents.HTTP_API_V2),
        Scenario.calls("fixtures.javafn.EventHandlers::scheduled", SampleEvents.SCHEDULED),
        Scenario.calls("fixtures.javafn.Failures::withCause", "{}", "[]"),
        Scenario.calls("fixtures.javafn.Failures::checked", "\"x\""),
        Scenario.calls("fixtures.javafn.Failures::withoutMessage", "\"x\""),
        Scenario.calls("fixtures.javafn.Failures::person", "{\"age\":\"old\"}", "{\"name\":\"Ada\"}"),
        Scenario.exits("fixtures.javafn.Failures::stackOverflow", "1"),
        Scenario.exits("fixtures.javafn.Failures::outOfMemory", "\"x\""),
        Scenario.initError("fixtures.javafn.StaticInitFails::handle"),
        Scenario.exits("fixtures.javafn.NeedsMissing::handle", "\"x\""),
        Scenario.initError("fixtures.javafn.ConstructorFails::handle"),
        Scenario.calls("fixtures.javafn.NoDefaultConstructor::handle", "\"x\"", "\"y\""),
        Scenario.calls("fixtures.javafn.NotAHandler", "\"x\""),
        Scenario.calls("fixtures.javafn.NotAHandler::tooMany", "\"x\""),
        Scenario.calls("fixtures.javafn.NotAHandler$Inner::handle", "\"x\""),
        Scenario.calls("fixtures.javafn.Missing::handle", "\"x\""),
        Scenario.calls("fixtures.javafn.Greeter::", "\"x\""),
        Scenario.calls("fixtures.javafn.Greeter::nope", "\"x\""),
        new Scenario("fixtures.javafn.Introspection::context", List.of(new Call("{}", mobile), Call.of("{}")), Ending.SERVING, true),
        new Scenario("fixtures.javafn.Logging::handle", List.of(Call.of("\"x\"")), Ending.SERVING, false));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void cumuloAnswersAndPrintsWhatAwssRuntimeDoes(Scenario scenario) throws Exception {
    CompletableFuture<Run> cumulo = runAsync(cumuloClasspath, JavaRuntimeMain.class.getName(), List.of(), scenario);
    CompletableFuture<Run> aws = runAsync(awsClasspath, AWSLambda.class.getName(), List.of(scenario.handler()), scenario);
    Run expected = aws.get(120, TimeUnit.SECONDS);
    Run actual = cumulo.get(120, TimeUnit.SECONDS);

    assertEquals(normalise(expected.posted(), false), normalise(actual.posted(), true));
    assertEquals(expected.stderr(), actual.stderr());
    assertEquals(expected.exitStatus(), actual.exitStatus());
    if (scenario.compareStdout()) {
      assertEquals(expected.stdout(), actual.stdout().replace('\r', '\n'));
    }
  }

  private CompletableFuture<Run> runAsync(String classpath, String main, List<String> arguments, Scenario scenario) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return run(classpath, main, arguments, scenario);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private Run run(String classpath, String main, List<String> arguments, Scenario scenario) throws Exception {
    Path work = shared.resolve(main + "-" + System.nanoTime());
    try (TestRuntimeApi api = new TestRuntimeApi(work.resolve("spill"));
        FunctionProcess function =
            FunctionProcess.start(
                classpath, main, arguments, taskRoot, scenario.handler(), api.address(), Map.of(), work)) {
      List<Posted> posted = new ArrayList<>();
      if (scenario.ending() == Ending.INIT_ERROR) {
        posted.add(api.initError().get(30, TimeUnit.SECONDS));
      }
      for (Call call : scenario.calls()) {
        posted.add(api.invoke(call.payload(), call.headers()).get(30, TimeUnit.SECONDS));
      }
      Integer exit = null;
      if (scenario.ending() == Ending.SERVING) {
        api.nextRequest(scenario.calls().size() + 1).get(30, TimeUnit.SECONDS);
      } else {
        exit = function.exitStatus(Duration.ofSeconds(30));
      }
      return new Run(posted, function.stdout(), function.stderr(), exit);
    }
  }

  /** What must be equal: kind, error type, body (error bodies as JSON, without Lambda's cause) and X-Ray cause. */
  private static List<List<Object>> normalise(List<Posted> posted, boolean dropCause) throws Exception {
    List<List<Object>> comparable = new ArrayList<>();
    for (Posted p : posted) {
      Object body = p.body();
      if (!p.kind().equals("response")) {
        JsonNode tree = JSON.readTree(p.body());
        if (dropCause && tree instanceof ObjectNode object) {
          object.remove("cause");
        }
        body = tree;
      }
      String xray = p.header("Lambda-Runtime-Function-XRay-Error-Cause");
      comparable.add(
          List.of(
              p.kind(),
              String.valueOf(p.header("Lambda-Runtime-Function-Error-Type")),
              String.valueOf(p.header("Content-Type")),
              body,
              xray == null ? "" : JSON.readTree(xray)));
    }
    return comparable;
  }
}
