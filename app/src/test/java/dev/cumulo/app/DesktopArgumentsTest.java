package dev.cumulo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line reaches the desktop app: a template argument or {@code open}, checked before a window opens. */
class DesktopArgumentsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aTemplateThatIsNotThereIsAUsageErrorNotAWindow() throws Exception {
    Path missing = dir.resolve("nowhere/template.yaml");

    assertEquals(2, run(missing.toString()));
    assertEquals("cumulo: no template at " + missing.toAbsolutePath() + "\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void openTakesOneTemplate() throws Exception {
    assertEquals(2, run("open", "a.yaml", "b.yaml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("cumulo: open takes one template"));
  }

  @Test
  void helpNamesTheDesktopAndItsBenchmark() throws Exception {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("cumulo [open] template.yaml") && help.contains("cumulo bench ui"), help);
  }
}
