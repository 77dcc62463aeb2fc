package dev.cumulo.cost.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.cost.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonUsageSourceTest {
  @TempDir Path dir;

  private UsageSnapshot load(String json) throws IOException {
    return new JsonUsageSource(Files.writeString(dir.resolve("usage.json"), json)).load();
  }

  private UsageException failure(String json) throws IOException {
    Path file = Files.writeString(dir.resolve("usage.json"), json);
    return assertThrows(UsageException.class, () -> new JsonUsageSource(file).load());
  }

  @Test
  void readsInvocationsServiceRequestsAndStorageWithDefaultsForOmittedFields() throws IOException {
    UsageSnapshot snapshot = load("""
        {
          "invocations": [
            {"function": "orders", "architecture": "arm64", "memoryMb": 512, "durationMs": 12.5},
            {"function": "thumbs", "architecture": "x86_64", "memoryMb": 1024, "ephemeralStorageMb": 2048,
             "durationMs": 300, "initDurationMs": 180.5, "coldStart": true, "requestPayloadBytes": 400000,
             "responsePayloadBytes": 10, "trigger": "S3"}
          ],
          "serviceRequests": [
            {"service": "SQS", "resource": "jobs.fifo", "operation": "SendMessage", "payloadBytes": 70000,
             "origin": "INTERNET", "responseBytes": 120}
          ],
          "storage": [{"bucket": "uploads", "bytes": 1048576}]
        }
        """);

    assertEquals(new UsageSnapshot(
            List.of(InvocationUsage.warm("orders", Architecture.ARM64, 512, 12.5),
                new InvocationUsage("thumbs", Architecture.X86_64, 1024, 2048, 300, 180.5, true, 400_000, 10,
                    Trigger.S3)),
            List.of(new ServiceRequestUsage(Service.SQS, "jobs.fifo", "SendMessage", 70_000, 120, Origin.INTERNET)),
            List.of(new BucketStorage("uploads", 1_048_576))),
        snapshot);
  }

  @Test
  void unknownArchitectureIsNamedWithItsPlace() throws IOException {
    UsageException e = failure("{\"invocations\": [{\"function\": \"f\", \"architecture\": \"arm\", "
        + "\"memoryMb\": 128, \"durationMs\": 1}]}");
    assertEquals(dir.resolve("usage.json") + ": invocations[0]: unknown architecture 'arm'; expected x86_64 or arm64",
        e.getMessage());
  }

  @Test
  void memoryOutsideLambdasRangeIsRejected() throws IOException {
    UsageException e = failure("{\"invocations\": [{\"function\": \"f\", \"architecture\": \"arm64\", "
        + "\"memoryMb\": 64, \"durationMs\": 1}]}");
    assertEquals(dir.resolve("usage.json") + ": invocations[0]: f: memoryMb must be 128 to 10240, was 64",
        e.getMessage());
  }

  @Test
  void brokenJsonIsReportedWithItsLine() throws IOException {
    UsageException e = failure("{\n  \"invocations\": [\n    {\"function\": }\n  ]\n}");
    assertEquals(dir.resolve("usage.json") + ":3: not valid JSON: Unexpected character ('}' (code 125)): expected a "
        + "valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
  }

  @Test
  void missingFileSaysNothingWasRecorded() {
    Path missing = dir.resolve("usage.json");
    UsageException e = assertThrows(UsageException.class, () -> new JsonUsageSource(missing).load());
    assertEquals(missing + ": no recorded usage (file not found)", e.getMessage());
  }
}
