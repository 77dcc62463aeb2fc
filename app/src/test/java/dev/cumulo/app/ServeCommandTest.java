package dev.cumulo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cumulo serve} as a user runs it: a separate process, ready when it says so, gone without a trace on SIGTERM. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void serveSaysReadyServesInvocationsAndStopsEveryProcessOnSigterm() throws Exception {
    Files.writeString(dir.resolve("template.yaml"),
        "Resources:\n  Spawner:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Runtime: nodejs20.x\n      Handler: app.handler\n      CodeUri: src/\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/app.js"),
        "const { spawn } = require('child_process');\n"
            + "exports.handler = async () => ({ runtime: process.pid, child: spawn('sleep', ['300']).pid });\n");
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", dir.resolve("template.yaml").toString(),
        "--edge-port", "0", "--api-port", "0").redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    String edge = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher m = Pattern.compile("Edge .*: (http://127\\.0\\.0\\.1:\\d+)").matcher(line);
        if (m.find()) {
          edge = m.group(1);
        }
        if (line.contains("ready")) {
          break;
        }
      }
      assertTrue(edge != null, "serve printed its endpoint: " + output);
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(edge + "/2015-03-31/functions/Spawner/invocations"))
              .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      long runtime = Long.parseLong(response.body().replaceAll(".*\"runtime\":(\\d+).*", "$1"));
      long child = Long.parseLong(response.body().replaceAll(".*\"child\":(\\d+).*", "$1"));
      assertTrue(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "the function's child runs");

      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
      assertFalse(ProcessHandle.of(runtime).map(ProcessHandle::isAlive).orElse(false), "the runtime process is gone");
      assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "its child process is gone");
    } finally {
      serve.destroyForcibly();
    }
  }
}
