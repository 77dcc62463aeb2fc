package dev.cumulo.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AwsCliCommandTest {
  @Test
  void theEventIsCompactedAndQuotedForTheShell() {
    byte[] event = "{\n  \"name\": \"O'Brien\"\n}".getBytes(StandardCharsets.UTF_8);

    assertEquals("aws --endpoint-url http://127.0.0.1:4566 lambda invoke --function-name greeter"
        + " --cli-binary-format raw-in-base64-out --payload '{\"name\" : \"O'\\''Brien\"}' response.json",
        AwsCliCommand.invoke("http://127.0.0.1:4566", "greeter", event));
  }

  @Test
  void aLargeEventIsPassedAsAFile() {
    byte[] event = ("{\"data\":\"" + "x".repeat(AwsCliCommand.INLINE_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);

    assertEquals("aws --endpoint-url http://127.0.0.1:4566 lambda invoke --function-name greeter"
        + " --cli-binary-format raw-in-base64-out --payload file://event.json response.json",
        AwsCliCommand.invoke("http://127.0.0.1:4566", "greeter", event));
  }
}
