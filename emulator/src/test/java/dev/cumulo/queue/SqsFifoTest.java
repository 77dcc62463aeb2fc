package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

class SqsFifoTest extends SqsTestBase {
  private String queue;

  @BeforeEach
  void createQueues() {
    queue = client.createQueue(b -> b.queueName("orders.fifo").attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
  }

  private SendMessageResponse send(String group, String body) {
    return client.sendMessage(b -> b.queueUrl(queue).messageGroupId(group).messageDeduplicationId(body).messageBody(body));
  }

  private List<String> receiveBodies(int max) {
    return client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(max)).messages().stream().map(Message::body).toList();
  }

  @Test
  void aGroupDeliversNothingMoreWhileOneOfItsMessagesIsInFlight() {
    send("a", "a1");
    send("a", "a2");
    send("b", "b1");

    assertEquals(List.of("a1"), receiveBodies(1));
    assertEquals(List.of("b1"), receiveBodies(1));
    assertEquals(List.of(), receiveBodies(10));
  }

  @Test
  void deletingTheInFlightMessageReleasesTheNextOfItsGroup() {
    send("a", "a1");
    send("a", "a2");
    Message first = client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0);

    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(first.receiptHandle()));

    assertEquals(List.of("a2"), receiveBodies(10));
  }

  @Test
  void oneReceiveTakesConsecutiveMessagesOfAGroupInOrder() {
    for (int i = 1; i <= 5; i++) {
      send("g", "m" + i);
    }

    assertEquals(List.of("m1", "m2", "m3", "m4", "m5"), receiveBodies(10));
  }

  @Test
  void messageWithTheSameDeduplicationIdWithinFiveMinutesIsAcceptedButDeliveredOnce() {
    SendMessageResponse first = send("g", "same");
    SendMessageResponse second = send("g", "same");

    assertEquals(first.messageId(), second.messageId());
    assertEquals(first.sequenceNumber(), second.sequenceNumber());
    assertEquals(List.of("same"), receiveBodies(10));
  }

  @Test
  void deduplicationStillAppliesAfterTheFirstMessageWasDeleted() {
    send("g", "once");
    Message m = client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0);
    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));

    send("g", "once");

    assertEquals(List.of(), receiveBodies(10));
  }

  @Test
  void contentBasedDeduplicationUsesTheBodysSha256() {
    client.setQueueAttributes(b -> b.queueUrl(queue).attributes(Map.of(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")));
    client.sendMessage(b -> b.queueUrl(queue).messageGroupId("g").messageBody("hello"));
    client.sendMessage(b -> b.queueUrl(queue).messageGroupId("g").messageBody("hello"));

    List<Message> messages = client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();

    assertEquals(1, messages.size());
    assertEquals(
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        messages.get(0).attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID));
  }

  @Test
  void sequenceNumbersGrowAndAreReportedOnReceive() {
    SendMessageResponse first = send("g", "1");
    SendMessageResponse second = send("h", "2");

    Message received =
        client.receiveMessage(b -> b.queueUrl(queue).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);

    assertTrue(new BigInteger(second.sequenceNumber()).compareTo(new BigInteger(first.sequenceNumber())) > 0);
    assertEquals(first.sequenceNumber(), received.attributes().get(MessageSystemAttributeName.SEQUENCE_NUMBER));
    assertEquals("g", received.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID));
  }

  @Test
  void messageWithoutGroupIdIsMissingParameter() {
    SqsException e = assertThrows(SqsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageBody("x").messageDeduplicationId("d")));

    assertEquals("MissingParameter", e.awsErrorDetails().errorCode());
    assertEquals("The request must contain the parameter MessageGroupId.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void batchWithoutDeduplicationIdFailsAsAWhole() {
    SqsException e =
        assertThrows(SqsException.class, () -> client.sendMessageBatch(b -> b.queueUrl(queue).entries(
            SendMessageBatchRequestEntry.builder().id("a").messageGroupId("g").messageBody("x").build())));

    assertEquals("InvalidParameterValue", e.awsErrorDetails().errorCode());
    assertEquals(
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void perMessageDelayIsNotAllowed() {
    SqsException e =
        assertThrows(SqsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageGroupId("g").messageDeduplicationId("d").messageBody("x").delaySeconds(2)));

    assertEquals(
        "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.",
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void receiptHandleExpiresWithItsVisibilityTimeout() {
    send("g", "x");
    Message m = client.receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)).messages().get(0);

    SqsException e = assertThrows(SqsException.class, () -> client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle())));

    assertEquals("InvalidParameterValue", e.awsErrorDetails().errorCode());
    assertEquals(
        "Value " + m.receiptHandle() + " for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.",
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void deduplicationPerMessageGroupLetsTheSameIdIntoAnotherGroup() {
    client.setQueueAttributes(b -> b.queueUrl(queue).attributes(Map.of(
        QueueAttributeName.DEDUPLICATION_SCOPE, "messageGroup", QueueAttributeName.FIFO_THROUGHPUT_LIMIT, "perMessageGroupId")));
    client.sendMessage(b -> b.queueUrl(queue).messageGroupId("a").messageDeduplicationId("d").messageBody("in a"));
    client.sendMessage(b -> b.queueUrl(queue).messageGroupId("b").messageDeduplicationId("d").messageBody("in b"));

    assertEquals(List.of("in a", "in b"), receiveBodies(10));
  }
}
