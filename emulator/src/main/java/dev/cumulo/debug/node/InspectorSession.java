package dev.cumulo.debug.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.code.Session;
import dev.cumulo.debug.code.SessionEvents;
import dev.cumulo.debug.code.Stop;
import dev.cumulo.debug.model.SourceLocation;
import dev.cumulo.debug.model.StackFrame;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.debug.model.Watch;
import dev.cumulo.json.Json;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Node.js instance under the inspector. The process starts stopped ({@code --inspect-brk}); the session sets the
 * breakpoints, lets it run and passes over that first stop. Cumulo's runtime client and Node's internals are
 * blackboxed, so steps stay in the function's code. Stops in generated JavaScript that has a source map are shown at
 * the original (TypeScript) line.
 */
final class InspectorSession implements Session {
  private static final Logger LOG = Logger.getLogger(InspectorSession.class.getName());
  private static final List<String> FLATTENED_SCOPES = List.of("local", "block", "catch");
  private static final List<String> GROUPED_SCOPES = List.of("closure", "module", "script", "with", "eval");

  private final Cdp cdp;
  private final List<SourceMap> maps;
  private final SessionEvents events;
  private final RemoteValues values = new RemoteValues();
  private final Map<String, String> scriptUrls = new ConcurrentHashMap<>();
  private final Map<String, String> cdpToCumulo = new ConcurrentHashMap<>();
  private volatile JsonNode callFrames = Json.MAPPER.createArrayNode();
  private volatile boolean started;

  private InspectorSession(Cdp cdp, List<SourceMap> maps, SessionEvents events) {
    this.cdp = cdp;
    this.maps = maps;
    this.events = events;
  }

  /** Wraps a connection whose events it has to receive; {@link #start} then lets the process run. */
  static InspectorSession over(CdpConnector connector, List<SourceMap> maps, SessionEvents events) throws java.io.IOException {
    InspectorSession[] self = new InspectorSession[1];
    Cdp cdp = connector.connect((method, params) -> self[0].event(method, params));
    self[0] = new InspectorSession(cdp, maps, events);
    cdp.closed().thenRun(events::ended);
    return self[0];
  }

  /** Opens the connection with a handler for its events. */
  interface CdpConnector {
    Cdp connect(java.util.function.BiConsumer<String, JsonNode> events) throws java.io.IOException;
  }

  void start(List<CodeBreakpoint> breakpoints) {
    cdp.call("Debugger.enable");
    ObjectNode blackbox = Json.object();
    blackbox.putArray("patterns").add("cumulo-runtime\\.mjs$").add("^node:");
    cdp.call("Debugger.setBlackboxPatterns", blackbox);
    breakpoints(breakpoints);
    cdp.call("Runtime.runIfWaitingForDebugger");
  }

  private void event(String method, JsonNode params) {
    switch (method) {
      case "Debugger.scriptParsed" -> scriptUrls.put(params.path("scriptId").asText(), params.path("url").asText());
      case "Debugger.paused" -> paused(params);
      case "Debugger.resumed" -> values.clear();
      default -> { }
    }
  }

  private void paused(JsonNode params) {
    if (!started) {
      started = true;
      cdp.send("Debugger.resume", Json.object());
      return;
    }
    callFrames = params.path("callFrames");
    List<String> hit = new ArrayList<>();
    params.path("hitBreakpoints").forEach(id -> Optional.ofNullable(cdpToCumulo.get(id.asText())).ifPresent(hit::add));
    List<StackFrame> frames = new ArrayList<>();
    for (JsonNode frame : callFrames) {
      String name = frame.path("functionName").asText();
      frames.add(new StackFrame(frames.size(), name.isEmpty() ? "(anonymous)" : name, location(frame.path("location"))));
    }
    if (frames.isEmpty()) {
      cdp.send("Debugger.resume", Json.object());
      return;
    }
    boolean atBreakpoint = params.path("hitBreakpoints").size() > 0;
    events.paused(new Stop(atBreakpoint ? Stop.BREAKPOINT : Stop.STEP, hit, frames));
  }

  private SourceLocation location(JsonNode location) {
    String url = scriptUrls.getOrDefault(location.path("scriptId").asText(), "");
    int line = location.path("lineNumber").asInt();
    int column = location.path("columnNumber").asInt();
    Optional<Path> file = path(url);
    if (file.isPresent()) {
      for (SourceMap map : maps) {
        if (map.generated().equals(file.get())) {
          Optional<SourceMap.Position> original = map.original(line, column);
          if (original.isPresent()) {
            return new SourceLocation(original.get().file().toString(), original.get().line() + 1);
          }
        }
      }
      return new SourceLocation(file.get().toString(), line + 1);
    }
    return new SourceLocation(url, line + 1);
  }

