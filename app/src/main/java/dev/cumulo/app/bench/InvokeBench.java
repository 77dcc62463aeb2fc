package dev.cumulo.app.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Warm {@code Invoke} round trips: latency of one client calling in a loop through the AWS SDK for Java v2, as a user's
 * code makes them, and throughput of several clients at once, both through the SDK and over raw HTTP connections (the
 * SDK's own CPU use weighs on a small machine's figure as much as the server's does). The same code measures Cumulo and
 * a peer, each after every target has been warmed up (a server's JIT, and this process's, need thousands of calls).
 */
public final class InvokeBench {
  /** What one endpoint achieved. */
  public record Result(String target, Stats latency, double invokesPerSecond, double rawInvokesPerSecond, int clients) {}

  /** One client's way of making a call. */
  interface Caller extends AutoCloseable {
    void invoke();

    @Override
    void close();
  }

  private InvokeBench() {}

  /**
   * Calls the target with as many clients as the measurement will use, so that its instances (or workers) exist and
   * its code is compiled before anything is measured.
   */
  public static void warm(URI endpoint, String function, int clients, Duration duration) {
    try (LambdaClient lambda = client(endpoint, clients)) {
      throughput(clients, duration, () -> sdkCaller(lambda, function));
    }
  }

  public static Result run(String target, URI endpoint, String function, int clients, Duration duration) {
    try (LambdaClient lambda = client(endpoint, clients)) {
      Stats latency = latency(sdkCaller(lambda, function), duration);
      double sdk = throughput(clients, duration, () -> sdkCaller(lambda, function));
      double raw = throughput(clients, duration, () -> new RawInvokeConnection(endpoint, function));
      return new Result(target, latency, sdk, raw, clients);
    }
  }

  private static LambdaClient client(URI endpoint, int clients) {
    return LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(clients, 8)))
        .build();
  }

  /** Calls through the shared SDK client; closing it is the owner's business. */
  private static Caller sdkCaller(LambdaClient lambda, String function) {
    SdkBytes payload = SdkBytes.fromUtf8String("{}");
    return new Caller() {
      @Override
      public void invoke() {
        var response = lambda.invoke(b -> b.functionName(function).payload(payload));
        if (response.functionError() != null) {
          throw new IllegalStateException("the benchmark function failed: " + response.payload().asUtf8String());
        }
      }

      @Override
      public void close() {}
    };
  }

  private static Stats latency(Caller caller, Duration duration) {
    List<Long> samples = new ArrayList<>();
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      caller.invoke();
      samples.add((System.nanoTime() - start) / 1000);
    }
    return Stats.of(samples);
  }

  private static double throughput(int clients, Duration duration, Supplier<Caller> callers) {
    AtomicLong done = new AtomicLong();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch finished = new CountDownLatch(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        try (Caller caller = callers.get()) {
          while (System.nanoTime() < end) {
            caller.invoke();
            done.incrementAndGet();
          }
        } catch (RuntimeException e) {
          failures.add(e);
        } finally {
          finished.countDown();
        }
      }, "bench-client-" + c);
      t.start();
    }
    try {
      finished.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("benchmark calls failed: " + failures.get(0), failures.get(0));
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }
}
