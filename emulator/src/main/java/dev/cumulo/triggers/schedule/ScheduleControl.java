package dev.cumulo.triggers.schedule;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import java.util.NoSuchElementException;

/**
 * The control paths of schedules: {@code GET /_cumulo/schedules} lists them with their next fire times, and
 * {@code POST /_cumulo/schedules/{function}/{event}/fire} delivers one's event now.
 */
public final class ScheduleControl implements HttpHandler {
  public static final String SEGMENT = "schedules";
  private static final String PREFIX = "/_cumulo/" + SEGMENT;

  private final Schedules schedules;

  public ScheduleControl(Schedules schedules) {
    this.schedules = schedules;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) {
    request.body().release();
    String rest = request.path().substring(PREFIX.length());
    if (rest.isEmpty() || rest.equals("/")) {
      exchange.respond(request.method().equals("GET") ? HttpResponse.json(200, Json.write(list()))
          : notAllowed("GET"));
      return;
    }
    String[] parts = rest.substring(1).split("/");
    if (parts.length != 3 || !parts[2].equals("fire")) {
      exchange.respond(HttpResponse.json(404,
          Json.write(Json.object().put("message", "No schedule operation at " + request.path()))));
      return;
    }
    if (!request.method().equals("POST")) {
      exchange.respond(notAllowed("POST"));
      return;
    }
    try {
      String requestId = schedules.fire(parts[0], parts[1]);
      exchange.respond(HttpResponse.json(202, Json.write(Json.object()
          .put("function", parts[0]).put("event", parts[1]).put("requestId", requestId))));
    } catch (NoSuchElementException e) {
      exchange.respond(HttpResponse.json(404, Json.write(Json.object().put("message", e.getMessage()))));
    } catch (IllegalStateException e) {
      exchange.respond(HttpResponse.json(409, Json.write(Json.object().put("message", e.getMessage()))));
    }
  }

  private ObjectNode list() {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Schedules.Status status : schedules.list()) {
      Schedule s = status.schedule();
      ObjectNode item = list.addObject();
      item.put("function", s.function());
      item.put("event", s.eventName());
      item.put("type", s.kind() == Schedule.Kind.RULE ? "Schedule" : "ScheduleV2");
      item.put("expression", s.expression().text());
      item.put("arn", s.arn());
      item.put("enabled", s.enabled());
      if (status.nextFire().isPresent()) {
        item.put("nextFire", status.nextFire().get().toString());
      } else {
        item.putNull("nextFire");
      }
      s.input().ifPresentOrElse(input -> item.put("input", input), () -> item.putNull("input"));
    }
    ObjectNode body = Json.object();
    body.set("schedules", list);
    return body;
  }

  private static HttpResponse notAllowed(String allowed) {
    return HttpResponse.json(405, Json.write(Json.object().put("message", "Use " + allowed + " here")))
        .header("Allow", allowed);
  }
}
