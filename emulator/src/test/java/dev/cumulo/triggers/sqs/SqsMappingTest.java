package dev.cumulo.triggers.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.project.TemplateException;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.triggers.Recorded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** SQS event source mappings: batches, deletion on success, partial failures, redelivery and dead-letter queues. */
class SqsMappingTest {
  @TempDir Path dir;

  /** A project with queue Work (and its dead-letter queue Dead) polled for function Worker running {@code code}. */
  private LocalCloud start(String eventProperties, String queueProperties, String code) {
    return start(eventProperties, queueProperties, "Timeout: 2", code);
  }

  private LocalCloud start(String eventProperties, String queueProperties, String functionProperties, String code) {
    return LocalCloud.start(dir, Map.of("template.yaml", """
        Resources:
          Dead:
            Type: AWS::SQS::Queue
          Work:
            Type: AWS::SQS::Queue
            Properties:
              QUEUE
          Worker:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              CodeUri: src/
              Handler: worker.handler
              FUNCTION
              Events:
                Jobs:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt Work.Arn
                    EVENT
        """.replace("QUEUE", queueProperties).replace("EVENT", eventProperties)
            .replace("FUNCTION", functionProperties),
        "src/worker.js", code));
  }

  private static String url(LocalCloud cloud, String queue) {
    return cloud.sqs().getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }

  private static void sendBatch(LocalCloud cloud, List<String> bodies) {
    List<SendMessageBatchRequestEntry> entries = IntStream.range(0, bodies.size())
        .mapToObj(i -> SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(bodies.get(i)).build())
        .toList();
    cloud.sqs().sendMessageBatch(b -> b.queueUrl(url(cloud, "Work")).entries(entries));
  }

