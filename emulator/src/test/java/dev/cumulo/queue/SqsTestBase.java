package dev.cumulo.queue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;

/** An emulator of its own for every test, on a fresh folder, and a client with default settings pointed at it. */
abstract class SqsTestBase {
  @TempDir Path dir;
  SqsEmulator sqs;
  SqsClient client;

  @BeforeEach
  void startEmulator() {
    sqs = SqsEmulator.start(dir);
    client = sqs.client();
  }

  @AfterEach
  void stopEmulator() {
    sqs.close();
  }
}
