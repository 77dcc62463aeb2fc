package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cumulo.functions.launch.DockerConnection;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Container image functions run in the local Docker daemon. The image is built here from busybox (images cannot be
 * pulled): its entry point is a shell runtime that speaks the Runtime API with busybox's wget.
 */
class ContainerFunctionsTest {
  static final String IMAGE = "cumulo-test/shell-runtime:1";
  @TempDir static Path work;

  static final String BOOTSTRAP =
      """
      #!/bin/sh
      API="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
      while true; do
        wget -q -S -O /tmp/event "$API/invocation/next" 2> /tmp/headers
        ID=$(grep -i "Lambda-Runtime-Aws-Request-Id" /tmp/headers | sed 's/.*: *//' | tr -d '\\r ')
        echo "handling $ID with $_HANDLER"
        if grep -q '"exit"' /tmp/event; then exit 7; fi
        wget -q -O /dev/null --header "Content-Type: application/json" \\
          --post-data "{\\"handler\\":\\"$_HANDLER\\",\\"event\\":$(cat /tmp/event),\\"task\\":\\"$LAMBDA_TASK_ROOT\\"}" \\
          "$API/invocation/$ID/response"
      done
      """;

  @BeforeAll
  static void buildImage() throws Exception {
    assumeTrue(new DockerConnection().client().isPresent(),
        "no Docker daemon is reachable here; container functions are tested where one runs (CI starts one)");
    Optional<Path> busybox = List.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox")).stream().filter(Files::isExecutable).findFirst();
    assumeTrue(busybox.isPresent(), "busybox (Debian: busybox-static) is needed to build the test image");
    Path root = work.resolve("rootfs");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("tmp"));
    Files.createDirectories(root.resolve("var/runtime"));
    Files.copy(busybox.get(), root.resolve("bin/busybox"));
    for (String tool : List.of("sh", "wget", "grep", "sed", "tr", "cat", "echo")) {
      Files.createSymbolicLink(root.resolve("bin").resolve(tool), Path.of("busybox"));
    }
    Files.writeString(root.resolve("var/runtime/bootstrap"), BOOTSTRAP);
    root.resolve("var/runtime/bootstrap").toFile().setExecutable(true, false);
    run("tar", "-C", root.toString(), "-cf", work.resolve("rootfs.tar").toString(), ".");
    run("docker", "import", "--change", "ENTRYPOINT [\"/var/runtime/bootstrap\"]", "--change", "CMD [\"image.default\"]",
        work.resolve("rootfs.tar").toString(), IMAGE);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + " failed: " + out);
  }

  private static Map<String, String> project(String imageConfig) {
    return Map.of("template.yaml",
        """
        Resources:
          Boxed:
            Type: AWS::Serverless::Function
            Properties:
              PackageType: Image
              ImageUri: %s
              MemorySize: 256
              Timeout: 10
        %s
        """.formatted(IMAGE, imageConfig));
  }

  @Test
  void anImageFunctionRunsInAContainerWithLambdasEnvironment() {
    try (LocalCloud cloud = LocalCloud.start(work.resolve("a"), project(""))) {
      for (int i = 1; i <= 2; i++) {
        int n = i;
        InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("Boxed").logType(LogType.TAIL)
            .payload(SdkBytes.fromUtf8String("{\"n\":" + n + "}")));
        assertEquals("{\"handler\":\"image.default\",\"event\":{\"n\":" + n + "},\"task\":\"/var/task\"}", response.payload().asUtf8String());
        String requestId = response.responseMetadata().requestId();
        String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertTrue(tail.contains("REPORT RequestId: " + requestId), tail);
        // the container's output reaches Cumulo through the Docker daemon, possibly after the answer: it belongs to the
        // invocation all the same
        Await.until("the function's log line is recorded with its invocation", Duration.ofSeconds(10), () -> {
          cloud.emulator().recorder().flush();
          return cloud.emulator().recorder().logs(requestId).stream()
              .anyMatch(line -> line.text().equals("handling " + requestId + " with image.default"));
        });
      }
    }
  }

  @Test
  void imageConfigOverridesTheCommandAndAContainerThatExitsIsARuntimeExitError() {
    try (LocalCloud cloud = LocalCloud.start(work.resolve("b"), project("      ImageConfig:\n        Command: [\"app.handler\"]\n"))) {
      assertEquals("{\"handler\":\"app.handler\",\"event\":{},\"task\":\"/var/task\"}",
          cloud.lambda().invoke(b -> b.functionName("Boxed")).payload().asUtf8String());
      InvokeResponse crashed = cloud.lambda().invoke(b -> b.functionName("Boxed").payload(SdkBytes.fromUtf8String("{\"exit\":true}")));
      assertEquals("Unhandled", crashed.functionError());
      assertTrue(crashed.payload().asUtf8String().contains("Runtime exited with error: exit status 7"), crashed.payload().asUtf8String());
    }
  }

  @Test
  void anImageThatIsNotHereMakesTheFunctionUnavailable() {
    try (LocalCloud cloud = LocalCloud.start(work.resolve("c"), Map.of("template.yaml",
        "Resources:\n  Gone:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageUri: cumulo-test/absent:0\n"))) {
      var info = cloud.emulator().functions().function("Gone").orElseThrow();
      assertEquals("image cumulo-test/absent:0 is not in the local Docker (build it, or docker pull it)", info.availability().reason());
    }
  }
}