  @Test
  void aProcessedBatchIsDeliveredAsLambdasSqsEventAndDeleted() throws Exception {
    try (LocalCloud cloud = start("BatchSize: 10", "VisibilityTimeout: 2", "exports.handler = async () => {};\n")) {
      String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";
      cloud.sqs().sendMessage(b -> b.queueUrl(url(cloud, "Work")).messageBody("hello")
          .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("greeting")
              .build()))
          .overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", trace)));

      InvocationRecord invocation = Recorded.awaitFinished(cloud, "Worker", "the message is delivered",
          list -> !list.isEmpty()).get(0);
      JsonNode record = Recorded.event(invocation).get("Records").get(0);
      assertEquals(List.of("messageId", "receiptHandle", "body", "attributes", "messageAttributes",
          "md5OfMessageAttributes", "md5OfBody", "eventSource", "eventSourceARN", "awsRegion"), fieldNames(record));
      assertEquals(List.of("hello", "aws:sqs", "arn:aws:sqs:us-east-1:000000000000:Work", "us-east-1"),
          List.of(record.get("body").asText(), record.get("eventSource").asText(),
              record.get("eventSourceARN").asText(), record.get("awsRegion").asText()));
      assertEquals(List.of("ApproximateReceiveCount", "AWSTraceHeader", "SentTimestamp", "SenderId",
          "ApproximateFirstReceiveTimestamp"), fieldNames(record.get("attributes")));
      assertEquals(trace, record.get("attributes").get("AWSTraceHeader").asText());
      assertEquals("{\"stringValue\":\"greeting\",\"stringListValues\":[],\"binaryListValues\":[],\"dataType\":\"String\"}",
          record.get("messageAttributes").get("kind").toString());
      assertEquals(new Trigger(Trigger.Source.SQS, "Work"), invocation.trigger());
      assertEquals("RequestResponse", invocation.type().wireName());
      Await.until("the processed message is deleted", Recorded.PATIENCE, () -> cloud.queueEmpty("Work"));
    }
  }

  @Test
  void batchesHoldAtMostBatchSizeMessages() {
    try (LocalCloud cloud = start("BatchSize: 3", "VisibilityTimeout: 2", "exports.handler = async () => {};\n")) {
      sendBatch(cloud, List.of("1", "2", "3", "4", "5", "6", "7"));

      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Worker", "all seven are delivered",
          list -> Recorded.records(list) >= 7);
      assertEquals(7, Recorded.records(invocations));
      assertTrue(invocations.stream().allMatch(i -> Recorded.bodies(i).size() <= 3),
          () -> invocations.stream().map(Recorded::bodies).toList().toString());
      Await.until("every message is deleted", Recorded.PATIENCE, () -> cloud.queueEmpty("Work"));
    }
  }

  @Test
  void aBatchingWindowGathersMessagesFromSeveralReceivesIntoOneBatch() {
    try (LocalCloud cloud = start("BatchSize: 15\n            MaximumBatchingWindowInSeconds: 60", "VisibilityTimeout: 90",
        "exports.handler = async () => {};\n")) {
      List<String> first = IntStream.range(0, 10).mapToObj(i -> "a" + i).toList();
      List<String> second = IntStream.range(0, 5).mapToObj(i -> "b" + i).toList();
      sendBatch(cloud, first);
      sendBatch(cloud, second);

      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Worker", "all fifteen are delivered",
          list -> Recorded.records(list) >= 15);
      assertEquals(1, invocations.size(), () -> invocations.stream().map(Recorded::bodies).toList().toString());
      assertEquals(15, Recorded.bodies(invocations.get(0)).size());
    }
  }

  @Test
  void withReportBatchItemFailuresOnlyTheReportedMessagesComeBack() {
    String code = """
        exports.handler = async (event) => ({
          batchItemFailures: event.Records
            .filter(r => r.body === "bad" && r.attributes.ApproximateReceiveCount === "1")
            .map(r => ({itemIdentifier: r.messageId}))
        });
        """;
    try (LocalCloud cloud = start("FunctionResponseTypes: [ReportBatchItemFailures]", "VisibilityTimeout: 2", code)) {
      sendBatch(cloud, List.of("good1", "bad", "good2"));

      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Worker", "the bad message comes back",
          list -> list.size() >= 2);
      assertEquals(List.of(List.of("good1", "bad", "good2"), List.of("bad")),
          invocations.stream().map(Recorded::bodies).toList());
      Await.until("every message is deleted", Recorded.PATIENCE, () -> cloud.queueEmpty("Work"));
    }
  }

  @Test
  void anItemIdentifierNamingNoMessageOfTheBatchFailsTheWholeBatch() {
    String code = """
        exports.handler = async (event) => event.Records[0].attributes.ApproximateReceiveCount === "1"
          ? {batchItemFailures: [{itemIdentifier: "not-a-message-of-this-batch"}]}
          : {batchItemFailures: []};
        """;
    try (LocalCloud cloud = start("FunctionResponseTypes: [ReportBatchItemFailures]", "VisibilityTimeout: 2", code)) {
      sendBatch(cloud, List.of("one", "two"));

      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Worker", "the batch comes back",
          list -> list.size() >= 2);
      assertEquals(List.of(List.of("one", "two"), List.of("one", "two")),
          invocations.stream().map(Recorded::bodies).toList());
      assertEquals(List.of(OutcomeKind.SUCCESS, OutcomeKind.SUCCESS),
          invocations.stream().map(InvocationRecord::outcome).toList());
      Await.until("every message is deleted", Recorded.PATIENCE, () -> cloud.queueEmpty("Work"));
    }
  }

  @Test
  void aFailingMessageIsRetriedUntilTheRedrivePolicyMovesItToTheDeadLetterQueue() {
    String redrive = "VisibilityTimeout: 2\n      RedrivePolicy: {deadLetterTargetArn: !GetAtt Dead.Arn, maxReceiveCount: 2}";
    try (LocalCloud cloud = start("BatchSize: 1", redrive,
        "exports.handler = async () => { throw new Error(\"poison\"); };\n")) {
      sendBatch(cloud, List.of("poison"));

      Await.until("the message reaches the dead-letter queue", Recorded.PATIENCE,
          () -> cloud.messageCounts("Dead").get("ApproximateNumberOfMessages").equals("1"));
      List<InvocationRecord> invocations = Recorded.finished(cloud, "Worker");
      assertEquals(List.of("1", "2"), invocations.stream()
          .map(i -> Recorded.event(i).get("Records").get(0).get("attributes").get("ApproximateReceiveCount").asText())
          .toList());
      assertEquals(List.of(OutcomeKind.FUNCTION_ERROR, OutcomeKind.FUNCTION_ERROR),
          invocations.stream().map(InvocationRecord::outcome).toList());
      assertTrue(cloud.queueEmpty("Work"));
    }
  }

  @Test
  void aThrottledBatchIsTriedAgainOnceTheFunctionHasRoomWithoutGoingBackToTheQueue() throws Exception {
    Path release = dir.resolve("release");
    String code = """
        const fs = require("fs");
        exports.handler = async (event) => {
          while (!event.Records && !fs.existsSync(process.env.RELEASE)) await new Promise(r => setTimeout(r, 20));
        };
        """;
    String function = "Timeout: 30\n      ReservedConcurrentExecutions: 1\n      Environment: {Variables: {RELEASE: '"
        + release + "'}}";
    try (LocalCloud cloud = start("BatchSize: 1", "VisibilityTimeout: 60", function, code)) {
      cloud.lambda().invoke(b -> b.functionName("Worker").invocationType(InvocationType.EVENT)
          .payload(SdkBytes.fromUtf8String("{}")));
      Await.until("the only instance is taken", Recorded.PATIENCE, () -> {
        var instances = cloud.emulator().functions().function("Worker").orElseThrow().instances();
        return instances.starting() + instances.busy() == 1;
      });
      sendBatch(cloud, List.of("patient"));
      Recorded.awaitFinished(cloud, "Worker", "the batch is throttled", list -> list.stream()
          .anyMatch(i -> i.trigger().source() == Trigger.Source.SQS && i.outcome() == OutcomeKind.THROTTLED));
      Files.createFile(release);

      List<InvocationRecord> fromQueue = Recorded.awaitFinished(cloud, "Worker", "the message is processed",
          list -> list.stream().anyMatch(i -> i.trigger().source() == Trigger.Source.SQS
              && i.outcome() == OutcomeKind.SUCCESS)).stream()
          .filter(i -> i.trigger().source() == Trigger.Source.SQS).toList();
      assertEquals(OutcomeKind.THROTTLED, fromQueue.get(0).outcome());
      InvocationRecord processed = fromQueue.get(fromQueue.size() - 1);
      assertEquals(OutcomeKind.SUCCESS, processed.outcome());
      assertEquals("1", Recorded.event(processed).get("Records").get(0).get("attributes")
          .get("ApproximateReceiveCount").asText());
    }
  }

  @Test
  void aQueueWhoseVisibilityTimeoutIsShorterThanTheFunctionTimeoutIsATemplateError() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> start("BatchSize: 1", "VisibilityTimeout: 1", "exports.handler = async () => {};\n").close());
    assertEquals("Worker", e.resource());
    assertTrue(e.getMessage().endsWith(
        "event Jobs: Queue visibility timeout: 1 seconds is less than Function timeout: 2 seconds"), e.getMessage());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
