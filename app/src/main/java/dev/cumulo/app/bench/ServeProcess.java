package dev.cumulo.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code cumulo serve} in a JVM of its own, as a user runs it, so a benchmark's clients do not share its process (a peer
 * such as serverless-offline does not share the benchmark's either).
 */
final class ServeProcess implements AutoCloseable {
  private static final String EDGE_LINE = "  Edge (Lambda, S3, SQS, control API): ";

  private final Process process;
  private final URI edge;

  private ServeProcess(Process process, URI edge) {
    this.process = process;
    this.edge = edge;
  }

  static ServeProcess start(Path template, Path dataDir, int maxInstances) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.cumulo.app.Main", "serve", template.toString(), "--edge-port", "0", "--api-port", "0",
        "--data-dir", dataDir.toString(), "--max-instances", String.valueOf(maxInstances)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    URI edge = null;
    String line;
    while ((line = output.readLine()) != null && !line.equals("Cumulo is ready")) {
      if (line.startsWith(EDGE_LINE)) {
        edge = URI.create(line.substring(EDGE_LINE.length()).trim());
      }
    }
    if (edge == null || line == null) {
      process.destroyForcibly();
      throw new IOException("cumulo serve did not start: " + (line == null ? "it exited" : "no edge address"));
    }
    Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "serve-output");
    drain.setDaemon(true);
    drain.start();
    return new ServeProcess(process, edge);
  }

  URI edge() {
    return edge;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
