package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;

class SqsQueueAdminTest extends SqsTestBase {
  @Test
  void queueUrlAndArnFollowTheEdgeAndTheAccount() {
    String url = sqs.createQueue("jobs");

    assertEquals(sqs.emulator.edgeUrl() + "/000000000000/jobs", url);
    assertEquals("arn:aws:sqs:us-east-1:000000000000:jobs", attributes(url, QueueAttributeName.QUEUE_ARN).get(QueueAttributeName.QUEUE_ARN));
    assertEquals(url, client.getQueueUrl(b -> b.queueName("jobs")).queueUrl());
  }

  @Test
  void creatingAgainWithTheSameAttributesReturnsTheSameQueue() {
    Map<QueueAttributeName, String> attrs = Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45");
    String first = client.createQueue(b -> b.queueName("jobs").attributes(attrs)).queueUrl();

    assertEquals(first, client.createQueue(b -> b.queueName("jobs").attributes(attrs)).queueUrl());
    assertEquals(first, client.createQueue(b -> b.queueName("jobs")).queueUrl());
  }

  @Test
  void creatingAgainWithADifferentAttributeIsQueueNameExists() {
    client.createQueue(b -> b.queueName("jobs").attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "5")));

    QueueNameExistsException e =
        assertThrows(QueueNameExistsException.class, () -> client.createQueue(b -> b.queueName("jobs").attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "6"))));

    assertEquals("QueueAlreadyExists", e.awsErrorDetails().errorCode());
    assertEquals("A queue already exists with the same name and a different value for attribute DelaySeconds", e.awsErrorDetails().errorMessage());
  }

  @Test
  void unknownQueueIsQueueDoesNotExist() {
    QueueDoesNotExistException e = assertThrows(QueueDoesNotExistException.class, () -> client.getQueueUrl(b -> b.queueName("nope")));

    assertEquals("AWS.SimpleQueueService.NonExistentQueue", e.awsErrorDetails().errorCode());
    assertEquals("The specified queue does not exist.", e.awsErrorDetails().errorMessage());
    assertEquals(400, e.statusCode());
  }

  @Test
  void deletedQueueIsGone() {
    String url = sqs.createQueue("jobs");
    client.sendMessage(b -> b.queueUrl(url).messageBody("x"));

    client.deleteQueue(b -> b.queueUrl(url));

    assertThrows(QueueDoesNotExistException.class, () -> client.sendMessage(b -> b.queueUrl(url).messageBody("x")));
    assertEquals(List.of(), client.listQueues().queueUrls());
  }

  @Test
  void listQueuesFiltersByPrefixAndPages() {
    for (String name : List.of("app-a", "app-b", "app-c", "other")) {
      sqs.createQueue(name);
    }
    String base = sqs.emulator.edgeUrl() + "/000000000000/";

    ListQueuesResponse first = client.listQueues(b -> b.queueNamePrefix("app-").maxResults(2));
    ListQueuesResponse rest = client.listQueues(b -> b.queueNamePrefix("app-").maxResults(2).nextToken(first.nextToken()));

    assertEquals(List.of(base + "app-a", base + "app-b"), first.queueUrls());
    assertEquals(List.of(base + "app-c"), rest.queueUrls());
    assertNull(rest.nextToken());
    assertEquals(4, client.listQueues().queueUrls().size());
  }

  @Test
  void allAttributesOfAStandardQueueAreTheSqsDefaults() {
    String url = sqs.createQueue("jobs");

    Map<QueueAttributeName, String> all = attributes(url, QueueAttributeName.ALL);

    assertEquals(
        Set.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesDelayed", "ApproximateNumberOfMessagesNotVisible",
            "CreatedTimestamp", "DelaySeconds", "LastModifiedTimestamp", "MaximumMessageSize", "MessageRetentionPeriod",
            "QueueArn", "ReceiveMessageWaitTimeSeconds", "SqsManagedSseEnabled", "VisibilityTimeout"),
        new TreeSet<>(all.keySet().stream().map(QueueAttributeName::toString).toList()));
    assertEquals("1048576", all.get(QueueAttributeName.MAXIMUM_MESSAGE_SIZE));
    assertEquals("345600", all.get(QueueAttributeName.MESSAGE_RETENTION_PERIOD));
    assertEquals("30", all.get(QueueAttributeName.VISIBILITY_TIMEOUT));
    long created = Long.parseLong(all.get(QueueAttributeName.CREATED_TIMESTAMP));
    assertTrue(Math.abs(created - System.currentTimeMillis() / 1000) < 60, "CreatedTimestamp is in seconds");
  }

  @Test
  void fifoQueueReportsItsFifoAttributes() {
    String url = client.createQueue(b -> b.queueName("jobs.fifo").attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();

    Map<QueueAttributeName, String> all = attributes(url, QueueAttributeName.ALL);

    assertEquals("true", all.get(QueueAttributeName.FIFO_QUEUE));
    assertEquals("false", all.get(QueueAttributeName.CONTENT_BASED_DEDUPLICATION));
    assertEquals("queue", all.get(QueueAttributeName.DEDUPLICATION_SCOPE));
    assertEquals("perQueue", all.get(QueueAttributeName.FIFO_THROUGHPUT_LIMIT));
  }

  @Test
  void setAttributesChangesThemAndRejectsValuesOutOfRange() {
    String url = sqs.createQueue("jobs");
    client.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "43200")));

    SqsException e =
        assertThrows(SqsException.class, () -> client.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "43201"))));

    assertEquals("InvalidAttributeValue", e.awsErrorDetails().errorCode());
    assertEquals("Invalid value for the parameter VisibilityTimeout.", e.awsErrorDetails().errorMessage());
    assertEquals("43200", attributes(url, QueueAttributeName.VISIBILITY_TIMEOUT).get(QueueAttributeName.VISIBILITY_TIMEOUT));
  }

  @Test
  void fifoAttributeOnAStandardQueueIsAnUnknownAttribute() {
    String url = sqs.createQueue("jobs");

    SqsException e =
        assertThrows(SqsException.class, () -> client.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))));

    assertEquals("InvalidAttributeName", e.awsErrorDetails().errorCode());
    assertEquals("Unknown Attribute FifoQueue.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void invalidQueueNamesAreRejected() {
    SqsException standard = assertThrows(SqsException.class, () -> client.createQueue(b -> b.queueName("bad name")));
    SqsException fifo =
        assertThrows(SqsException.class, () -> client.createQueue(b -> b.queueName("x".repeat(81) + ".fifo").attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))));

    assertEquals("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length", standard.awsErrorDetails().errorMessage());
    assertEquals("InvalidParameterValue", fifo.awsErrorDetails().errorCode());
  }

  @Test
  void tagsCanBeAddedListedAndRemoved() {
    String url = client.createQueue(b -> b.queueName("jobs").tags(Map.of("team", "a"))).queueUrl();
    client.tagQueue(b -> b.queueUrl(url).tags(Map.of("env", "dev")));
    client.untagQueue(b -> b.queueUrl(url).tagKeys("team"));

    assertEquals(Map.of("env", "dev"), client.listQueueTags(b -> b.queueUrl(url)).tags());
  }

  @Test
  void purgeEmptiesTheQueueAndASecondPurgeWithinAMinuteIsRefused() {
    String url = sqs.createQueue("jobs");
    client.sendMessage(b -> b.queueUrl(url).messageBody("x"));
    client.receiveMessage(b -> b.queueUrl(url));
    client.sendMessage(b -> b.queueUrl(url).messageBody("y"));

    client.purgeQueue(b -> b.queueUrl(url));
    PurgeQueueInProgressException e = assertThrows(PurgeQueueInProgressException.class, () -> client.purgeQueue(b -> b.queueUrl(url)));

    assertEquals(403, e.statusCode());
    assertEquals("Only one PurgeQueue operation on jobs is allowed every 60 seconds.", e.awsErrorDetails().errorMessage());
    Map<QueueAttributeName, String> counts =
        attributes(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    assertEquals(Map.of(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0", QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"), counts);
  }

  @Test
  void permissionsAreRecordedInThePolicy() {
    String url = sqs.createQueue("jobs");
    client.addPermission(b -> b.queueUrl(url).label("share").awsAccountIds("111122223333").actions("SendMessage"));

    String policy = attributes(url, QueueAttributeName.POLICY).get(QueueAttributeName.POLICY);
    SqsException again =
        assertThrows(SqsException.class, () -> client.addPermission(b -> b.queueUrl(url).label("share").awsAccountIds("1").actions("SendMessage")));
    client.removePermission(b -> b.queueUrl(url).label("share"));

    assertTrue(policy.contains("\"Sid\":\"share\"") && policy.contains("arn:aws:iam::111122223333:root"), policy);
    assertEquals("Value share for parameter Label is invalid. Reason: Already exists.", again.awsErrorDetails().errorMessage());
    assertEquals(Map.of(), attributes(url, QueueAttributeName.POLICY));
  }

  private Map<QueueAttributeName, String> attributes(String url, QueueAttributeName... names) {
    return client.getQueueAttributes(b -> b.queueUrl(url).attributeNames(names)).attributes();
  }
}
