package dev.cumulo.testing;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A project written to a folder (template and code files) and an emulator running it on free ports, with real AWS SDK
 * clients pointed at it. Tests build one, use it, and close it.
 */
public final class LocalCloud implements AutoCloseable {
  private final Path dir;
  private final Emulator emulator;
  private LambdaClient lambda;
  private S3Client s3;
  private SqsClient sqs;

  private LocalCloud(Path dir, Emulator emulator) {
    this.dir = dir;
    this.emulator = emulator;
  }

  /** Writes {@code files} (path relative to {@code dir} to content) and starts an emulator on {@code template.yaml}. */
  public static LocalCloud start(Path dir, Map<String, String> files, UnaryOperator<EmulatorConfig> configure) {
    write(dir, files);
    Project project = TemplateReader.read(dir.resolve("template.yaml"), TemplateReader.Options.defaults());
    return new LocalCloud(dir, Emulator.start(configure.apply(EmulatorConfig.forTests(dir.resolve(".cumulo"))), project));
  }

  public static LocalCloud start(Path dir, Map<String, String> files) {
    return start(dir, files, c -> c);
  }

  /** Starts another emulator on the same folder (same data), for restart tests. */
  public LocalCloud restart(UnaryOperator<EmulatorConfig> configure) {
    emulator.close();
    closeClients();
    Project project = TemplateReader.read(dir.resolve("template.yaml"), TemplateReader.Options.defaults());
    return new LocalCloud(dir, Emulator.start(configure.apply(EmulatorConfig.forTests(dir.resolve(".cumulo"))), project));
  }

  public static void write(Path dir, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
        if (file.getKey().endsWith("bootstrap")) {
          path.toFile().setExecutable(true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Emulator emulator() {
    return emulator;
  }

  public URI endpoint() {
    return URI.create(emulator.edgeUrl());
  }

  public LambdaClient lambda() {
    if (lambda == null) {
      lambda = LambdaClient.builder()
          .endpointOverride(endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .build();
    }
    return lambda;
  }

  /** An S3 client with default settings but path-style addressing, as the endpoint is an IP address. */
  public S3Client s3() {
    if (s3 == null) {
      s3 = S3Client.builder()
          .endpointOverride(endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .forcePathStyle(true)
          .build();
    }
    return s3;
  }

  public SqsClient sqs() {
    if (sqs == null) {
      sqs = SqsClient.builder()
          .endpointOverride(endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .build();
    }
    return sqs;
  }

  /** The queue's ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible, as GetQueueAttributes gives them. */
  public Map<String, String> messageCounts(String queueName) {
    String url = sqs().getQueueUrl(b -> b.queueName(queueName)).queueUrl();
    return sqs().getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings();
  }

  /** Whether the queue holds no message, visible or in flight. */
  public boolean queueEmpty(String queueName) {
    return messageCounts(queueName).equals(Map.of("ApproximateNumberOfMessages", "0", "ApproximateNumberOfMessagesNotVisible", "0"));
  }

  private void closeClients() {
    if (lambda != null) {
      lambda.close();
      lambda = null;
    }
    if (s3 != null) {
      s3.close();
      s3 = null;
    }
    if (sqs != null) {
      sqs.close();
      sqs = null;
    }
  }

  @Override
  public void close() {
    closeClients();
    emulator.close();
  }
}
