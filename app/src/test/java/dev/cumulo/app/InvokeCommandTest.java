package dev.cumulo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvokeCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void invokeRunsTheTemplatesFunctionInProcessAndPrintsResponseAndLog() throws Exception {
    Files.writeString(dir.resolve("template.yaml"),
        "Resources:\n  Add:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Runtime: python3.11\n      Handler: app.handler\n      CodeUri: .\n");
    Files.writeString(dir.resolve("app.py"), "def handler(event, context):\n    print('adding')\n    return event['a'] + event['b']\n");
    Files.writeString(dir.resolve("event.json"), "{\"a\": 2, \"b\": 3}");
    int code = run("invoke", "Add", "--template", dir.resolve("template.yaml").toString(), "--event", dir.resolve("event.json").toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertEquals("5", out.toString(StandardCharsets.UTF_8).trim());
    String log = err.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("adding") && log.contains("REPORT RequestId:"), log);
  }

  @Test
  void aMissingEventFileIsAUsageError() throws Exception {
    int code = run("invoke", "Add", "--event", dir.resolve("nope.json").toString(), "--endpoint", "http://127.0.0.1:1");
    assertEquals(2, code);
    assertEquals("cumulo: no event file at " + dir.resolve("nope.json"), err.toString(StandardCharsets.UTF_8).trim());
  }

  @Test
  void anUnknownCommandIsAUsageError() throws Exception {
    assertEquals(2, run("deploy"));
    assertEquals("cumulo: unknown command 'deploy'; see cumulo --help", err.toString(StandardCharsets.UTF_8).trim());
  }
}
