package dev.cumulo.app.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
      return result;
    }
  }

  /** A third of the run, at most 10 s: enough for the JIT to compile both ends' hot paths on a small machine. */
  private static Duration warmup(Duration duration) {
    Duration third = duration.dividedBy(3);
    return third.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : third;
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
    List<List<Long>> latencies = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        // one list per client, merged at the end, so that recording never contends
        List<Long> own = new ArrayList<>();
        latencies.add(own);
        String prefix = phase + "/" + c;
        workers.add(pool.submit(() -> loop(s3, bucket, prefix, end, own, failures)));
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
    List<Long> all = latencies.stream().flatMap(List::stream).toList();
    return new S3BenchResult(clients, elapsed, all.size(), failures.get(), Stats.of(all));
  }

  private static void loop(S3Client s3, String bucket, String prefix, long end, List<Long> micros, AtomicLong failures) {
    byte[] body = new byte[OBJECT_SIZE];
    for (long n = 0; System.nanoTime() < end; n++) {
      ThreadLocalRandom.current().nextBytes(body);
      String key = prefix + "/" + n;
      long begin = System.nanoTime();
      try {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
        byte[] back = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArrayUnsafe();
        if (Arrays.equals(body, back)) {
          micros.add((System.nanoTime() - begin) / 1000);
        } else {
          failures.incrementAndGet();
        }
      } catch (RuntimeException e) {
        failures.incrementAndGet();
      }
    }
  }
}
