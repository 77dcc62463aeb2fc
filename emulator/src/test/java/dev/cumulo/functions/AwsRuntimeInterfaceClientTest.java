package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import dev.cumulo.testing.LocalCloud;
import fixtures.ric.Greeter;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * AWS's own Java runtime interface client (com.amazonaws:aws-lambda-java-runtime-interface-client, native code and
 * all), started by a custom runtime's bootstrap, runs against Cumulo's Runtime API without changes.
 */
class AwsRuntimeInterfaceClientTest {
  @TempDir Path dir;

  private static String jar(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void awsJavaRuntimeInterfaceClientServesInvocationsUnchanged() throws Exception {
    Path task = dir.resolve("fn");
    Path classFile = Path.of(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("fixtures/ric/Greeter.class");
    Files.createDirectories(task.resolve("fixtures/ric"));
    Files.copy(classFile, task.resolve("fixtures/ric/Greeter.class"));
    String classpath = List.of(jar(AWSLambda.class), jar(SdkInternalThreadLocal.class), jar(Context.class), jar(PojoSerializer.class)).stream()
        .collect(Collectors.joining(File.pathSeparator));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          AwsRic:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: provided.al2023
              Handler: fixtures.ric.Greeter::handleRequest
              CodeUri: fn/
              MemorySize: 512
              Timeout: 30
        """,
        "fn/bootstrap",
        "#!/bin/sh\nexec " + java + " -cp \"" + classpath + File.pathSeparator + "$LAMBDA_TASK_ROOT\" "
            + "com.amazonaws.services.lambda.runtime.api.client.AWSLambda \"$_HANDLER\"\n"))) {
      for (String name : List.of("Ada", "Grace")) {
        InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("AwsRic").logType(LogType.TAIL)
            .payload(SdkBytes.fromUtf8String("{\"name\":\"" + name + "\"}")));
        assertEquals("\"Hello, " + name + " from AwsRic\"", response.payload().asUtf8String());
        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertTrue(log.contains("greeting " + name), log);
      }
    }
  }
}
