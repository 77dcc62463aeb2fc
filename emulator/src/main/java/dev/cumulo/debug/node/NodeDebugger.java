package dev.cumulo.debug.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.code.Attachment;
import dev.cumulo.debug.code.RuntimeDebugger;
import dev.cumulo.debug.code.Session;
import dev.cumulo.debug.code.SessionEvents;
import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.service.DebuggedInstance;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Node.js functions under the inspector: each instance starts with {@code --inspect-brk=127.0.0.1:PORT} on a free
 * loopback port Cumulo picked, and Cumulo connects to it over the Chrome DevTools Protocol.
 */
public final class NodeDebugger implements RuntimeDebugger {
  private static final Duration ATTACH_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2))
      .build();
  private final SourceMaps sourceMaps = new SourceMaps();

  @Override
  public String runtime() {
    return "nodejs";
  }

  @Override
  public Attachment prepare(FunctionConfig config, LaunchSpec spec) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    LaunchSpec debugged = spec.withProgramOptions(List.of("--inspect-brk=127.0.0.1:" + port));
    return new Attachment() {
      @Override
      public LaunchSpec spec() {
        return debugged;
      }

      @Override
      public Session attach(DebuggedInstance instance, List<CodeBreakpoint> breakpoints, SessionEvents events) throws IOException {
        URI webSocket = webSocketUrl(port, instance);
        InspectorSession session = InspectorSession.over(handler -> Cdp.connect(http, webSocket, handler),
            sourceMaps.under(spec.directory()), events);
        session.start(breakpoints);
        return session;
      }

      @Override
      public void abandon() {
        // nothing was opened: Node owns the port
      }
    };
  }

  /** Asks the inspector's HTTP endpoint for its WebSocket address, waiting until Node has opened it. */
  private URI webSocketUrl(int port, DebuggedInstance instance) throws IOException {
    URI list = URI.create("http://127.0.0.1:" + port + "/json/list");
    long deadline = System.nanoTime() + ATTACH_TIMEOUT.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline && !instance.processExit().isDone()) {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(list).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        JsonNode targets = Json.MAPPER.readTree(response.body());
        if (targets.isArray() && targets.size() > 0 && targets.get(0).has("webSocketDebuggerUrl")) {
          return URI.create(targets.get(0).get("webSocketDebuggerUrl").asText());
        }
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted waiting for the Node.js inspector", e);
      }
      pause();
    }
    throw new IOException("The Node.js inspector on 127.0.0.1:" + port + " did not answer", last);
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted waiting for the Node.js inspector", e);
    }
  }
}
