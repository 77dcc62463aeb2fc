package dev.cumulo.cost.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.cli.CostCommand;
import dev.cumulo.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;

class RecorderUsageSourceTest {
  @TempDir Path dir;

  @Test
  void recordedInvocationsBecomeUsageWithTheTemplatesArchitecture() {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Arm:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.11, Handler: app.handler, CodeUri: src/, MemorySize: 512, Architectures: [arm64]}
        """,
        "src/app.py", "def handler(event, context):\n    return 'x' * 10\n"))) {
      cloud.lambda().invoke(b -> b.functionName("Arm").payload(SdkBytes.fromUtf8String("{\"k\":1}")));
      cloud.lambda().invoke(b -> b.functionName("Arm").payload(SdkBytes.fromUtf8String("{\"k\":2}")));
      cloud.emulator().recorder().flush();
    }
    UsageSnapshot snapshot = new RecorderUsageSource(dir.resolve(".cumulo"), dir.resolve("template.yaml")).load();
    List<InvocationUsage> usage = snapshot.invocations();
    assertEquals(2, usage.size());
    assertEquals(List.of("Arm", Architecture.ARM64, 512, Trigger.INVOKE, 7L, 12L),
        List.of(usage.get(0).function(), usage.get(0).architecture(), usage.get(0).memoryMb(), usage.get(0).trigger(),
            usage.get(0).requestPayloadBytes(), usage.get(0).responsePayloadBytes()));
    assertEquals(1, usage.stream().filter(InvocationUsage::coldStart).count());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new CostCommand().run(List.of(dir.resolve("template.yaml").toString(), "--requests-per-month", "1000000"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Arm"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFolderWithoutHistoryIsReportedAsSuch() {
    UsageException e = assertThrows(UsageException.class, () -> new RecorderUsageSource(dir, dir.resolve("template.yaml")).load());
    assertTrue(e.getMessage().startsWith("no recorded history in"), e.getMessage());
  }
}
