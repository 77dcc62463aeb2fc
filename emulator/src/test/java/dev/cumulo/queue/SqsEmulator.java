package dev.cumulo.queue;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** An emulator on free ports in a temporary folder, and real SQS clients pointed at it. */
final class SqsEmulator implements AutoCloseable {
  final Path dataDir;
  final Emulator emulator;
  private SqsClient client;

  private SqsEmulator(Path dataDir, Project project) {
    this.dataDir = dataDir;
    this.emulator = Emulator.start(EmulatorConfig.forTests(dataDir), project);
  }

  static SqsEmulator start(Path dataDir) {
    return new SqsEmulator(dataDir, Project.empty(dataDir.resolve("template.yaml"), "us-east-1", "000000000000"));
  }

  static SqsEmulator start(Path dataDir, Project project) {
    return new SqsEmulator(dataDir, project);
  }

  /** A client with default settings but the endpoint, as users configure one for a local cloud. */
  SqsClient client() {
    if (client == null) {
      client = newClient(emulator.edgeUrl());
    }
    return client;
  }

  static SqsClient newClient(String endpoint) {
    return SqsClient.builder()
        .endpointOverride(URI.create(endpoint))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }

  String createQueue(String name) {
    return client().createQueue(b -> b.queueName(name)).queueUrl();
  }

  /** Polls {@code condition} until it holds or {@code timeout} passes. */
  static void await(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Condition not met within " + timeout);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
    emulator.close();
  }
}
