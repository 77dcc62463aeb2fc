package dev.cumulo.debug.java;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.connect.ListeningConnector;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.code.Attachment;
import dev.cumulo.debug.code.RuntimeDebugger;
import dev.cumulo.debug.code.Session;
import dev.cumulo.debug.code.SessionEvents;
import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.service.DebuggedInstance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Java functions under JDI (module jdk.jdi): Cumulo listens on a free 127.0.0.1 port and each instance's JVM starts
 * with {@code -agentlib:jdwp=transport=dt_socket,server=n,suspend=y,address=127.0.0.1:PORT}, so it connects to Cumulo
 * and waits until the breakpoints are set. The JVM itself listens on no port.
 */
public final class JavaDebugger implements RuntimeDebugger {
  private static final String ATTACH_TIMEOUT_MILLIS = "10000";

  @Override
  public String runtime() {
    return "java";
  }

  @Override
  public Attachment prepare(FunctionConfig config, LaunchSpec spec) throws IOException {
    ListeningConnector connector = Bootstrap.virtualMachineManager().listeningConnectors().stream()
        .filter(c -> c.name().equals("com.sun.jdi.SocketListen")).findFirst()
        .orElseThrow(() -> new IOException("This JDK has no JDI socket connector"));
    Map<String, Connector.Argument> arguments = connector.defaultArguments();
    arguments.get("localAddress").setValue("127.0.0.1");
    arguments.get("port").setValue("0");
    arguments.get("timeout").setValue(ATTACH_TIMEOUT_MILLIS);
    String address;
    try {
      address = connector.startListening(arguments);
    } catch (IllegalConnectorArgumentsException e) {
      throw new IOException("Cannot listen for the JVM of " + config.name(), e);
    }
    String port = address.substring(address.lastIndexOf(':') + 1);
    LaunchSpec debugged = spec.withProgramOptions(
        List.of("-agentlib:jdwp=transport=dt_socket,server=n,suspend=y,address=127.0.0.1:" + port));
    Path code = config.code().orElse(spec.directory());
    return new Attachment() {
      @Override
      public LaunchSpec spec() {
        return debugged;
      }

      @Override
      public Session attach(DebuggedInstance instance, List<CodeBreakpoint> breakpoints, SessionEvents events) throws IOException {
        try {
          VirtualMachine vm = connector.accept(arguments);
          JdiSession session = new JdiSession(vm, code, events);
          session.start(breakpoints, "cumulo-jdi-" + instance.functionName());
          return session;
        } catch (IllegalConnectorArgumentsException e) {
          throw new IOException("Cannot accept the JVM of " + instance.instanceId(), e);
        } finally {
          abandon();
        }
      }

      @Override
      public void abandon() {
        try {
          connector.stopListening(arguments);
        } catch (IOException | IllegalConnectorArgumentsException | IllegalArgumentException e) {
          // not listening any more
        }
      }
    };
  }
}
