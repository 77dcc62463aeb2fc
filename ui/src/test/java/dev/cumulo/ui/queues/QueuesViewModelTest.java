package dev.cumulo.ui.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.queue.model.MessageView;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.Session;
import dev.cumulo.ui.testing.Await;
import dev.cumulo.ui.testing.Clients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** The queue inspector's model against a running emulator, with messages sent and received by the AWS SDK. */
class QueuesViewModelTest {
  @TempDir Path dir;
  private final Notices notices = new Notices();
  private final Session session = new Session(UiThreads.direct(), notices, LaunchSettings.freePorts());
  private final QueuesViewModel model = new QueuesViewModel(UiThreads.direct(), notices);
  private SqsClient sqs;
  private String ordersUrl;

  @BeforeEach
  void openProjectWithAQueueAndItsDeadLetterQueue() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), """
        Resources:
          Orders:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: orders
              RedrivePolicy:
                deadLetterTargetArn: !GetAtt Failed.Arn
                maxReceiveCount: 1
          Failed:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: orders-dlq
        """);
    session.addListener(model);
    session.open(dir.resolve("template.yaml"));
    sqs = Clients.sqs(session.live().orElseThrow().emulator().edgeUrl());
    ordersUrl = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
  }

  @AfterEach
  void close() {
    sqs.close();
    session.close();
  }

  private QueueRow row(String name) {
    return model.queues().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void queuesAreListedWithTheirDeadLetterQueue() {
    assertEquals(List.of("orders -> orders-dlq", "orders-dlq (dead-letter queue)"), model.queues().stream()
        .map(q -> q.name() + (q.isDeadLetterQueue() ? " (dead-letter queue)" : " -> " + q.deadLetterQueue())).toList());
  }

  @Test
  void peekingShowsMessagesWithAttributesWithoutReceivingThem() {
    sqs.sendMessage(b -> b.queueUrl(ordersUrl).messageBody("{\"id\":1}")
        .messageAttributes(Map.of("tenant", MessageAttributeValue.builder().dataType("String").stringValue("acme").build())));
    model.select(row("orders"));

    MessageView peeked = model.messages().get(0);
    assertEquals(List.of("{\"id\":1}", "acme", 0), List.of(peeked.body(), peeked.attributes().get("tenant").stringValue(),
        peeked.receiveCount()));
    List<Message> received = sqs.receiveMessage(b -> b.queueUrl(ordersUrl)).messages();
    assertEquals(List.of("{\"id\":1}"), received.stream().map(Message::body).toList());
  }

  @Test
  void aSentMessageReachesAnSdkReceiver() {
    model.select(row("orders"));

    model.send(new MessageDraft("hello", "source=inspector", 0, "", ""));

    Message received = sqs.receiveMessage(b -> b.queueUrl(ordersUrl).messageAttributeNames("All")).messages().get(0);
    assertEquals(List.of("hello", "inspector"), List.of(received.body(), received.messageAttributes().get("source").stringValue()));
  }

  @Test
  void aBadAttributeLineIsExplainedAndNothingIsSent() {
    model.select(row("orders"));

    model.send(new MessageDraft("hello", "no equals sign", 0, "", ""));

    assertEquals(List.of("Attribute line 1 should read name=value: no equals sign"), notices.shown().stream().map(Notice::text).toList());
    assertEquals(0, sqs.receiveMessage(b -> b.queueUrl(ordersUrl)).messages().size());
  }

  @Test
  void purgingEmptiesTheQueue() {
    sqs.sendMessage(b -> b.queueUrl(ordersUrl).messageBody("a"));
    model.select(row("orders"));

    model.purge();
    model.peek();

    assertEquals(List.of(), model.messages());
  }

  @Test
  void redrivingMovesDeadLettersBackToTheirQueue() {
    sqs.sendMessage(b -> b.queueUrl(ordersUrl).messageBody("poison"));
    sqs.receiveMessage(b -> b.queueUrl(ordersUrl).visibilityTimeout(0));
    sqs.receiveMessage(b -> b.queueUrl(ordersUrl).visibilityTimeout(0));
    Await.until("the message is in the dead-letter queue", Duration.ofSeconds(10), () -> {
      model.refresh();
      model.select(row("orders-dlq"));
      return model.messages().stream().map(MessageView::body).toList().equals(List.of("poison"));
    });

    model.redrive();

    List<Message> back = sqs.receiveMessage(b -> b.queueUrl(ordersUrl).waitTimeSeconds(10)).messages();
    assertEquals(List.of("poison"), back.stream().map(Message::body).toList());
    assertTrue(notices.shown().get(0).text().startsWith("Redriving the messages of orders-dlq"));
  }
}
