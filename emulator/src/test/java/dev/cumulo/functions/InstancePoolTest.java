package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

class InstancePoolTest {
  @TempDir Path dir;

  static Map<String, String> project(String extra) {
    return Map.of(
        "template.yaml",
        """
        Resources:
          Wait:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              Handler: wait.handler
              CodeUri: src/
        """ + extra,
        "src/wait.js",
        "exports.handler = async (e) => { await new Promise(r => setTimeout(r, e.ms || 0)); return process.pid; };");
  }

  private static String invoke(LambdaClient lambda, int ms) {
    return invoke(lambda, "Wait", ms);
  }

  private static String invoke(LambdaClient lambda, String function, int ms) {
    return lambda.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String("{\"ms\":" + ms + "}")))
        .payload().asUtf8String();
  }

  @Test
  void concurrentInvocationsScaleOutToOneInstanceEach() {
    try (LocalCloud cloud = LocalCloud.start(dir, project(""))) {
      List<CompletableFuture<String>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(CompletableFuture.supplyAsync(() -> invoke(cloud.lambda(), 1500)));
      }
      Set<String> pids = new HashSet<>();
      calls.forEach(c -> pids.add(c.join()));
      assertEquals(3, pids.size(), "three processes served three concurrent invocations: " + pids);
      assertEquals(3, cloud.emulator().functions().function("Wait").orElseThrow().instances().ready());
    }
  }

  @Test
  void beyondReservedConcurrencyInvocationsAreThrottled() {
    try (LocalCloud cloud = LocalCloud.start(dir, project("      ReservedConcurrentExecutions: 1\n"))) {
      LambdaClient noRetries = LambdaClient.builder().endpointOverride(cloud.endpoint())
          .region(software.amazon.awssdk.regions.Region.US_EAST_1)
          .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("t", "t"))
          .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
          .build();
      CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> invoke(cloud.lambda(), 2000));
      Await.until("the first invocation runs", Duration.ofSeconds(10),
          () -> cloud.emulator().functions().function("Wait").orElseThrow().instances().total() == 1);
      TooManyRequestsException throttled = assertThrows(TooManyRequestsException.class, () -> invoke(noRetries, 0));
      assertEquals(429, throttled.statusCode());
      assertEquals("Rate Exceeded.", throttled.awsErrorDetails().errorMessage());
      assertEquals("ReservedFunctionConcurrentInvocationLimitExceeded", throttled.reasonAsString());
      busy.join();
      noRetries.close();
    }
  }

  @Test
  void aKeepWarmOfZeroColdStartsEveryInvocation() {
    try (LocalCloud cloud = LocalCloud.start(dir, project(""), c -> c.withKeepWarm(Duration.ZERO))) {
      String first = invoke(cloud.lambda(), 0);
      String second = invoke(cloud.lambda(), 0);
      assertFalse(first.equals(second), "each invocation ran in a new process");
      List<InvocationRecord> records = cloud.emulator().recorder().recent(java.util.Optional.of("Wait"), 2);
      assertTrue(records.stream().allMatch(InvocationRecord::coldStart));
    }
  }

  @Test
  void idleInstancesAreReapedAfterTheKeepWarmTime() {
    try (LocalCloud cloud = LocalCloud.start(dir, project(""), c -> c.withKeepWarm(Duration.ofMillis(500)))) {
      invoke(cloud.lambda(), 0);
      assertEquals(1, cloud.emulator().functions().function("Wait").orElseThrow().instances().total());
      Await.until("the idle instance is reaped", Duration.ofSeconds(10),
          () -> cloud.emulator().functions().function("Wait").orElseThrow().instances().total() == 0);
    }
  }

  @Test
  void changedCodeRetiresWarmInstancesSoTheNextInvocationRunsIt() {
    try (LocalCloud cloud = LocalCloud.start(dir, project(""))) {
      String before = invoke(cloud.lambda(), 0);
      LocalCloud.write(dir, Map.of("src/wait.js", "exports.handler = async () => 'new code';"));
      String after = Await.value("the new code runs", Duration.ofSeconds(15), () -> invoke(cloud.lambda(), 0),
          body -> body.equals("\"new code\""));
      assertFalse(before.equals(after));
    }
  }

  @Test
  void changedCodeRetiresTheWarmInstancesOfEveryFunctionSharingIt() {
    String twin = """
          Twin:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              Handler: wait.handler
              CodeUri: src/
        """;
    try (LocalCloud cloud = LocalCloud.start(dir, project(twin))) {
      invoke(cloud.lambda(), "Wait", 0);
      invoke(cloud.lambda(), "Twin", 0);
      LocalCloud.write(dir, Map.of("src/wait.js", "exports.handler = async () => 'new code';"));
      for (String function : List.of("Wait", "Twin")) {
        Await.value(function + " runs the new code", Duration.ofSeconds(15), () -> invoke(cloud.lambda(), function, 0),
            body -> body.equals("\"new code\""));
      }
    }
  }
}
