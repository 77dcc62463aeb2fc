package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.testing.LocalCloud;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** A custom runtime: the function's own bootstrap speaks the Runtime API with nothing of Cumulo's in between. */
class ProvidedRuntimeTest {
  @TempDir Path dir;

  static final String BOOTSTRAP =
      """
      #!/usr/bin/env python3
      import http.client, json, os
      host, port = os.environ["AWS_LAMBDA_RUNTIME_API"].split(":")
      api = http.client.HTTPConnection(host, int(port))
      while True:
          api.request("GET", "/2018-06-01/runtime/invocation/next")
          r = api.getresponse()
          event = json.loads(r.read())
          rid = r.getheader("Lambda-Runtime-Aws-Request-Id")
          body = json.dumps({"echo": event, "handler": os.environ["_HANDLER"],
                             "arn": r.getheader("Lambda-Runtime-Invoked-Function-Arn"),
                             "deadline": int(r.getheader("Lambda-Runtime-Deadline-Ms")) > 0})
          api.request("POST", "/2018-06-01/runtime/invocation/%s/response" % rid, body)
          api.getresponse().read()
      """;

  @Test
  void aBootstrapThatSpeaksTheRuntimeApiRunsUnchanged() {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Custom:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: provided.al2023
              Handler: my.handler
              CodeUri: fn/
        """,
        "fn/bootstrap", BOOTSTRAP))) {
      InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("Custom").payload(SdkBytes.fromUtf8String("[1,2]")));
      assertEquals(
          "{\"echo\": [1, 2], \"handler\": \"my.handler\", \"arn\": \"arn:aws:lambda:us-east-1:000000000000:function:Custom\", \"deadline\": true}",
          response.payload().asUtf8String());
    }
  }
}
