package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python clients against the emulator: the {@code aws} CLI and boto3 (both botocore, which speaks the JSON protocol
 * and checks MD5 digests). Skipped, with the reason, where the tool is not installed.
 */
class SqsCliAndBoto3Test {
  private static final Path AWS = Path.of("/root/.pyenv/shims/aws");
  @TempDir Path dir;
  private SqsEmulator sqs;

  @BeforeEach
  void start() {
    sqs = SqsEmulator.start(dir);
  }

  @AfterEach
  void stop() {
    sqs.close();
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("AWS_ACCESS_KEY_ID", "test");
    builder.environment().put("AWS_SECRET_ACCESS_KEY", "test");
    builder.environment().put("AWS_DEFAULT_REGION", "us-east-1");
    builder.environment().put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
    builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "finished");
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  private JsonNode aws(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(AWS.toString(), "--endpoint-url", sqs.emulator.edgeUrl(), "--output", "json", "sqs"));
    command.addAll(List.of(args));
    String out = run(command);
    return out.isBlank() ? null : new ObjectMapper().readTree(out);
  }

  @Test
  void awsCliCreatesSendsReceivesAndDeletes() throws Exception {
    assumeTrue(Files.isExecutable(AWS), "the aws CLI is not installed at " + AWS);
    String url = aws("create-queue", "--queue-name", "cli").get("QueueUrl").asText();
    aws("send-message", "--queue-url", url, "--message-body", "from the cli",
        "--message-attributes", "{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"test\"}}");

    JsonNode message = aws("receive-message", "--queue-url", url, "--attribute-names", "All", "--message-attribute-names", "All").get("Messages").get(0);
    aws("delete-message", "--queue-url", url, "--receipt-handle", message.get("ReceiptHandle").asText());

    assertEquals("from the cli", message.get("Body").asText());
    assertEquals("test", message.get("MessageAttributes").get("kind").get("StringValue").asText());
    assertEquals("1", message.get("Attributes").get("ApproximateReceiveCount").asText());
    assertEquals("0", aws("get-queue-attributes", "--queue-url", url, "--attribute-names", "ApproximateNumberOfMessages")
        .get("Attributes").get("ApproximateNumberOfMessages").asText());
  }

  @Test
  void boto3UsesAFifoQueueWithBatches() throws Exception {
    assumeTrue(run(List.of("python3", "-c", "import importlib.util; print(importlib.util.find_spec('boto3') is not None)")).trim().equals("True"),
        "boto3 is not importable by python3");
    Path script = dir.resolve("fifo.py");
    Files.writeString(script, """
        import json, sys, boto3
        sqs = boto3.client("sqs", endpoint_url=sys.argv[1])
        url = sqs.create_queue(QueueName="py.fifo", Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
        entries = [{"Id": str(i), "MessageBody": "m%d" % i, "MessageGroupId": "g",
                    "MessageAttributes": {"i": {"DataType": "Number", "StringValue": str(i)}}} for i in range(3)]
        sent = sqs.send_message_batch(QueueUrl=url, Entries=entries)
        got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"])["Messages"]
        deleted = sqs.delete_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)])
        print(json.dumps({"sent": len(sent["Successful"]), "bodies": [m["Body"] for m in got], "deleted": len(deleted["Successful"])}))
        """);

    JsonNode result = new ObjectMapper().readTree(run(List.of("python3", script.toString(), sqs.emulator.edgeUrl())));

    assertEquals(3, result.get("sent").asInt());
    assertEquals("[\"m0\",\"m1\",\"m2\"]", result.get("bodies").toString());
    assertEquals(3, result.get("deleted").asInt());
  }
}
