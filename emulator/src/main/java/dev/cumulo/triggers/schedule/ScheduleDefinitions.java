package dev.cumulo.triggers.schedule;

import dev.cumulo.json.Json;
import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.triggers.EventProperties;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the schedules of a project from its functions' {@code Schedule} and {@code ScheduleV2} events, rejecting an
 * expression, a time zone or an Input EventBridge would reject, with a template error naming the event.
 */
public final class ScheduleDefinitions {
  private ScheduleDefinitions() {}

  public static List<Schedule> of(Project project, String region, String account) {
    List<Schedule> schedules = new ArrayList<>();
    for (FunctionSpec function : project.functions()) {
      for (EventSource event : function.events()) {
        if (event instanceof EventSource.Schedule schedule) {
          schedules.add(read(project, function, schedule, EventProperties.of(function, event), region, account));
        }
      }
    }
    return schedules;
  }

  private static Schedule read(Project project, FunctionSpec function, EventSource.Schedule event,
      EventProperties props, String region, String account) {
    boolean scheduler = props.type().equals("ScheduleV2");
    ZoneId zone = scheduler ? zone(props) : ZoneOffset.UTC;
    ScheduleExpression expression;
    try {
      expression = ScheduleExpression.parse(event.expression(), zone, scheduler);
    } catch (IllegalArgumentException e) {
      throw props.error(e.getMessage());
    }
    event.input().flatMap(input -> Json.problem(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .ifPresent(problem -> {
          throw props.error("Input must be valid JSON: " + problem);
        });
    String defaultName = project.stackName() + "-" + function.logicalId() + event.name();
    String arn = scheduler
        ? "arn:aws:scheduler:" + region + ":" + account + ":schedule/"
            + props.string("GroupName").orElse("default") + "/" + props.string("Name").orElse(defaultName)
        : "arn:aws:events:" + region + ":" + account + ":rule/" + props.string("Name").orElse(defaultName);
    return new Schedule(function.functionName(), event.name(), scheduler ? Schedule.Kind.SCHEDULER : Schedule.Kind.RULE,
        expression, arn, event.input(), event.enabled());
  }

  private static ZoneId zone(EventProperties props) {
    Optional<String> name = props.string("ScheduleExpressionTimezone");
    try {
      return name.map(ZoneId::of).orElse(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw props.error("ScheduleExpressionTimezone " + name.get() + " is not a time zone");
    }
  }
}
