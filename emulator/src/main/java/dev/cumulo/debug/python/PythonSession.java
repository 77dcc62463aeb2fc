package dev.cumulo.debug.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Python instance under Cumulo's bdb-based debugger. Conditions are Python expressions the client evaluates in the
 * frame; logpoints are written by the client to the function's output, so they land in the invocation's log.
 */
final class PythonSession implements Session {
  private static final Logger LOG = Logger.getLogger(PythonSession.class.getName());

  private final JsonLines channel;
  private final SessionEvents events;

  PythonSession(JsonLines channel, SessionEvents events) {
    this.channel = channel;
    this.events = events;
  }

  void start(List<CodeBreakpoint> breakpoints, String name) {
    channel.listen(name, this::event, events::ended);
    breakpoints(breakpoints);
    channel.send(Json.object().put("op", "go"));
  }

  private void event(JsonNode message) {
    if (!message.path("event").asText().equals("paused")) {
      return;
    }
    List<String> ids = new ArrayList<>();
    message.path("breakpoints").forEach(id -> ids.add(id.asText()));
    List<StackFrame> frames = new ArrayList<>();
    for (JsonNode frame : message.path("frames")) {
      frames.add(new StackFrame(frames.size(), frame.path("name").asText(),
          new SourceLocation(frame.path("file").asText(), frame.path("line").asInt())));
    }
    if (!frames.isEmpty()) {
      events.paused(new Stop(message.path("reason").asText(Stop.STEP), ids, frames));
    }
  }

  @Override
  public void breakpoints(List<CodeBreakpoint> breakpoints) {
    ObjectNode message = Json.object().put("op", "breakpoints");
    ArrayNode list = message.putArray("breakpoints");
    for (CodeBreakpoint b : breakpoints) {
      if (!b.file().toLowerCase(Locale.ROOT).endsWith(".py")) {
        continue;
      }
      ObjectNode item = list.addObject().put("id", b.id()).put("file", b.file()).put("line", b.line());
      b.condition().ifPresent(c -> item.put("condition", c));
      b.logMessage().ifPresent(m -> item.put("log", m));
    }
    channel.request(message);
  }

  @Override
  public void resume() {
    channel.send(Json.object().put("op", "continue"));
  }

  @Override
  public void step(StepKind kind) {
    channel.send(Json.object().put("op", "step").put("kind", kind.name().toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<Variable> variables(int frame) {
    return variables(channel.request(Json.object().put("op", "variables").put("frame", frame)).path("variables"));
  }

  @Override
  public List<Variable> children(long ref) {
    return variables(channel.request(Json.object().put("op", "children").put("ref", ref)).path("variables"));
  }

  private static List<Variable> variables(JsonNode list) {
    List<Variable> out = new ArrayList<>();
    list.forEach(v -> out.add(variable(v)));
    return out;
  }

  private static Variable variable(JsonNode v) {
    return new Variable(v.path("name").asText(), v.path("type").asText(), v.path("value").asText(), v.path("ref").asLong());
  }

  @Override
  public Watch evaluate(String expression, int frame) {
    try {
      JsonNode reply = channel.request(Json.object().put("op", "evaluate").put("frame", frame).put("expression", expression));
      return new Watch(expression, Optional.of(variable(reply.path("variable"))), Optional.empty());
    } catch (JsonLines.ChannelException e) {
      return new Watch(expression, Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  @Override
  public void detach() {
    try {
      breakpoints(List.of());
      resume();
    } catch (JsonLines.ChannelException e) {
      LOG.log(Level.FINE, "The Python process did not take the detach", e);
    } finally {
      channel.close();
    }
  }
}
