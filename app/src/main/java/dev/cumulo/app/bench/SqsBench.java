package dev.cumulo.app.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The SQS throughput benchmark: {@code clients} threads, each repeating send a batch of ten, receive up to ten, delete
 * what it received in a batch, against any SQS endpoint (Cumulo, ElasticMQ, LocalStack) with the same AWS SDK client.
 * A short warm-up precedes the measured period; the queue is created for the run and deleted after it. To measure
 * Cumulo in a JVM of its own, as peers run, point it at {@code cumulo serve} (durability SYNCED by default).
 */
public final class SqsBench {
  private static final int BATCH = 10;
  private static final String BODY = "x".repeat(128);
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  private SqsBench() {}

  public static SqsBenchResult run(URI endpoint, int clients, Duration duration) {
    try (SqsClient sqs = client(endpoint, clients)) {
      String queue = sqs.createQueue(b -> b.queueName("cumulo-bench-" + UUID.randomUUID())).queueUrl();
      try {
        drive(sqs, queue, clients, WARM_UP);
        Recorder recorder = drive(sqs, queue, clients, duration);
        return recorder.result(endpoint.toString(), clients, duration);
      } finally {
        sqs.deleteQueue(b -> b.queueUrl(queue));
      }
    }
  }

  private static SqsClient client(URI endpoint, int clients) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(clients * 2))
        .build();
  }

  private static Recorder drive(SqsClient sqs, String queue, int clients, Duration duration) {
    Recorder recorder = new Recorder(clients);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(threads.submit(() -> loop(sqs, queue, recorder, client, stop)));
      }
      sleep(duration);
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      return recorder;
    } catch (Exception e) {
      throw new IllegalStateException("The benchmark failed: " + e.getMessage(), e);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void loop(SqsClient sqs, String queue, Recorder recorder, int client, AtomicBoolean stop) {
    List<SendMessageBatchRequestEntry> batch =
        IntStream.range(0, BATCH).mapToObj(i -> SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(BODY).build()).toList();
    while (!stop.get()) {
      long t0 = System.nanoTime();
      sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(batch));
      long t1 = System.nanoTime();
      List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(BATCH)).messages();
      long t2 = System.nanoTime();
      if (!received.isEmpty()) {
        List<DeleteMessageBatchRequestEntry> deletes = new ArrayList<>(received.size());
        for (int i = 0; i < received.size(); i++) {
          deletes.add(DeleteMessageBatchRequestEntry.builder().id("d" + i).receiptHandle(received.get(i).receiptHandle()).build());
        }
        sqs.deleteMessageBatch(b -> b.queueUrl(queue).entries(deletes));
      }
      long t3 = System.nanoTime();
      recorder.record(client, t1 - t0, t2 - t1, t3 - t2, received.size());
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Latencies (microseconds) per client thread, so threads share nothing while running; merged at the end. */
  private static final class Recorder {
    private final List<List<Long>> send = new ArrayList<>();
    private final List<List<Long>> receive = new ArrayList<>();
    private final List<List<Long>> delete = new ArrayList<>();
    private final AtomicLong messages = new AtomicLong();

    Recorder(int clients) {
      for (int i = 0; i < clients; i++) {
        send.add(new ArrayList<>());
        receive.add(new ArrayList<>());
        delete.add(new ArrayList<>());
      }
    }

    void record(int client, long sendNanos, long receiveNanos, long deleteNanos, int count) {
      send.get(client).add(sendNanos / 1000);
      receive.get(client).add(receiveNanos / 1000);
      delete.get(client).add(deleteNanos / 1000);
      messages.addAndGet(count);
    }

    SqsBenchResult result(String endpoint, int clients, Duration duration) {
      long n = messages.get();
      return new SqsBenchResult(
          endpoint, clients, duration, n, n / (duration.toNanos() / 1e9), merged(send), merged(receive), merged(delete));
    }

    private static Stats merged(List<List<Long>> perClient) {
      return Stats.of(perClient.stream().flatMap(List::stream).toList());
    }
  }
}
