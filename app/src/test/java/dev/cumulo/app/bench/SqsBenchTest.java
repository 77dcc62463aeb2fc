package dev.cumulo.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqsBenchTest {
  @TempDir Path dir;

  @Test
  void benchmarkCountsMessagesThatMadeTheWholeTripAndLeavesNoQueueBehind() {
    try (Emulator emulator = Emulator.start(EmulatorConfig.forTests(dir), Project.empty(dir.resolve("template.yaml"), "us-east-1", "000000000000"))) {
      SqsBenchResult result = SqsBench.run(URI.create(emulator.edgeUrl()), 2, Duration.ofSeconds(1));

      assertTrue(result.messages() > 0, result.describe());
      assertEquals(result.messages(), Math.round(result.messagesPerSecond()));
      assertTrue(result.sendBatch().count() > 0 && result.sendBatch().medianMicros() <= result.sendBatch().p99Micros(), result.describe());
      assertEquals(0, emulator.queues().admin().all().size());
    }
  }
}
