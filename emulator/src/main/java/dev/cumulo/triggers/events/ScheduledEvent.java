package dev.cumulo.triggers.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The event an EventBridge rule with a schedule sends when it has no Input of its own: detail-type "Scheduled
 * Event" from source "aws.events", naming the rule that fired and the time it was due.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html">Using Lambda with
 *     EventBridge</a>
 */
public final class ScheduledEvent {
  private ScheduledEvent() {}

  public static ObjectNode build(String account, String region, String ruleArn, Instant time) {
    ObjectNode event = Json.object();
    event.put("version", "0");
    event.put("id", UUID.randomUUID().toString());
    event.put("detail-type", "Scheduled Event");
    event.put("source", "aws.events");
    event.put("account", account);
    event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", region);
    event.putArray("resources").add(ruleArn);
    event.putObject("detail");
    return event;
  }
}
