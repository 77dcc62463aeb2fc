package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

class SqsSendReceiveTest extends SqsTestBase {
  private String queue;

  @BeforeEach
  void createQueues() {
    queue = sqs.createQueue("orders");
  }

  private Message receiveOne() {
    List<Message> messages =
        client.receiveMessage(b -> b.queueUrl(queue).messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    assertEquals(1, messages.size(), "messages received");
    return messages.get(0);
  }

  @Test
  void messageWithEveryAttributeTypeArrivesWithDigestsTheSdkAccepts() {
    Map<String, MessageAttributeValue> attributes =
        Map.of(
            "text", MessageAttributeValue.builder().dataType("String").stringValue("héllo wörld").build(),
            "count", MessageAttributeValue.builder().dataType("Number").stringValue("42.5").build(),
            "blob", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 255})).build(),
            "doc", MessageAttributeValue.builder().dataType("String.json").stringValue("{\"a\":1}").build());
    SendMessageResponse sent = client.sendMessage(b -> b.queueUrl(queue).messageBody("body \u2603 \r\n").messageAttributes(attributes));

    Message received = receiveOne();

    assertEquals(sent.messageId(), received.messageId());
    assertEquals("body \u2603 \r\n", received.body());
    assertEquals(attributes, received.messageAttributes());
    assertEquals(sent.md5OfMessageAttributes(), received.md5OfMessageAttributes());
  }

  @Test
  void receivedMessageCarriesItsSystemAttributes() {
    long before = System.currentTimeMillis();
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));

    Map<MessageSystemAttributeName, String> attributes = receiveOne().attributes();

    assertEquals("1", attributes.get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    assertEquals("test", attributes.get(MessageSystemAttributeName.SENDER_ID));
    assertTrue(Long.parseLong(attributes.get(MessageSystemAttributeName.SENT_TIMESTAMP)) >= before);
    assertTrue(
        Long.parseLong(attributes.get(MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP))
            >= Long.parseLong(attributes.get(MessageSystemAttributeName.SENT_TIMESTAMP)));
  }

  @Test
  void awsTraceHeaderTravelsWithTheMessageAndIsDigested() {
    String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
    SendMessageResponse sent =
        client.sendMessage(b -> b.queueUrl(queue).messageBody("x").messageSystemAttributes(Map.of(
            MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
            MessageSystemAttributeValue.builder().dataType("String").stringValue(trace).build())));

    assertEquals(md5OfTraceHeader(trace), sent.md5OfMessageSystemAttributes());
    assertEquals(trace, receiveOne().attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER));
  }

  @Test
  void traceIdHeaderOfTheSendingRequestBecomesTheAwsTraceHeader() {
    String trace = "Root=1-65f0e1a2-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1";
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x").overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", trace)));

    assertEquals(trace, receiveOne().attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER));
  }

  private static String md5OfTraceHeader(String trace) {
    try {
      var digest = java.security.MessageDigest.getInstance("MD5");
      for (String part : List.of("AWSTraceHeader", "String")) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
      }
      digest.update((byte) 1);
      byte[] value = trace.getBytes(StandardCharsets.UTF_8);
      digest.update(java.nio.ByteBuffer.allocate(4).putInt(value.length).array());
      digest.update(value);
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void receiveHidesMessageUntilVisibilityTimeoutExpires() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));
    List<Message> first = client.receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(1)).messages();

    List<Message> whileHidden = client.receiveMessage(b -> b.queueUrl(queue)).messages();
    List<Message> afterTimeout =
        client.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(10).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();

    assertEquals(List.of(), whileHidden);
    assertEquals(first.get(0).messageId(), afterTimeout.get(0).messageId());
    assertEquals("2", afterTimeout.get(0).attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    assertNotEquals(first.get(0).receiptHandle(), afterTimeout.get(0).receiptHandle());
  }

  @Test
  void deletedMessageIsGoneAndDeletingAgainSucceeds() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));
    Message m = client.receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)).messages().get(0);

    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));

    assertEquals(List.of(), client.receiveMessage(b -> b.queueUrl(queue)).messages());
    assertEquals("0", approximate(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  @Test
  void handleOfAnEarlierReceiveDeletesNothingOnceTheMessageWasReceivedAgain() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));
    Message first = client.receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)).messages().get(0);
    Message second = client.receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)).messages().get(0);

    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(first.receiptHandle()));
    assertEquals("1", approximate(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));

    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(second.receiptHandle()));
    assertEquals("0", approximate(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  @Test
  void handleCanStillDeleteAfterItsVisibilityTimeoutWhenNobodyReceivedTheMessageAgain() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));
    Message m = client.receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)).messages().get(0);

    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));

    assertEquals("0", approximate(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  @Test
  void malformedReceiptHandleIsReceiptHandleIsInvalid() {
    SqsException e = assertThrows(SqsException.class, () -> client.deleteMessage(b -> b.queueUrl(queue).receiptHandle("garbage")));

    assertEquals("ReceiptHandleIsInvalid", e.awsErrorDetails().errorCode());
    assertEquals(404, e.statusCode());
    assertEquals("The input receipt handle \"garbage\" is not a valid receipt handle.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void changingVisibilityToZeroMakesTheMessageReceivableAtOnce() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));
    Message m = client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0);

    client.changeMessageVisibility(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()).visibilityTimeout(0));

    assertEquals(m.messageId(), client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0).messageId());
  }

  @Test
  void changingVisibilityOfADeletedMessageIsInvalidParameterValue() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));
    Message m = client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0);
    client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));

    SqsException e =
        assertThrows(SqsException.class, () -> client.changeMessageVisibility(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()).visibilityTimeout(5)));

    assertEquals("InvalidParameterValue", e.awsErrorDetails().errorCode());
    assertEquals(
        "Value " + m.receiptHandle() + " for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not"
            + " available for visibility timeout change.",
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void delayedMessageIsCountedAsDelayedAndArrivesWhenTheDelayPasses() {
    client.sendMessage(b -> b.queueUrl(queue).messageBody("later").delaySeconds(1));

    assertEquals("1", approximate(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
    assertEquals(List.of(), client.receiveMessage(b -> b.queueUrl(queue)).messages());
    assertEquals("later", client.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(10)).messages().get(0).body());
  }

  @Test
  void queueDelayAppliesToMessagesSentWithoutTheirOwn() {
    client.setQueueAttributes(b -> b.queueUrl(queue).attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "60")));
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));

    assertEquals("1", approximate(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
  }

  @Test
  void messageOfTheMaximumSizeIsAcceptedAndOneByteMoreIsNot() {
    String largest = "a".repeat(1_048_576);
    client.sendMessage(b -> b.queueUrl(queue).messageBody(largest));

    SqsException e = assertThrows(SqsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageBody(largest + "a")));

    assertEquals("InvalidParameterValue", e.awsErrorDetails().errorCode());
    assertEquals(
        "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.", e.awsErrorDetails().errorMessage());
    assertEquals(largest, receiveOne().body());
  }

  @Test
  void maximumMessageSizeOfTheQueueCountsAttributesToo() {
    client.setQueueAttributes(b -> b.queueUrl(queue).attributes(Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024")));
    MessageAttributeValue tenBytes = MessageAttributeValue.builder().dataType("String").stringValue("0123456789").build();

    SqsException e =
        assertThrows(SqsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageBody("a".repeat(1000)).messageAttributes(Map.of("attribute", tenBytes))));

    assertEquals("One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void bodyWithACharacterOutsideTheAllowedSetIsInvalidMessageContents() {
    InvalidMessageContentsException e =
        assertThrows(InvalidMessageContentsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageBody("bell \u0007")));

    assertTrue(e.awsErrorDetails().errorMessage().startsWith("Invalid binary character '#x7' was found in the message body"));
  }

  @Test
  void moreThanTenMessageAttributesAreRejected() {
    Map<String, MessageAttributeValue> eleven = new java.util.HashMap<>();
    for (int i = 0; i < 11; i++) {
      eleven.put("a" + i, MessageAttributeValue.builder().dataType("String").stringValue("v").build());
    }

    SqsException e = assertThrows(SqsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageBody("x").messageAttributes(eleven)));

    assertEquals("Number of message attributes [11] exceeds the allowed maximum [10].", e.awsErrorDetails().errorMessage());
  }

  @Test
  void emptyStringAttributeIsRejectedWithTheSqsMessage() {
    MessageAttributeValue empty = MessageAttributeValue.builder().dataType("String").stringValue("").build();

    SqsException e =
        assertThrows(SqsException.class, () -> client.sendMessage(b -> b.queueUrl(queue).messageBody("x").messageAttributes(Map.of("ErrorDetails", empty))));

    assertEquals("Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void maxNumberOfMessagesAboveTenIsRejected() {
    SqsException e = assertThrows(SqsException.class, () -> client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(11)));

    assertEquals("InvalidParameterValue", e.awsErrorDetails().errorCode());
    assertEquals("Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void receiveReturnsOnlyTheRequestedMessageAttributes() {
    MessageAttributeValue v = MessageAttributeValue.builder().dataType("String").stringValue("v").build();
    client.sendMessage(b -> b.queueUrl(queue).messageBody("x").messageAttributes(Map.of("Hello", v, "Help.Me", v, "General", v)));

    Message m = client.receiveMessage(b -> b.queueUrl(queue).messageAttributeNames("Help.*", "General")).messages().get(0);

    assertEquals(Map.of("Help.Me", v, "General", v), m.messageAttributes());
  }

  private String approximate(QueueAttributeName name) {
    return client.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(name)).attributes().get(name);
  }
}
