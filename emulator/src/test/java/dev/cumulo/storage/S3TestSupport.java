package dev.cumulo.storage;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Starts an emulator per test and gives it an unmodified SDK client (path style, as the endpoint is an IP). */
abstract class S3TestSupport {
  @TempDir Path dataDir;
  Emulator emulator;
  S3Client s3;
  String bucket;

  @BeforeEach
  void startEmulator() {
    emulator = Emulator.start(EmulatorConfig.forTests(dataDir), Project.empty(dataDir.resolve("template.yaml"), "us-east-1", "000000000000"));
    s3 = client(URI.create(emulator.edgeUrl()));
    bucket = "bucket-" + UUID.randomUUID().toString().substring(0, 8);
    s3.createBucket(b -> b.bucket(bucket));
  }

  @AfterEach
  void stopEmulator() {
    if (s3 != null) {
      s3.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  static S3Client client(URI endpoint) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .build();
  }
}
