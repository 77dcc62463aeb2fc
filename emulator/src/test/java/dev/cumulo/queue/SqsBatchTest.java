package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.BatchRequestTooLongException;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sqs.model.InvalidBatchEntryIdException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

class SqsBatchTest extends SqsTestBase {
  private String queue;

  @BeforeEach
  void createQueues() {
    queue = sqs.createQueue("batch");
  }

  private static SendMessageBatchRequestEntry entry(int i) {
    return SendMessageBatchRequestEntry.builder()
        .id("m" + i)
        .messageBody("body " + i)
        .messageAttributes(Map.of("n", MessageAttributeValue.builder().dataType("Number").stringValue(String.valueOf(i)).build()))
        .build();
  }

  @Test
  void tenMessagesGoInOneBatchAndComeBackInOneReceive() {
    SendMessageBatchResponse sent = client.sendMessageBatch(b -> b.queueUrl(queue).entries(IntStream.range(0, 10).mapToObj(SqsBatchTest::entry).toList()));

    List<Message> received = client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).messageAttributeNames("All")).messages();

    assertEquals(10, sent.successful().size());
    assertEquals(List.of(), sent.failed());
    assertEquals(
        IntStream.range(0, 10).mapToObj(i -> "body " + i).sorted().toList(),
        received.stream().map(Message::body).sorted().toList());
  }

  @Test
  void deleteBatchReportsEachEntry() {
    client.sendMessageBatch(b -> b.queueUrl(queue).entries(entry(0), entry(1)));
    List<Message> received = client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages();
    List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < received.size(); i++) {
      entries.add(DeleteMessageBatchRequestEntry.builder().id("d" + i).receiptHandle(received.get(i).receiptHandle()).build());
    }
    entries.add(DeleteMessageBatchRequestEntry.builder().id("bad").receiptHandle("garbage").build());

    DeleteMessageBatchResponse response = client.deleteMessageBatch(b -> b.queueUrl(queue).entries(entries));

    assertEquals(List.of("d0", "d1"), response.successful().stream().map(e -> e.id()).sorted().toList());
    assertEquals(
        List.of(BatchResultErrorEntry.builder().id("bad").senderFault(true).code("ReceiptHandleIsInvalid")
            .message("The input receipt handle \"garbage\" is not a valid receipt handle.").build()),
        response.failed());
    assertEquals("0", attribute(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }

  @Test
  void changeVisibilityBatchReleasesMessagesAndRejectsOutOfRangeTimeouts() {
    client.sendMessageBatch(b -> b.queueUrl(queue).entries(entry(0), entry(1)));
    List<Message> received = client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages();

    ChangeMessageVisibilityBatchResponse response =
        client.changeMessageVisibilityBatch(b -> b.queueUrl(queue).entries(
            ChangeMessageVisibilityBatchRequestEntry.builder().id("ok").receiptHandle(received.get(0).receiptHandle()).visibilityTimeout(0).build(),
            ChangeMessageVisibilityBatchRequestEntry.builder().id("long").receiptHandle(received.get(1).receiptHandle()).visibilityTimeout(43_201).build()));

    assertEquals(List.of("ok"), response.successful().stream().map(e -> e.id()).toList());
    assertEquals(List.of("long"), response.failed().stream().map(BatchResultErrorEntry::id).toList());
    assertEquals("InvalidParameterValue", response.failed().get(0).code());
    assertEquals(received.get(0).messageId(), client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0).messageId());
  }

  @Test
  void oneOversizedEntryFailsAloneWhileTheOthersAreSent() {
    client.setQueueAttributes(b -> b.queueUrl(queue).attributes(Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024")));
    SendMessageBatchRequestEntry big = SendMessageBatchRequestEntry.builder().id("big").messageBody("x".repeat(1025)).build();

    SendMessageBatchResponse response = client.sendMessageBatch(b -> b.queueUrl(queue).entries(entry(1), big));

    assertEquals(List.of("m1"), response.successful().stream().map(e -> e.id()).toList());
    assertEquals(
        List.of(BatchResultErrorEntry.builder().id("big").senderFault(true).code("InvalidParameterValue")
            .message("One or more parameters cannot be validated. Reason: Message must be shorter than 1024 bytes.").build()),
        response.failed());
  }

  @Test
  void emptyBatchIsEmptyBatchRequest() {
    EmptyBatchRequestException e = assertThrows(EmptyBatchRequestException.class, () -> client.sendMessageBatch(b -> b.queueUrl(queue).entries(List.of())));

    assertEquals("AWS.SimpleQueueService.EmptyBatchRequest", e.awsErrorDetails().errorCode());
  }

  @Test
  void elevenEntriesAreTooManyEntriesInBatchRequest() {
    TooManyEntriesInBatchRequestException e =
        assertThrows(TooManyEntriesInBatchRequestException.class,
            () -> client.sendMessageBatch(b -> b.queueUrl(queue).entries(IntStream.range(0, 11).mapToObj(SqsBatchTest::entry).toList())));

    assertEquals("Maximum number of entries per request are 10. You have sent 11.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void repeatedEntryIdsAreBatchEntryIdsNotDistinct() {
    assertThrows(BatchEntryIdsNotDistinctException.class, () -> client.deleteMessageBatch(b -> b.queueUrl(queue).entries(
        DeleteMessageBatchRequestEntry.builder().id("same").receiptHandle("a").build(),
        DeleteMessageBatchRequestEntry.builder().id("same").receiptHandle("b").build())));
  }

  @Test
  void entryIdWithAColonIsInvalidBatchEntryId() {
    InvalidBatchEntryIdException e =
        assertThrows(InvalidBatchEntryIdException.class, () -> client.changeMessageVisibilityBatch(b -> b.queueUrl(queue).entries(
            ChangeMessageVisibilityBatchRequestEntry.builder().id("invalid:id").receiptHandle("a").visibilityTimeout(1).build())));

    assertEquals(
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void batchOverOneMebibyteIsBatchRequestTooLong() {
    String half = "x".repeat(524_288);
    BatchRequestTooLongException e =
        assertThrows(BatchRequestTooLongException.class, () -> client.sendMessageBatch(b -> b.queueUrl(queue).entries(
            SendMessageBatchRequestEntry.builder().id("a").messageBody(half).build(),
            SendMessageBatchRequestEntry.builder().id("b").messageBody(half + "x").build())));

    assertEquals("Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.", e.awsErrorDetails().errorMessage());
    assertEquals("0", attribute(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  private String attribute(QueueAttributeName name) {
    return client.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(name)).attributes().get(name);
  }
}
