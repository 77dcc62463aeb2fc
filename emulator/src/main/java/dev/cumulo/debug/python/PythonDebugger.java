package dev.cumulo.debug.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.code.Attachment;
import dev.cumulo.debug.code.RuntimeDebugger;
import dev.cumulo.debug.code.Session;
import dev.cumulo.debug.code.SessionEvents;
import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.service.DebuggedInstance;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Python functions under Cumulo's bdb-based debugger: Cumulo listens on a free 127.0.0.1 port and the instance's
 * runtime client connects to it ({@code CUMULO_DEBUG_PORT}), proving itself with a one-time token
 * ({@code CUMULO_DEBUG_TOKEN}) so no other local process can take its place.
 */
public final class PythonDebugger implements RuntimeDebugger {
  private static final Duration ATTACH_TIMEOUT = Duration.ofSeconds(10);
  private static final int POLL_MILLIS = 200;
  private final SecureRandom random = new SecureRandom();

  @Override
  public String runtime() {
    return "python";
  }

  @Override
  public Attachment prepare(FunctionConfig config, LaunchSpec spec) throws IOException {
    ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    byte[] secret = new byte[16];
    random.nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    LaunchSpec debugged = spec.withEnvironment(
        Map.of("CUMULO_DEBUG_PORT", Integer.toString(server.getLocalPort()), "CUMULO_DEBUG_TOKEN", token));
    return new Attachment() {
      @Override
      public LaunchSpec spec() {
        return debugged;
      }

      @Override
      public Session attach(DebuggedInstance instance, List<CodeBreakpoint> breakpoints, SessionEvents events) throws IOException {
        try (server) {
          JsonLines channel = new JsonLines(accept(server, instance));
          Optional<JsonNode> hello = channel.read();
          if (hello.isEmpty() || !hello.get().path("token").asText().equals(token)) {
            channel.close();
            throw new IOException("The process on the Python debug port did not give the instance's token");
          }
          PythonSession session = new PythonSession(channel, events);
          session.start(breakpoints, "cumulo-debug-" + instance.functionName());
          return session;
        }
      }

      @Override
      public void abandon() {
        try {
          server.close();
        } catch (IOException ignored) {
          // nothing more to release
        }
      }
    };
  }

  private static Socket accept(ServerSocket server, DebuggedInstance instance) throws IOException {
    server.setSoTimeout(POLL_MILLIS);
    long deadline = System.nanoTime() + ATTACH_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && !instance.processExit().isDone()) {
      try {
        Socket socket = server.accept();
        socket.setSoTimeout((int) ATTACH_TIMEOUT.toMillis());
        return socket;
      } catch (SocketTimeoutException e) {
        // look again whether the process is still there
      }
    }
    throw new IOException("The Python runtime of " + instance.instanceId() + " did not connect to the debugger");
  }
}
