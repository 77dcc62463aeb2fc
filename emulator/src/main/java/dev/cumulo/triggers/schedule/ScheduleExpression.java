package dev.cumulo.triggers.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression: {@code rate(5 minutes)}, {@code cron(0 12 * * ? *)}, or (EventBridge Scheduler
 * only) the one-time {@code at(2030-01-01T09:00:00)}.
 *
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html">Schedule
 *     expressions for rules</a>
 */
public sealed interface ScheduleExpression {

  /** The expression as written. */
  String text();

  /**
   * The first time after {@code after} when the schedule fires, if it fires again. {@code anchor} is when the
   * schedule started, from which a rate counts its periods.
   */
  Optional<Instant> nextAfter(Instant anchor, Instant after);

  /** {@code rate(value unit)}: every {@code period}, counted from when the schedule started. */
  record Rate(String text, Duration period) implements ScheduleExpression {
    @Override
    public Optional<Instant> nextAfter(Instant anchor, Instant after) {
      if (after.isBefore(anchor)) {
        return Optional.of(anchor.plus(period));
      }
      long periods = Duration.between(anchor, after).toMillis() / period.toMillis() + 1;
      return Optional.of(anchor.plus(period.multipliedBy(periods)));
    }
  }

  /** {@code cron(minutes hours day-of-month month day-of-week year)}, evaluated in {@code zone}. */
  record Cron(String text, CronExpression cron, ZoneId zone) implements ScheduleExpression {
    @Override
    public Optional<Instant> nextAfter(Instant anchor, Instant after) {
      return cron.nextAfter(after, zone);
    }
  }

  /** {@code at(yyyy-mm-ddThh:mm:ss)}: once, at that local time in {@code zone}. */
  record At(String text, LocalDateTime time, ZoneId zone) implements ScheduleExpression {
    @Override
    public Optional<Instant> nextAfter(Instant anchor, Instant after) {
      Instant when = time.atZone(zone).toInstant();
      return when.isAfter(after) ? Optional.of(when) : Optional.empty();
    }
  }

  Pattern RATE = Pattern.compile("rate\\((\\S+) (\\S+)\\)");
  Pattern CRON = Pattern.compile("cron\\((.*)\\)");
  Pattern AT = Pattern.compile("at\\((.*)\\)");

  /**
   * Parses an expression as EventBridge accepts it; the exception's message says what is wrong. {@code oneTime}
   * allows {@code at()}, which only EventBridge Scheduler knows.
   */
  static ScheduleExpression parse(String text, ZoneId zone, boolean oneTime) {
    Matcher rate = RATE.matcher(text);
    if (rate.matches()) {
      return new Rate(text, RateUnits.period(text, rate.group(1), rate.group(2)));
    }
    Matcher cron = CRON.matcher(text);
    if (cron.matches()) {
      try {
        return new Cron(text, CronExpression.parse(cron.group(1)), zone);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(text + " is not a valid cron expression: " + e.getMessage(), e);
      }
    }
    Matcher at = AT.matcher(text);
    if (oneTime && at.matches()) {
      try {
        return new At(text, LocalDateTime.parse(at.group(1)), zone);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(text + " is not valid: at() takes yyyy-mm-ddThh:mm:ss", e);
      }
    }
    throw new IllegalArgumentException(text + " is not a schedule expression: use rate(value unit) or "
        + "cron(minutes hours day-of-month month day-of-week year)" + (oneTime ? " or at(yyyy-mm-ddThh:mm:ss)" : ""));
  }
}