  private static Optional<Path> path(String url) {
    try {
      if (url.startsWith("file:")) {
        return Optional.of(Path.of(URI.create(url)).normalize());
      }
      return url.startsWith("/") ? Optional.of(Path.of(url).normalize()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void breakpoints(List<CodeBreakpoint> breakpoints) {
    for (String cdpId : List.copyOf(cdpToCumulo.keySet())) {
      cdp.call("Debugger.removeBreakpoint", Json.object().put("breakpointId", cdpId));
      cdpToCumulo.remove(cdpId);
    }
    for (CodeBreakpoint breakpoint : breakpoints) {
      Optional<ObjectNode> params = NodeBreakpoints.parameters(breakpoint, maps);
      if (params.isEmpty()) {
        continue;
      }
      try {
        JsonNode result = cdp.call("Debugger.setBreakpointByUrl", params.get());
        cdpToCumulo.put(result.path("breakpointId").asText(), breakpoint.id());
      } catch (Cdp.InspectorException e) {
        LOG.log(Level.FINE, "Node refused breakpoint " + breakpoint.id(), e);
      }
    }
  }

  @Override
  public void resume() {
    cdp.call("Debugger.resume");
  }

  @Override
  public void step(StepKind kind) {
    cdp.call(switch (kind) {
      case OVER -> "Debugger.stepOver";
      case INTO -> "Debugger.stepInto";
      case OUT -> "Debugger.stepOut";
    });
  }

  @Override
  public List<Variable> variables(int frame) {
    JsonNode callFrame = callFrames.path(frame);
    List<Variable> out = new ArrayList<>();
    for (JsonNode scope : callFrame.path("scopeChain")) {
      String type = scope.path("type").asText();
      String objectId = scope.path("object").path("objectId").asText();
      if (FLATTENED_SCOPES.contains(type)) {
        out.addAll(properties(objectId));
      } else if (GROUPED_SCOPES.contains(type)) {
        out.add(new Variable(scope.has("name") ? type + " " + scope.get("name").asText() : type, "scope", "", values.refFor(objectId)));
      }
    }
    JsonNode self = callFrame.path("this");
    if (self.path("type").asText().equals("object") && !self.path("className").asText().equals("global")
        && !self.path("subtype").asText().equals("null")) {
      out.add(values.variable("this", self));
    }
    return out;
  }

  @Override
  public List<Variable> children(long ref) {
    return values.objectId(ref).map(this::properties).orElse(List.of());
  }

  private List<Variable> properties(String objectId) {
    JsonNode result = cdp.call("Runtime.getProperties",
        Json.object().put("objectId", objectId).put("ownProperties", true).put("generatePreview", true));
    List<Variable> out = new ArrayList<>();
    for (JsonNode property : result.path("result")) {
      String name = property.path("name").asText();
      if (name.equals("__proto__")) {
        continue;
      }
      out.add(property.has("value") ? values.variable(name, property.get("value"))
          : new Variable(name, "accessor", "(getter)", 0));
    }
    for (JsonNode internal : result.path("internalProperties")) {
      String name = internal.path("name").asText();
      if (!name.equals("[[Prototype]]") && internal.has("value")) {
        out.add(values.variable(name, internal.get("value")));
      }
    }
    return out;
  }

  @Override
  public Watch evaluate(String expression, int frame) {
    String callFrameId = callFrames.path(frame).path("callFrameId").asText();
    try {
      JsonNode result = cdp.call("Debugger.evaluateOnCallFrame", Json.object().put("callFrameId", callFrameId)
          .put("expression", expression).put("silent", true).put("throwOnSideEffect", true).put("generatePreview", true));
      if (result.has("exceptionDetails")) {
        JsonNode exception = result.get("exceptionDetails").path("exception");
        return new Watch(expression, Optional.empty(),
            Optional.of(exception.path("description").asText(result.get("exceptionDetails").path("text").asText())));
      }
      return new Watch(expression, Optional.of(values.variable(expression, result.path("result"))), Optional.empty());
    } catch (Cdp.InspectorException e) {
      return new Watch(expression, Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  @Override
  public void detach() {
    try {
      breakpoints(List.of());
      cdp.call("Debugger.resume");
    } catch (Cdp.InspectorException e) {
      LOG.log(Level.FINE, "The process was not paused", e);
    }
    try {
      cdp.call("Debugger.disable");
    } finally {
      cdp.close();
    }
  }
}
