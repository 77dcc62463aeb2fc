package dev.cumulo.triggers.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.triggers.Recorded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** A FIFO queue's mapping delivers each message group in order, and a failure holds its group back. */
class SqsFifoMappingTest {
  @TempDir Path dir;

  @Test
  void eachGroupIsProcessedInOrderAndAFailureHoldsBackOnlyItsGroupUntilItSucceeds() {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of("template.yaml", """
        Resources:
          Orders:
            Type: AWS::SQS::Queue
            Properties:
              FifoQueue: true
              ContentBasedDeduplication: true
              VisibilityTimeout: 2
          Worker:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              CodeUri: src/
              Handler: worker.handler
              Timeout: 2
              Events:
                Orders:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt Orders.Arn
                    BatchSize: 2
        """,
        "src/worker.js", """
        exports.handler = async (event) => {
          if (event.Records.some(r => r.body === "a2" && r.attributes.ApproximateReceiveCount === "1")) {
            throw new Error("a2 fails the first time");
          }
        };
        """))) {
      String url = cloud.sqs().getQueueUrl(b -> b.queueName("Orders.fifo")).queueUrl();
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        for (String group : List.of("a", "b")) {
          entries.add(SendMessageBatchRequestEntry.builder().id(group + i).messageBody(group + i)
              .messageGroupId(group).build());
        }
      }
      cloud.sqs().sendMessageBatch(b -> b.queueUrl(url).entries(entries.subList(0, 10)));

      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Worker", "every message succeeds",
          list -> list.stream().filter(i -> i.outcome() == OutcomeKind.SUCCESS).mapToInt(i -> Recorded.bodies(i).size())
              .sum() >= 10);
      invocations.sort(Comparator.comparingLong(InvocationRecord::invokeStart));
      Map<String, List<String>> processed = new HashMap<>();
      for (InvocationRecord invocation : invocations) {
        Map<String, List<String>> byGroup = new HashMap<>();
        for (JsonNode record : Recorded.event(invocation).get("Records")) {
          byGroup.computeIfAbsent(record.get("attributes").get("MessageGroupId").asText(), g -> new ArrayList<>())
              .add(record.get("body").asText());
        }
        byGroup.forEach((group, bodies) -> {
          List<String> done = processed.computeIfAbsent(group, g -> new ArrayList<>());
          List<String> next = new ArrayList<>();
          for (int i = 0; i < bodies.size(); i++) {
            next.add(group + (done.size() + 1 + i));
          }
          assertEquals(next, bodies, "group " + group + " after " + done);
          if (invocation.outcome() == OutcomeKind.SUCCESS) {
            done.addAll(bodies);
          }
        });
      }
      assertEquals(Map.of("a", List.of("a1", "a2", "a3", "a4", "a5"), "b", List.of("b1", "b2", "b3", "b4", "b5")),
          processed);
      assertEquals(1, invocations.stream().filter(i -> i.outcome() == OutcomeKind.FUNCTION_ERROR).count());
    }
  }
}
