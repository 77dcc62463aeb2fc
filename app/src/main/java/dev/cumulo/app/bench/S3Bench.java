package dev.cumulo.app.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * Measures an S3 endpoint the way an application on a laptop uses one: {@code clients} threads share one SDK client
 * (default settings: signed, checksummed, {@code aws-chunked} uploads) and each repeats a PUT of a fresh 4 KiB object
 * followed by a GET of it. The same run measures Cumulo and its peers, so the numbers compare.
 */
public final class S3Bench {
  public static final int OBJECT_SIZE = 4 * 1024;

  private S3Bench() {}

  public static S3BenchResult run(URI endpoint, int clients, Duration duration) {
    try (S3Client s3 = client(endpoint, clients)) {
      String bucket = "cumulo-bench-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
      try {
        s3.createBucket(b -> b.bucket(bucket));
      } catch (BucketAlreadyOwnedByYouException alreadyThere) {
        // a bucket left by an earlier run is as good as a new one
      }
      measure(s3, bucket, clients, warmup(duration), "warmup");
      S3BenchResult result = measure(s3, bucket, clients, duration, "run");
      System.out.println("S3 " + endpoint + ": " + result.summary());
      return result;
    }
  }

  private static Duration warmup(Duration duration) {
    Duration fifth = duration.dividedBy(5);
    return fifth.compareTo(Duration.ofSeconds(3)) > 0 ? Duration.ofSeconds(3) : fifth;
  }

  private static S3Client client(URI endpoint, int clients) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(clients))
        .build();
  }

  private static S3BenchResult measure(S3Client s3, String bucket, int clients, Duration duration, String phase) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    LatencyLog latencies = new LatencyLog(clients);
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      Future<?>[] workers = new Future<?>[clients];
      for (int c = 0; c < clients; c++) {
        int client = c;
        workers[c] = pool.submit(() -> loop(s3, bucket, phase + "/" + client, end, latencies.forClient(client), failures));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("The S3 benchmark stopped: " + e, e);
    } finally {
      pool.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    long[] all = latencies.sorted();
    return new S3BenchResult(
        clients, elapsed, all.length, failures.get(), percentile(all, 0.50), percentile(all, 0.99));
  }

  private static void loop(
      S3Client s3, String bucket, String prefix, long end, LatencyLog.Client log, AtomicLong failures) {
    byte[] body = new byte[OBJECT_SIZE];
    for (long n = 0; System.nanoTime() < end; n++) {
      ThreadLocalRandom.current().nextBytes(body);
      String key = prefix + "/" + n;
      long begin = System.nanoTime();
      try {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
        byte[] back = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArrayUnsafe();
        if (!Arrays.equals(body, back)) {
          failures.incrementAndGet();
          continue;
        }
        log.add(System.nanoTime() - begin);
      } catch (RuntimeException e) {
        failures.incrementAndGet();
      }
    }
  }

  private static double percentile(long[] sortedNanos, double fraction) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(fraction * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, index)] / 1e6;
  }

  /** Per-client latency lists, merged once at the end so that recording never contends. */
  private static final class LatencyLog {
    private final Client[] clients;

    LatencyLog(int count) {
      clients = new Client[count];
      for (int i = 0; i < count; i++) {
        clients[i] = new Client();
      }
    }

    Client forClient(int index) {
      return clients[index];
    }

    long[] sorted() {
      long[] all = Arrays.stream(clients).flatMapToLong(c -> Arrays.stream(c.values, 0, c.size)).toArray();
      Arrays.sort(all);
      return all;
    }

    static final class Client {
      private long[] values = new long[1024];
      private int size;

      void add(long nanos) {
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
      }
    }
  }
}
