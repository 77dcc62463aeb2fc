package dev.cumulo.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.debug.code.Attachment;
import dev.cumulo.debug.java.JavaDebugger;
import dev.cumulo.debug.node.NodeDebugger;
import dev.cumulo.debug.python.PythonDebugger;
import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.model.ImageSettings;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Debugged instances start with debug ports on 127.0.0.1 only, and Cumulo's own debug listeners are loopback ones. */
class DebugLaunchTest {
  private static final LaunchSpec SPEC = new LaunchSpec(List.of("/usr/bin/runtime", "client"), Map.of("A", "1"), Path.of("/task"));
  private static final FunctionConfig CONFIG = new FunctionConfig("F", "F", "arn:aws:lambda:us-east-1:0:function:F",
      "nodejs20.x", "h.handler", Optional.empty(), Optional.empty(), 128, 3, Map.of(), "x86_64", 10, 512, "", "Zip",
      ImageSettings.NONE);

  @Test
  void nodeListensForTheInspectorOnLoopbackOnly() throws Exception {
    Attachment attachment = new NodeDebugger().prepare(CONFIG, SPEC);
    List<String> command = attachment.spec().command();
    assertEquals(List.of("/usr/bin/runtime", "client"), List.of(command.get(0), command.get(2)));
    assertTrue(command.get(1).matches("--inspect-brk=127\\.0\\.0\\.1:\\d+"), command.get(1));
  }

  @Test
  void javaConnectsOutToCumuloOnLoopbackAndListensOnNoPort() throws Exception {
    Attachment attachment = new JavaDebugger().prepare(CONFIG, SPEC);
    try {
      String agent = attachment.spec().command().get(1);
      assertTrue(agent.matches("-agentlib:jdwp=transport=dt_socket,server=n,suspend=y,address=127\\.0\\.0\\.1:\\d+"), agent);
      int port = Integer.parseInt(agent.substring(agent.lastIndexOf(':') + 1));
      try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
        assertTrue(loopback.isConnected());
      }
    } finally {
      attachment.abandon();
    }
  }

  @Test
  void pythonConnectsToACumuloPortOnLoopbackWithAToken() throws Exception {
    Attachment attachment = new PythonDebugger().prepare(CONFIG, SPEC);
    try {
      Map<String, String> env = attachment.spec().environment();
      assertTrue(env.get("CUMULO_DEBUG_TOKEN").matches("[0-9a-f]{32}"), env.toString());
      assertEquals("1", env.get("A"));
      try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(env.get("CUMULO_DEBUG_PORT")))) {
        assertTrue(loopback.isConnected());
      }
    } finally {
      attachment.abandon();
    }
  }
}
