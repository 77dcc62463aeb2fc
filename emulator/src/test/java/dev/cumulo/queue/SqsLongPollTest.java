package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class SqsLongPollTest extends SqsTestBase {
  private String queue;

  @BeforeEach
  void createQueues() {
    queue = sqs.createQueue("polled");
  }

  private int waiting() {
    return sqs.emulator.queues().messages().waitingReceivers(queue);
  }

  @Test
  void longPollReturnsAsSoonAsAMessageArrives() throws Exception {
    long started = System.nanoTime();
    CompletableFuture<List<Message>> poll = CompletableFuture.supplyAsync(() -> client.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(20)).messages());
    SqsEmulator.await(Duration.ofSeconds(10), () -> waiting() == 1);

    client.sendMessage(b -> b.queueUrl(queue).messageBody("now"));

    assertEquals("now", poll.get().get(0).body());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(20)) < 0, "answered before the wait ended");
  }

  @Test
  void longPollWithNothingToReceiveEndsEmptyWhenItsWaitEnds() {
    assertEquals(List.of(), client.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(1)).messages());
    assertEquals(0, waiting());
  }

  @Test
  void queueWaitTimeMakesEveryReceiveALongPoll() throws Exception {
    client.setQueueAttributes(b -> b.queueUrl(queue).attributes(java.util.Map.of(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "20")));
    CompletableFuture<List<Message>> poll = CompletableFuture.supplyAsync(() -> client.receiveMessage(b -> b.queueUrl(queue)).messages());
    SqsEmulator.await(Duration.ofSeconds(10), () -> waiting() == 1);

    client.sendMessage(b -> b.queueUrl(queue).messageBody("x"));

    assertEquals(1, poll.get().size());
  }

  @Test
  void parkedLongPollsHoldNoWorkerThreads() {
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      polls.add(http.sendAsync(
          HttpRequest.newBuilder(URI.create(sqs.emulator.edgeUrl() + "/"))
              .header("Content-Type", "application/x-amz-json-1.0")
              .header("X-Amz-Target", "AmazonSQS.ReceiveMessage")
              .POST(HttpRequest.BodyPublishers.ofString("{\"QueueUrl\":\"" + queue + "\",\"WaitTimeSeconds\":20}"))
              .build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    SqsEmulator.await(Duration.ofSeconds(20), () -> waiting() == 60);

    long workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("cumulo-worker")).count();
    client.purgeQueue(b -> b.queueUrl(queue));
    for (int i = 0; i < 60; i++) {
      client.sendMessage(b -> b.queueUrl(queue).messageBody("m"));
    }

    assertTrue(workers < 60, "worker threads while 60 polls wait: " + workers);
    assertEquals(60, polls.stream().map(CompletableFuture::join).filter(r -> r.body().contains("\"Body\":\"m\"")).count());
  }

  @Test
  void abandonedLongPollEndsAndTakesNoMessage() throws Exception {
    URI edge = URI.create(sqs.emulator.edgeUrl());
    String body = "{\"QueueUrl\":\"" + queue + "\",\"WaitTimeSeconds\":20}";
    try (Socket socket = new Socket(edge.getHost(), edge.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: " + edge.getAuthority() + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
          + "X-Amz-Target: AmazonSQS.ReceiveMessage\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
      out.flush();
      SqsEmulator.await(Duration.ofSeconds(10), () -> waiting() == 1);
    }
    SqsEmulator.await(Duration.ofSeconds(10), () -> waiting() == 0);

    client.sendMessage(b -> b.queueUrl(queue).messageBody("for someone still here"));

    assertEquals("for someone still here", client.receiveMessage(b -> b.queueUrl(queue)).messages().get(0).body());
  }
}
