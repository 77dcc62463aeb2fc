package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.retries.DefaultRetryStrategy;

/** Kills an emulator with kill -9 in the middle of uploads and checks what survives. */
class CrashSafetyTest {
  private static final int WRITERS = 4;
  private static final int ACKS_BEFORE_KILL = 80;

  @TempDir Path dataDir;

  @Test
  void aKillDuringUploadsLosesNoAcknowledgedObjectAndLeavesNoTornOne() throws Exception {
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), dataDir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    try {
      int port = readPort(child);
      ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
      try (S3Client s3 = noRetryClient(port)) {
        s3.createBucket(b -> b.bucket("crash"));
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          running.add(writers.submit(() -> write(s3, writer, acknowledged)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        for (Future<?> f : running) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        writers.shutdownNow();
      }
    } finally {
      child.destroyForcibly();
    }
    assertTrue(acknowledged.size() >= ACKS_BEFORE_KILL, "only " + acknowledged.size() + " uploads acknowledged");
    verifyAfterRestart(acknowledged);
  }

  private void verifyAfterRestart(Map<String, String> acknowledged) throws Exception {
    try (Emulator emulator = Emulator.start(EmulatorConfig.forTests(dataDir),
            Project.empty(dataDir.resolve("template.yaml"), "us-east-1", "000000000000"));
        S3Client s3 = noRetryClient(emulator.edgePort())) {
      for (Map.Entry<String, String> entry : acknowledged.entrySet()) {
        byte[] body = s3.getObjectAsBytes(b -> b.bucket("crash").key(entry.getKey())).asByteArray();
        assertEquals(entry.getValue(), md5(body), "acknowledged " + entry.getKey() + " came back different");
      }
      for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket("crash")).contents()) {
        byte[] body = s3.getObjectAsBytes(b -> b.bucket("crash").key(object.key())).asByteArray();
        assertEquals(object.eTag().replace("\"", ""), md5(body), object.key() + " is torn");
        assertEquals(object.size().longValue(), body.length);
      }
      try (Stream<Path> files = Files.walk(dataDir.resolve("s3").resolve("blobs"))) {
        assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "temporary files survived");
      }
    }
  }

  private static void write(S3Client s3, int writer, Map<String, String> acknowledged) {
    Random random = new Random(writer);
    for (int n = 0; ; n++) {
      int size = n % 5 == 4 ? 1536 * 1024 + random.nextInt(4096) : 1 + random.nextInt(64 * 1024);
      byte[] body = new byte[size];
      random.nextBytes(body);
      String key = "w" + writer + "/object-" + n;
      try {
        s3.putObject(b -> b.bucket("crash").key(key), RequestBody.fromBytes(body));
      } catch (RuntimeException killed) {
        return;
      }
      acknowledged.put(key, md5(body));
    }
  }

  private static int readPort(Process child) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      String line = reader.submit(out::readLine).get(60, TimeUnit.SECONDS);
      assertTrue(line != null && line.startsWith("PORT "), "child said: " + line);
      return Integer.parseInt(line.substring(5).trim());
    } finally {
      reader.shutdownNow();
    }
  }

  private static S3Client noRetryClient(int port) {
    RetryStrategy once = DefaultRetryStrategy.doNotRetry();
    return S3Client.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .forcePathStyle(true)
        .overrideConfiguration(o -> o.retryStrategy(once).apiCallTimeout(Duration.ofSeconds(30)))
        .build();
  }

  private static String md5(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
