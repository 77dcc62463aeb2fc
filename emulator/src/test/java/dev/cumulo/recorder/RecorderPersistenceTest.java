package dev.cumulo.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.testing.LocalCloud;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;

class RecorderPersistenceTest {
  @TempDir Path dir;

  @Test
  void aRestartKeepsTheHistoryOfInvocationsAndTheirLogs() {
    LocalCloud first = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Hello:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.11, Handler: app.handler, CodeUri: src/}
        """,
        "src/app.py", "def handler(event, context):\n    print('hello from', event['n'])\n    return event['n']\n"));
    String id = first.lambda().invoke(b -> b.functionName("Hello").payload(SdkBytes.fromUtf8String("{\"n\": 5}")))
        .responseMetadata().requestId();
    first.emulator().recorder().flush();
    try (LocalCloud second = first.restart(c -> c)) {
      InvocationRecord record = second.emulator().recorder().find(id).orElseThrow();
      assertEquals(List.of("Hello", OutcomeKind.SUCCESS, "5", "{\"n\": 5}"),
          List.of(record.function(), record.outcome(), new String(record.response()), new String(record.request())));
      assertTrue(record.coldStart());
      assertTrue(record.initStart() > 0 && record.initEnd() >= record.initStart() && record.invokeStart() >= record.initEnd()
          && record.invokeEnd() >= record.invokeStart(), "phases are in order");
      List<String> lines = second.emulator().recorder().logs(id).stream().map(LogLine::text).toList();
      assertTrue(lines.contains("hello from 5"), lines.toString());
      assertTrue(lines.get(0).startsWith("INIT_START Runtime Version: python:3.11"), lines.toString());
      assertEquals(1, second.emulator().recorder().recent(Optional.of("Hello"), 10).size());
    }
  }
}
