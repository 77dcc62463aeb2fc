package dev.cumulo.triggers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.control.ControlRoute;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.trace.TraceHeader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP request -> function A puts an object -> function B (S3 event) sends a message -> function C (SQS event): one
 * chain of causes. A and B call S3 and SQS with the {@code X-Amzn-Trace-Id} of their invocation: over plain HTTP from
 * Node.js, setting the header as the AWS SDKs' recursion detection does inside Lambda, or through boto3, which sets it
 * by itself.
 */
class TriggerChainTest {
  private static final String TEMPLATE = """
      Globals:
        Function:
          Runtime: nodejs20.x
          CodeUri: src/
      Resources:
        Notes:
          Type: AWS::S3::Bucket
          Properties:
            BucketName: chain-notes
        Work:
          Type: AWS::SQS::Queue
        A:
          Type: AWS::Serverless::Function
          Properties:
            Handler: chain.a
            Events:
              Post: {Type: HttpApi, Properties: {Path: /notes, Method: post}}
        B:
          Type: AWS::Serverless::Function
          Properties:
            Handler: chain.b
            Environment: {Variables: {QUEUE_URL: !Ref Work}}
            Events:
              Written: {Type: S3, Properties: {Bucket: !Ref Notes, Events: s3:ObjectCreated:*}}
        C:
          Type: AWS::Serverless::Function
          Properties:
            Handler: chain.c
            Events:
              Queued: {Type: SQS, Properties: {Queue: !GetAtt Work.Arn}}
      """;

  @TempDir Path dir;

  private static final String SEND = """
      const http = require("http");
      exports.send = (method, path, headers, body) => new Promise((resolve, reject) => {
        const endpoint = new URL(process.env.AWS_ENDPOINT_URL);
        const request = http.request({host: endpoint.hostname, port: endpoint.port, method, path,
            headers: {...headers, "X-Amzn-Trace-Id": process.env._X_AMZN_TRACE_ID, "Content-Length": Buffer.byteLength(body)}},
          response => { response.resume(); response.on("end", () => resolve(response.statusCode)); });
        request.on("error", reject);
        request.end(body);
      });
      """;

  @Test
  void anHttpCallThatWritesAnObjectThatQueuesAMessageIsOneChain() throws Exception {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of("template.yaml", TEMPLATE,
        "src/send.js", SEND,
        "src/chain.js", """
        const {send} = require("./send");
        exports.a = async () => ({statusCode: 200,
          body: String(await send("PUT", "/chain-notes/note.txt", {"Content-Type": "text/plain"}, "hello"))});
        exports.b = async (event) => {
          const status = await send("POST", "/", {"X-Amz-Target": "AmazonSQS.SendMessage",
              "Content-Type": "application/x-amz-json-1.0"},
            JSON.stringify({QueueUrl: process.env.QUEUE_URL, MessageBody: event.Records[0].s3.object.key}));
          if (status !== 200) throw new Error("SendMessage answered " + status);
        };
        exports.c = async (event) => event.Records.map(r => r.body);
        """))) {
      assertOneChain(cloud);
    }
  }

  @Test
  void theRecursionDetectionOfBoto3CarriesTheChainWithoutAnyCodeForIt() throws Exception {
    assumeTrue(boto3Importable(), "boto3 is not importable by the python3 the emulator runs");
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of("template.yaml", TEMPLATE
            .replace("Runtime: nodejs20.x", "Runtime: python3.11")
            .replace("Handler: chain.c", "Handler: chain.c\n      Runtime: nodejs20.x"),
        "src/chain.py", """
            import boto3
            s3 = boto3.client("s3")
            sqs = boto3.client("sqs")

            def a(event, context):
                s3.put_object(Bucket="chain-notes", Key="note.txt", Body=b"hello")
                return {"statusCode": 200, "body": "200"}

            def b(event, context):
                url = sqs.get_queue_url(QueueName="Work")["QueueUrl"]
                sqs.send_message(QueueUrl=url, MessageBody=event["Records"][0]["s3"]["object"]["key"])
            """,
        "src/chain.js", "exports.c = async (event) => event.Records.map(r => r.body);\n"))) {
      assertOneChain(cloud);
    }
  }

  private static boolean boto3Importable() throws Exception {
    for (String python : List.of("python3.11", "python3")) {
      try {
        Process probe = new ProcessBuilder(python, "-c", "import boto3").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor() == 0;
      } catch (java.io.IOException notInstalled) {
        // try the next name, as the Python launcher does
      }
    }
    return false;
  }

  private static void assertOneChain(LocalCloud cloud) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(cloud.emulator().triggers().api().orElseThrow().url() + "/notes"))
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("200", response.body());

    InvocationRecord c = only(cloud, "C", "the message reaches C");
    InvocationRecord b = only(cloud, "B", "B's invocation is recorded as finished");
    InvocationRecord a = only(cloud, "A", "A's invocation is recorded as finished");
    assertEquals(List.of(OutcomeKind.SUCCESS, OutcomeKind.SUCCESS, OutcomeKind.SUCCESS),
        List.of(a.outcome(), b.outcome(), c.outcome()));
    assertEquals(List.of("", a.requestId(), b.requestId()),
        List.of(a.parentRequestId(), b.parentRequestId(), c.parentRequestId()));
    String root = root(a.traceId());
    assertEquals(List.of(root, root), List.of(root(b.traceId()), root(c.traceId())));
    assertEquals("[\"note.txt\"]", new String(c.response(), java.nio.charset.StandardCharsets.UTF_8));

    JsonNode listed = Json.MAPPER.readTree(HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(cloud.emulator().edgeUrl() + ControlRoute.PREFIX + "invocations")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    Map<String, JsonNode> byFunction = new HashMap<>();
    listed.get("invocations").forEach(item -> byFunction.put(item.get("function").asText(), item));
    assertEquals(List.of("http", "s3", "sqs"), List.of("A", "B", "C").stream()
        .map(f -> byFunction.get(f).get("trigger").get("source").asText()).toList());
    assertEquals(List.of("POST /notes", "chain-notes/note.txt", "Work"), List.of("A", "B", "C").stream()
        .map(f -> byFunction.get(f).get("trigger").get("detail").asText()).toList());
    assertEquals(List.of(a.requestId(), b.requestId()), List.of("B", "C").stream()
        .map(f -> byFunction.get(f).get("parentRequestId").asText()).toList());
  }

  /** Waits for the function's first finished invocation and returns it, failing if it ran more than once. */
  private static InvocationRecord only(LocalCloud cloud, String function, String what) {
    List<InvocationRecord> finished = Recorded.awaitFinished(cloud, function, what, list -> !list.isEmpty());
    assertEquals(1, finished.size(), () -> function + " ran " + finished.size() + " times");
    return finished.get(0);
  }

  private static String root(String header) {
    return TraceHeader.parse(header).orElseThrow().root();
  }
}
