package dev.cumulo.triggers.schedule;

import java.util.Optional;

/**
 * One schedule of a function: its {@code Schedule} (an EventBridge rule) or {@code ScheduleV2} (an EventBridge
 * Scheduler schedule) event.
 *
 * @param arn the rule's or the schedule's ARN
 * @param input the event's {@code Input} (JSON), delivered instead of the default event when given
 */
public record Schedule(
    String function,
    String eventName,
    Kind kind,
    ScheduleExpression expression,
    String arn,
    Optional<String> input,
    boolean enabled) {

  /** Who runs the schedule, which decides the default event. */
  public enum Kind {
    /** {@code Type: Schedule}: an EventBridge rule; delivers the "Scheduled Event" JSON. */
    RULE,
    /** {@code Type: ScheduleV2}: EventBridge Scheduler; delivers its Input, or {@code {}}. */
    SCHEDULER
  }
}
