package dev.cumulo.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code Events} of a serverless function into {@link EventSource}s. */
final class EventSources {
  private EventSources() {}

  static List<EventSource> read(Node functionNode, Intrinsics intrinsics) {
    Optional<Node> events =
        TemplateYaml.child(functionNode, "Properties").flatMap(p -> TemplateYaml.child(p, "Events"));
    if (events.isEmpty()) {
      return List.of();
    }
    if (!(events.get() instanceof MappingNode mapping)) {
      throw intrinsics.error(events.get(), "Events must be a mapping of event names to events");
    }
    List<EventSource> out = new ArrayList<>();
    TemplateYaml.entries(mapping).forEach((name, node) -> out.add(one(name, node, intrinsics)));
    return out;
  }

  private static EventSource one(String name, Node node, Intrinsics intrinsics) {
    if (!(intrinsics.resolve(node) instanceof Map<?, ?> event)) {
      throw intrinsics.error(node, "event " + name + " must be a mapping with Type and Properties");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    event.forEach((k, v) -> map.put(String.valueOf(k), v));
    Values values = new Values(map, intrinsics, node);
    String type = values.string("Type").orElseThrow(() -> values.error("event " + name + " has no Type"));
    Values p = values.child("Properties");
    Location at = intrinsics.location(node);
    return switch (type) {
      case "Api" -> new EventSource.Api(name, required(p, "Path", name), required(p, "Method", name).toUpperCase(), at);
      case "HttpApi" ->
          new EventSource.HttpApi(
              name,
              p.string("Path").orElse("$default"),
              p.string("Method").map(String::toUpperCase).orElse("ANY"),
              p.string("PayloadFormatVersion").orElse("2.0"),
              at);
      case "S3" -> s3(name, p, at);
      case "SQS" ->
          new EventSource.Sqs(
              name,
              required(p, "Queue", name),
              p.integer("BatchSize").orElse(10),
              p.integer("MaximumBatchingWindowInSeconds").orElse(0),
              p.bool("Enabled").orElse(true),
              p.strings("FunctionResponseTypes").contains("ReportBatchItemFailures"),
              p.child("ScalingConfig").integer("MaximumConcurrency"),
              at);
      case "Schedule" ->
          new EventSource.Schedule(
              name, required(p, "Schedule", name), p.string("Input"), scheduleEnabled(p), at);
      case "ScheduleV2" ->
          new EventSource.Schedule(
              name, required(p, "ScheduleExpression", name), p.string("Input"), scheduleEnabled(p), at);
      default -> new EventSource.Other(name, type, p.raw(), at);
    };
  }

  private static boolean scheduleEnabled(Values p) {
    return p.bool("Enabled").orElse(true) && !"DISABLED".equals(p.string("State").orElse("ENABLED"));
  }

  private static EventSource s3(String name, Values p, Location at) {
    Map<String, String> rules = new LinkedHashMap<>();
    Object ruleList = p.child("Filter").child("S3Key").raw().get("Rules");
    if (ruleList instanceof List<?> list) {
      for (Object rule : list) {
        if (rule instanceof Map<?, ?> r && r.get("Name") != null) {
          rules.put(String.valueOf(r.get("Name")).toLowerCase(), String.valueOf(r.get("Value")));
        }
      }
    }
    List<String> events = p.strings("Events");
    if (events.isEmpty()) {
      throw p.error("event " + name + " (S3) needs Events, such as s3:ObjectCreated:*");
    }
    return new EventSource.S3(name, required(p, "Bucket", name), events, rules, at);
  }

  private static String required(Values p, String key, String event) {
    return p.string(key).orElseThrow(() -> p.error("event " + event + " needs the property " + key));
  }
}
