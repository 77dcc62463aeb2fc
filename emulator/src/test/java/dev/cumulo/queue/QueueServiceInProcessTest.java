package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.MessageView;
import dev.cumulo.queue.model.OutgoingMessage;
import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.QueueCounts;
import dev.cumulo.queue.model.QueueInfo;
import dev.cumulo.queue.model.ReceiveOptions;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.service.PollingClient;
import dev.cumulo.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API the emulator's other parts use (event source mappings, the queue inspector), without HTTP. */
class QueueServiceInProcessTest {
  @TempDir Path dir;
  private final MovableClock clock = new MovableClock();
  private QueueService queues;
  private QueueInfo jobs;

  /** A clock the test moves by hand, for expiry that takes minutes in real time. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @BeforeEach
  void start() {
    queues = QueueService.start(new QueueService.Setup(dir, Database.Durability.SYNCED, "us-east-1", "000000000000", () -> "http://127.0.0.1:4566", clock));
    jobs = queues.admin().create("jobs", Map.of(), Map.of());
  }

  @AfterEach
  void stop() {
    queues.close();
  }

  private List<ReceivedMessage> receive(String queue, int max) {
    return queues.messages().receive(queue, ReceiveOptions.everything(max), PollingClient.inProcess()).join();
  }

  @Test
  void peekShowsMessagesWithoutReceivingThem() {
    queues.messages().send(jobs.url(), OutgoingMessage.of("hello").withAttributes(Map.of("k", MessageAttribute.string("String", "v"))), "me").join();

    List<MessageView> before = queues.messages().peek(jobs.url(), 10);
    List<ReceivedMessage> received = receive(jobs.url(), 1);
    List<MessageView> after = queues.messages().peek(jobs.url(), 10);

    assertEquals(List.of("hello"), before.stream().map(MessageView::body).toList());
    assertEquals(Map.of("k", MessageAttribute.string("String", "v")), before.get(0).attributes());
    assertEquals(0, before.get(0).receiveCount());
    assertEquals(MessageView.State.VISIBLE, before.get(0).state());
    assertEquals("1", received.get(0).systemAttributes().get("ApproximateReceiveCount"));
    assertEquals(1, after.get(0).receiveCount());
    assertEquals(MessageView.State.IN_FLIGHT, after.get(0).state());
  }

  @Test
  void receiveAndDeleteWorkByQueueArn() {
    queues.messages().send(jobs.arn(), OutgoingMessage.of("by arn"), "me").join();

    ReceivedMessage m = receive(jobs.arn(), 10).get(0);
    queues.messages().delete(jobs.arn(), m.receiptHandle()).join();

    assertEquals("by arn", m.body());
    assertEquals(QueueCounts.EMPTY, queues.messages().counts(jobs.arn()));
  }

  @Test
  void changeListenerHearsEveryChangeWithTheCountsAfterIt() {
    List<QueueChange> changes = new CopyOnWriteArrayList<>();
    queues.onChange(changes::add);

    queues.messages().send(jobs.url(), OutgoingMessage.of("a"), "me").join();
    ReceivedMessage m = receive(jobs.url(), 1).get(0);
    queues.messages().delete(jobs.url(), m.receiptHandle()).join();
    SqsEmulator.await(Duration.ofSeconds(5), () -> changes.size() >= 3);

    assertEquals(
        List.of(
            new QueueChange("jobs", QueueChange.Kind.SENT, new QueueCounts(1, 0, 0)),
            new QueueChange("jobs", QueueChange.Kind.RECEIVED, new QueueCounts(0, 1, 0)),
            new QueueChange("jobs", QueueChange.Kind.MESSAGES_DELETED, new QueueCounts(0, 0, 0))),
        changes.subList(0, 3));
  }

  @Test
  void traceHeaderOfAnInProcessSendIsKeptForTheTriggeredFunction() {
    queues.messages().send(jobs.url(), OutgoingMessage.of("x").withTraceHeader("Root=1-abc-def"), "me").join();

    assertEquals("Root=1-abc-def", receive(jobs.url(), 1).get(0).systemAttributes().get("AWSTraceHeader"));
  }

  @Test
  void inspectorListsQueuesAndSendsDelayedOrGroupedMessages() {
    QueueInfo fifo = queues.admin().create("events.fifo", Map.of("FifoQueue", "true"), Map.of());
    queues.messages().send(jobs.url(), OutgoingMessage.of("later").withDelay(60), "inspector").join();
    queues.messages().send(fifo.url(), OutgoingMessage.of("ordered").inGroup("g", "d1"), "inspector").join();

    assertEquals(List.of("events.fifo", "jobs"), queues.admin().all().stream().map(QueueInfo::name).toList());
    assertEquals(new QueueCounts(0, 0, 1), queues.messages().counts(jobs.url()));
    assertEquals(List.of("g"), queues.messages().peek(fifo.url(), 10).stream().map(m -> m.groupId().orElseThrow()).toList());
  }

  @Test
  void inProcessLongPollWaitsForAMessageAndHidesItForTheRequestedTime() {
    var poll = queues.messages().receive(jobs.arn(), ReceiveOptions.everything(10).waiting(20).withVisibilityTimeout(900), PollingClient.inProcess());
    SqsEmulator.await(Duration.ofSeconds(5), () -> queues.messages().waitingReceivers(jobs.arn()) == 1);

    queues.messages().send(jobs.url(), OutgoingMessage.of("arrived"), "me").join();
    ReceivedMessage m = poll.join().get(0);
    clock.advance(Duration.ofSeconds(899));

    assertEquals("arrived", m.body());
    assertEquals(new QueueCounts(0, 1, 0), queues.messages().counts(jobs.url()));
  }

  @Test
  void messagesOlderThanTheRetentionPeriodAreRemoved() {
    queues.attributes().set(jobs.url(), Map.of("MessageRetentionPeriod", "60"));
    queues.messages().send(jobs.url(), OutgoingMessage.of("old"), "me").join();
    clock.advance(Duration.ofSeconds(30));
    queues.messages().send(jobs.url(), OutgoingMessage.of("young"), "me").join();

    clock.advance(Duration.ofSeconds(31));

    assertEquals(new QueueCounts(1, 0, 0), queues.messages().counts(jobs.url()));
    assertEquals(List.of("young"), receive(jobs.url(), 10).stream().map(ReceivedMessage::body).toList());
  }

  @Test
  void inFlightMessageReturnsWhenTheClockPassesItsVisibilityTimeout() {
    queues.messages().send(jobs.url(), OutgoingMessage.of("x"), "me").join();
    receive(jobs.url(), 1);

    assertEquals(new QueueCounts(0, 1, 0), queues.messages().counts(jobs.url()));
    clock.advance(Duration.ofSeconds(31));
    assertEquals(new QueueCounts(1, 0, 0), queues.messages().counts(jobs.url()));
  }

  @Test
  void redriveFromTheInspectorMovesDeadLettersBack() {
    QueueInfo dlq = queues.admin().create("jobs-dlq", Map.of(), Map.of());
    queues.attributes().set(jobs.url(), Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + dlq.arn() + "\",\"maxReceiveCount\":1}"));
    queues.messages().send(jobs.url(), OutgoingMessage.of("poison"), "me").join();
    receive(jobs.url(), 1);
    clock.advance(Duration.ofSeconds(31));
    assertEquals(List.of(), receive(jobs.url(), 1));
    SqsEmulator.await(Duration.ofSeconds(5), () -> queues.messages().counts(dlq.url()).visible() == 1);

    queues.moveTasks().start(dlq.arn(), null, null);

    SqsEmulator.await(Duration.ofSeconds(5), () -> queues.messages().counts(jobs.url()).visible() == 1);
    assertEquals(QueueCounts.EMPTY, queues.messages().counts(dlq.url()));
    assertTrue(queues.messages().peek(jobs.url(), 1).get(0).deadLetterSourceArn().isEmpty());
  }
}
