package dev.cumulo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private void project() throws Exception {
    Files.writeString(dir.resolve("template.yaml"),
        "Resources:\n  Sum:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Runtime: python3.11\n      Handler: app.handler\n      CodeUri: .\n");
    Files.writeString(dir.resolve("app.py"), "def handler(event, context):\n    return sum(range(event['n']))\n");
    Files.writeString(dir.resolve("event.json"), "{\"n\": 1000}");
  }

  @Test
  void costSweepRunsTheTemplatesFunctionInProcessAndPrintsTheSweepJson() throws Exception {
    project();
    int code = run("cost", dir.resolve("template.yaml").toString(), "--sweep", "Sum", "--event",
        dir.resolve("event.json").toString(), "--sizes", "256,1769", "--repetitions", "2", "--json");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    JsonNode sweep = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(256, 1769), List.of(sweep.get("measured").get(0).get("memoryMb").asInt(),
        sweep.get("measured").get(1).get("memoryMb").asInt()));
    assertEquals(1, sweep.get("measured").get(1).get("warmDurationsMs").size());
    assertTrue(sweep.get("cpuLimit").get("statement").asText().startsWith("CPU "), sweep.toString());
  }

  @Test
  void costSweepPrintsATableWithTheCheapestAndTheFastestMarked() throws Exception {
    project();
    int code = run("cost", dir.resolve("template.yaml").toString(), "--sweep", "Sum", "--event",
        dir.resolve("event.json").toString(), "--sizes", "1024", "--repetitions", "2");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.startsWith("Memory sweep of Sum (x86_64), 2 runs per size, the first one cold."), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("   1024 MB")), table);
    assertEquals(1, table.lines().filter(l -> l.matches("\\s+\\d+ MB .*cheapest( fastest)?")).count(), table);
    assertEquals(1, table.lines().filter(l -> l.matches("\\s+\\d+ MB .*fastest")).count(), table);
  }

  @Test
  void costSweepWithSizesOutsideLambdasRangeIsAUsageError() throws Exception {
    project();
    int code = run("cost", dir.resolve("template.yaml").toString(), "--sweep", "Sum", "--sizes", "100");
    assertEquals(2, code);
    assertEquals("cumulo cost: each size must be 128 to 10240 MB (Lambda's MemorySize range), got 100",
        err.toString(StandardCharsets.UTF_8).trim());
  }
}
