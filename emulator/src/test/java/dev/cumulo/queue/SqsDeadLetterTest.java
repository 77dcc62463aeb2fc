package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.model.SqsException;

class SqsDeadLetterTest extends SqsTestBase {
  private String source;
  private String deadLetters;
  private String deadLettersArn;

  @BeforeEach
  void createQueues() {
    deadLetters = sqs.createQueue("jobs-dlq");
    deadLettersArn = arn(deadLetters);
    source =
        client.createQueue(b -> b.queueName("jobs").attributes(Map.of(
            QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLettersArn + "\",\"maxReceiveCount\":\"2\"}"))).queueUrl();
  }

  private String arn(String url) {
    return client.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
  }

  private List<Message> receive(String url) {
    return client.receiveMessage(b -> b.queueUrl(url).visibilityTimeout(0).maxNumberOfMessages(10)
        .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
  }

  private void sendAndExhaust() {
    client.sendMessage(b -> b.queueUrl(source).messageBody("poison")
        .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("bad").build())));
    assertEquals(1, receive(source).size());
    assertEquals(1, receive(source).size());
    assertEquals(List.of(), receive(source));
  }

  @Test
  void redrivePolicyIsStoredWithANumericMaxReceiveCount() {
    assertEquals(
        "{\"deadLetterTargetArn\":\"" + deadLettersArn + "\",\"maxReceiveCount\":2}",
        client.getQueueAttributes(b -> b.queueUrl(source).attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY));
  }

  @Test
  void messageMovesToTheDeadLetterQueueAfterMaxReceiveCountKeepingItsAttributes() {
    sendAndExhaust();

    Message dead = client.receiveMessage(b -> b.queueUrl(deadLetters).waitTimeSeconds(5).messageAttributeNames("All")
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);

    assertEquals("poison", dead.body());
    assertEquals(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("bad").build()), dead.messageAttributes());
    assertEquals("3", dead.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    assertEquals(arn(source), dead.attributes().get(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN));
  }

  @Test
  void deadLetterQueueListsItsSourceQueues() {
    assertEquals(List.of(source), client.listDeadLetterSourceQueues(b -> b.queueUrl(deadLetters)).queueUrls());
  }

  @Test
  void deadLetterQueueMustExistAndBeOfTheSameType() {
    String fifo = client.createQueue(b -> b.queueName("other.fifo").attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();

    SqsException missing = assertThrows(SqsException.class, () -> setRedrive(source, deadLettersArn + "-missing"));
    SqsException mixed = assertThrows(SqsException.class, () -> setRedrive(source, arn(fifo)));

    assertEquals("InvalidParameterValue", missing.awsErrorDetails().errorCode());
    assertEquals("InvalidParameterValue", mixed.awsErrorDetails().errorCode());
  }

  private void setRedrive(String url, String target) {
    client.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(
        QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + target + "\",\"maxReceiveCount\":1}")));
  }

  @Test
  void moveTaskRedrivesDeadLettersBackToTheirSourceQueue() {
    sendAndExhaust();
    SqsEmulator.await(Duration.ofSeconds(5), () -> visible(deadLetters) == 1);

    String handle = client.startMessageMoveTask(b -> b.sourceArn(deadLettersArn)).taskHandle();
    SqsEmulator.await(Duration.ofSeconds(5), () -> task().status().equals("COMPLETED"));

    ListMessageMoveTasksResultEntry done = task();
    assertEquals(1L, done.approximateNumberOfMessagesMoved());
    assertEquals(1L, done.approximateNumberOfMessagesToMove());
    assertEquals(null, done.taskHandle());
    Message back = client.receiveMessage(b -> b.queueUrl(source).waitTimeSeconds(5).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);
    assertEquals("poison", back.body());
    assertEquals("1", back.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    assertEquals(0, visible(deadLetters));
    assertEquals(false, handle.isEmpty());
  }

  private ListMessageMoveTasksResultEntry task() {
    return client.listMessageMoveTasks(b -> b.sourceArn(deadLettersArn)).results().get(0);
  }

  private long visible(String url) {
    return Long.parseLong(client.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  @Test
  void moveTaskNeedsADeadLetterQueueAsSource() {
    SqsException e = assertThrows(SqsException.class, () -> client.startMessageMoveTask(b -> b.sourceArn(arn(source))));

    assertEquals("Source queue must be configured as a Dead Letter Queue.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void cancellingAnUnknownTaskIsRefused() {
    SqsException garbage = assertThrows(SqsException.class, () -> client.cancelMessageMoveTask(b -> b.taskHandle("foobared")));
    String unknownTask = java.util.Base64.getEncoder().encodeToString(
        ("{\"taskId\":\"10f57157-fc38-4da9-a113-4de7e12d05aa\",\"sourceArn\":\"" + deadLettersArn + "\"}").getBytes());
    ResourceNotFoundException unknown = assertThrows(ResourceNotFoundException.class, () -> client.cancelMessageMoveTask(b -> b.taskHandle(unknownTask)));

    assertEquals("Value for parameter TaskHandle is invalid.", garbage.awsErrorDetails().errorMessage());
    assertEquals("Task does not exist.", unknown.awsErrorDetails().errorMessage());
  }
}
