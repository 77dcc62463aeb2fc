package dev.cumulo.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The project {@code cumulo bench debug} measures: per runtime, a function that notes the wall-clock time (epoch
 * milliseconds, fractional) in a variable {@code hitAt} and returns it on the next line, where the benchmark sets its
 * breakpoint, and a plain twin of it (same code, never debugged). The Java one is compiled here with the JDK's
 * compiler, when there is one.
 */
final class DebugBenchProject {
  /** A function of the project, its never-debugged twin, the source file its breakpoint goes in and the line. */
  record Function(String name, String twin, String file, int line) {}

  private static final Map<String, String> SOURCES = Map.of(
      "node/hit.js",
      """
      exports.handler = async () => {
        const hitAt = performance.timeOrigin + performance.now();
        return { hitAt };
      };
      """,
      "python/hit.py",
      """
      import time
      def handler(event, context):
          hitAt = time.time() * 1000
          return {"hitAt": hitAt}
      """,
      "java/src/main/java/bench/Hit.java",
      """
      package bench;
      import java.time.Instant;
      import java.util.Map;
      public class Hit {
        public Map<String, Object> handle(Map<String, Object> event) {
          Instant now = Instant.now(); double hitAt = now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
          return Map.of("hitAt", hitAt);
        }
      }
      """);

  private DebugBenchProject() {}

  /** Writes the project into {@code dir} and returns its functions (without Java when no compiler is at hand). */
  static List<Function> write(Path dir) throws IOException {
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Path file = dir.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    List<Function> functions = new ArrayList<>(List.of(new Function("NodeHit", "NodePlain", "node/hit.js", 3),
        new Function("PythonHit", "PythonPlain", "python/hit.py", 4)));
    StringBuilder template = new StringBuilder("Resources:\n");
    for (String name : List.of("NodeHit", "NodePlain")) {
      template.append(function(name, "{Runtime: nodejs20.x, Handler: hit.handler, CodeUri: node/, Timeout: 30}"));
    }
    for (String name : List.of("PythonHit", "PythonPlain")) {
      template.append(function(name, "{Runtime: python3.11, Handler: hit.handler, CodeUri: python/, Timeout: 30}"));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(dir.resolve("java/target/classes"));
    if (javac != null && javac.run(null, null, null, "-g", "-d", classes.toString(),
        dir.resolve("java/src/main/java/bench/Hit.java").toString()) == 0) {
      functions.add(new Function("JavaHit", "JavaPlain", "java/src/main/java/bench/Hit.java", 7));
      for (String name : List.of("JavaHit", "JavaPlain")) {
        template.append(function(name, "{Runtime: java17, Handler: bench.Hit::handle, CodeUri: java/, MemorySize: 512, Timeout: 30}"));
      }
    }
    Files.writeString(dir.resolve("template.yaml"), template.toString());
    return functions;
  }

  private static String function(String name, String properties) {
    return "  " + name + ":\n    Type: AWS::Serverless::Function\n    Properties: " + properties + "\n";
  }
}
