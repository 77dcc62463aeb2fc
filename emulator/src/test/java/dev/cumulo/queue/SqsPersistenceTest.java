package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class SqsPersistenceTest {
  @TempDir Path dir;

  @Test
  void queuesAndMessagesSurviveARestart() {
    MessageAttributeValue attribute = MessageAttributeValue.builder().dataType("Number").stringValue("7").build();
    try (SqsEmulator first = SqsEmulator.start(dir)) {
      SqsClient client = first.client();
      String url = client.createQueue(b -> b.queueName("kept").attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "77")).tags(Map.of("t", "v"))).queueUrl();
      client.sendMessage(b -> b.queueUrl(url).messageBody("one").messageAttributes(Map.of("n", attribute)));
      client.sendMessage(b -> b.queueUrl(url).messageBody("two"));
    }

    try (SqsEmulator second = SqsEmulator.start(dir)) {
      SqsClient client = second.client();
      String url = client.getQueueUrl(b -> b.queueName("kept")).queueUrl();
      List<Message> messages = client.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).messageAttributeNames("All")).messages();

      assertEquals(List.of("one", "two"), messages.stream().map(Message::body).sorted().toList());
      assertEquals(Map.of("n", attribute), messages.stream().filter(m -> m.body().equals("one")).findFirst().orElseThrow().messageAttributes());
      assertEquals("77", client.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT)).attributes().get(QueueAttributeName.VISIBILITY_TIMEOUT));
      assertEquals(Map.of("t", "v"), client.listQueueTags(b -> b.queueUrl(url)).tags());
    }
  }

  @Test
  void inFlightMessageStaysHiddenAcrossARestartUntilItsTimeoutPasses() {
    try (SqsEmulator first = SqsEmulator.start(dir)) {
      String url = first.createQueue("kept");
      first.client().sendMessage(b -> b.queueUrl(url).messageBody("busy"));
      assertEquals(1, first.client().receiveMessage(b -> b.queueUrl(url).visibilityTimeout(2)).messages().size());
    }

    try (SqsEmulator second = SqsEmulator.start(dir)) {
      SqsClient client = second.client();
      String url = client.getQueueUrl(b -> b.queueName("kept")).queueUrl();

      assertEquals(List.of(), client.receiveMessage(b -> b.queueUrl(url)).messages());
      Message again = client.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(10).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);
      assertEquals("busy", again.body());
      assertEquals("2", again.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }
  }

  @Test
  void fifoDeduplicationWindowSurvivesARestart() {
    try (SqsEmulator first = SqsEmulator.start(dir)) {
      String url = first.client().createQueue(b -> b.queueName("kept.fifo").attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
      first.client().sendMessage(b -> b.queueUrl(url).messageGroupId("g").messageDeduplicationId("d").messageBody("first"));
    }

    try (SqsEmulator second = SqsEmulator.start(dir)) {
      SqsClient client = second.client();
      String url = client.getQueueUrl(b -> b.queueName("kept.fifo")).queueUrl();
      client.sendMessage(b -> b.queueUrl(url).messageGroupId("g").messageDeduplicationId("d").messageBody("duplicate"));

      assertEquals(List.of("first"), client.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages().stream().map(Message::body).toList());
    }
  }

  @Test
  void everyAcknowledgedSendAndDeleteSurvivesAKill() throws Exception {
    Path data = dir.resolve("crash");
    Process child =
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
            SqsCrashSender.class.getName(), data.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (java.io.IOException e) {
        // the child was killed mid-line; what was read is what was acknowledged
      }
    });
    reader.start();
    try {
      SqsEmulator.await(Duration.ofSeconds(60), () -> lines.stream().filter(l -> l.startsWith("DELETED")).count() >= 100);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      reader.join(10_000);
    }
    Set<String> sent = new HashSet<>();
    Set<String> deleting = new HashSet<>();
    Set<String> deleted = new HashSet<>();
    for (String line : new ArrayList<>(lines)) {
      if (line.startsWith("SENT ")) {
        sent.add(line.substring(5));
      } else if (line.startsWith("DELETING ")) {
        deleting.add(line.substring(9));
      } else if (line.startsWith("DELETED ")) {
        deleted.add(line.substring(8));
      }
    }

    Set<String> present = new HashSet<>();
    try (SqsEmulator reopened = SqsEmulator.start(data)) {
      reopened.emulator.queues().messages().peek("crash", Integer.MAX_VALUE).forEach(m -> present.add(m.body()));
    }
    Set<String> lost = new HashSet<>(sent);
    lost.removeAll(deleting);
    lost.removeAll(present);
    Set<String> resurrected = new HashSet<>(deleted);
    resurrected.retainAll(present);
    assertTrue(deleted.size() >= 100, "deletes acknowledged before the kill: " + deleted.size());
    assertEquals(Set.of(), lost, "acknowledged sends missing after the kill");
    assertEquals(Set.of(), resurrected, "acknowledged deletes undone by the kill");
  }
}
