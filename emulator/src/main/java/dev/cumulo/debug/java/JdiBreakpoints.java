package dev.cumulo.debug.java;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VM's breakpoint requests for Cumulo's code breakpoints on .java files: a class-prepare request per file (its
 * package's class-name pattern) so classes that load later get theirs, and breakpoint requests in the classes loaded
 * already. Guarded by this object's lock: the event loop installs while a command may replace.
 */
final class JdiBreakpoints {
  private static final String ID = "cumulo.breakpoint";

  private final VirtualMachine vm;
  private final JavaSources sources;
  private final Map<String, CodeBreakpoint> byId = new ConcurrentHashMap<>();
  private final Set<String> installed = new HashSet<>();
  private List<CodeBreakpoint> current = List.of();

  JdiBreakpoints(VirtualMachine vm, JavaSources sources) {
    this.vm = vm;
    this.sources = sources;
  }

  synchronized void replace(List<CodeBreakpoint> breakpoints) {
    EventRequestManager requests = vm.eventRequestManager();
    requests.deleteEventRequests(requests.breakpointRequests());
    requests.deleteEventRequests(requests.classPrepareRequests());
    installed.clear();
    byId.clear();
    current = breakpoints.stream().filter(b -> b.file().toLowerCase(Locale.ROOT).endsWith(".java")).toList();
    current.forEach(b -> byId.put(b.id(), b));
    Set<String> patterns = new HashSet<>();
    current.forEach(b -> patterns.add(JavaSources.classPattern(Path.of(b.file()))));
    for (String pattern : patterns) {
      ClassPrepareRequest prepare = requests.createClassPrepareRequest();
      prepare.addClassFilter(pattern);
      prepare.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
      prepare.enable();
    }
    if (!current.isEmpty()) {
      for (ReferenceType type : vm.allClasses()) {
        if (patterns.stream().anyMatch(p -> type.name().startsWith(p.substring(0, p.length() - 1)))) {
          install(type);
        }
      }
    }
  }

  /** Adds the breakpoint requests of {@code type}'s lines that have breakpoints. */
  synchronized void install(ReferenceType type) {
    for (CodeBreakpoint breakpoint : current) {
      if (!sources.compiledFrom(type, Path.of(breakpoint.file()))) {
        continue;
      }
      try {
        List<Location> locations = type.locationsOfLine(breakpoint.line());
        if (locations.isEmpty() || !installed.add(type.name() + ":" + breakpoint.id())) {
          continue;
        }
        BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(locations.get(0));
        request.putProperty(ID, breakpoint.id());
        request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        request.enable();
      } catch (AbsentInformationException e) {
        // compiled without line numbers: no breakpoint can go there
      }
    }
  }

  Optional<CodeBreakpoint> of(EventRequest request) {
    return Optional.ofNullable((String) request.getProperty(ID)).map(byId::get);
  }
}
