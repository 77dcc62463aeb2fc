package dev.cumulo.triggers.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.triggers.Recorded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** How a mapping's pollers scale with the backlog, stay off when disabled, and stop with the emulator. */
class SqsPollersTest {
  private static final String TEMPLATE = """
      Globals:
        Function:
          Runtime: nodejs20.x
          CodeUri: src/
          Timeout: 5
      Resources:
        Busy:
          Type: AWS::SQS::Queue
        Idle:
          Type: AWS::SQS::Queue
        Slow:
          Type: AWS::Serverless::Function
          Properties:
            Handler: slow.handler
            Events:
              Busy:
                Type: SQS
                Properties:
                  Queue: !GetAtt Busy.Arn
                  BatchSize: 1
                  ScalingConfig: {MaximumConcurrency: 3}
        Off:
          Type: AWS::Serverless::Function
          Properties:
            Handler: slow.handler
            Events:
              Idle:
                Type: SQS
                Properties:
                  Queue: !GetAtt Idle.Arn
                  Enabled: false
      """;

  @TempDir Path dir;

  private LocalCloud start() {
    return LocalCloud.start(dir, Map.of("template.yaml", TEMPLATE,
        "src/slow.js", "exports.handler = () => new Promise(done => setTimeout(done, 300));\n"));
  }

  private static QueuePollers.Status status(LocalCloud cloud, String function) {
    return cloud.emulator().triggers().queuePollers().status().stream()
        .filter(s -> s.mapping().function().equals(function)).findFirst().orElseThrow();
  }

  private static String url(LocalCloud cloud, String queue) {
    return cloud.sqs().getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }

  private static void send(LocalCloud cloud, String queue, int count) {
    for (int start = 0; start < count; start += 10) {
      List<SendMessageBatchRequestEntry> entries = IntStream.range(start, Math.min(count, start + 10))
          .mapToObj(i -> SendMessageBatchRequestEntry.builder().id("m" + i).messageBody("m" + i).build()).toList();
      cloud.sqs().sendMessageBatch(b -> b.queueUrl(url(cloud, queue)).entries(entries));
    }
  }

  @Test
  void aBacklogScalesPollersUpToMaximumConcurrencyAndAnEmptyQueueBackToOne() {
    try (LocalCloud cloud = start()) {
      assertEquals(1, status(cloud, "Slow").pollers());
      AtomicInteger mostInFlight = new AtomicInteger();
      send(cloud, "Busy", 30);

      Await.until("more than one batch is delivered at once", Recorded.PATIENCE, () ->
          mostInFlight.accumulateAndGet(status(cloud, "Slow").batchesInFlight(), Math::max) > 1);
      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Slow", "all thirty are delivered",
          list -> Recorded.records(list) >= 30);
      assertEquals(30, invocations.size());
      assertTrue(mostConcurrent(invocations) > 1, "batches ran one at a time");
      assertTrue(mostConcurrent(invocations) <= 3, "more than MaximumConcurrency batches ran at once");
      Await.until("the extra pollers stop once the queue is empty", Recorded.PATIENCE,
          () -> status(cloud, "Slow").pollers() == 1);
    }
  }

  @Test
  void aDisabledMappingDoesNotPoll() {
    try (LocalCloud cloud = start()) {
      send(cloud, "Idle", 1);
      send(cloud, "Busy", 1);

      Recorded.awaitFinished(cloud, "Slow", "the enabled mapping delivers", list -> !list.isEmpty());
      assertEquals(0, status(cloud, "Off").pollers());
      assertEquals(0, cloud.emulator().queues().messages().waitingReceivers(url(cloud, "Idle")));
      assertEquals(List.of(), Recorded.finished(cloud, "Off"));
      assertEquals(1L, cloud.emulator().queues().messages().counts(url(cloud, "Idle")).visible());
    }
  }

  @Test
  void closingTheTriggersEndsEveryLongPollAtOnceAndTakesNoMoreMessages() {
    try (LocalCloud cloud = start()) {
      String busy = url(cloud, "Busy");
      Await.until("the poller waits on its queue", Recorded.PATIENCE,
          () -> cloud.emulator().queues().messages().waitingReceivers(busy) == 1);

      cloud.emulator().triggers().close();

      assertEquals(0, cloud.emulator().queues().messages().waitingReceivers(busy));
      Await.until("the poller stops", Recorded.PATIENCE, () -> status(cloud, "Slow").pollers() == 0);
      cloud.sqs().sendMessage(b -> b.queueUrl(busy).messageBody("after"));
      List<Message> received = cloud.sqs().receiveMessage(b -> b.queueUrl(busy).waitTimeSeconds(5)
          .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
      assertEquals(List.of("after"), received.stream().map(Message::body).toList());
      assertEquals("1", received.get(0).attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
      assertEquals(List.of(), Recorded.finished(cloud, "Slow"));
    }
  }

  /** The most invocations that ran at the same moment. */
  private static int mostConcurrent(List<InvocationRecord> invocations) {
    List<long[]> edges = new ArrayList<>();
    for (InvocationRecord i : invocations) {
      edges.add(new long[] {i.invokeStart(), 1});
      edges.add(new long[] {i.invokeEnd(), -1});
    }
    edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
    int now = 0;
    int most = 0;
    for (long[] edge : edges) {
      now += (int) edge[1];
      most = Math.max(most, now);
    }
    return most;
  }
}
