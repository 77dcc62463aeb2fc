package dev.cumulo.triggers.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleExpressionTest {
  private static final Instant ANCHOR = Instant.parse("2024-01-01T00:00:00Z");

  private static ScheduleExpression parse(String text) {
    return ScheduleExpression.parse(text, ZoneOffset.UTC, true);
  }

  private static String next(String expression, String after) {
    return parse(expression).nextAfter(ANCHOR, Instant.parse(after)).map(Instant::toString).orElse("never");
  }

  /** The next {@code n} fire times after {@code after}. */
  private static List<String> series(String expression, String after, int n) {
    List<String> out = new ArrayList<>();
    Instant t = Instant.parse(after);
    for (int i = 0; i < n; i++) {
      t = parse(expression).nextAfter(ANCHOR, t).orElseThrow();
      out.add(t.toString());
    }
    return out;
  }

  @ParameterizedTest(name = "{0} after {1} fires at {2}")
  @CsvSource(delimiter = '|', textBlock = """
      cron(0 12 * * ? *)        | 2024-02-29T11:59:00Z | 2024-02-29T12:00:00Z
      cron(0 12 * * ? *)        | 2024-02-29T12:00:00Z | 2024-03-01T12:00:00Z
      cron(0 12 * * ? *)        | 2023-12-31T12:00:30Z | 2024-01-01T12:00:00Z
      cron(0/15 * * * ? *)      | 2024-05-05T10:07:00Z | 2024-05-05T10:15:00Z
      cron(*/20 * * * ? *)      | 2024-05-05T10:45:00Z | 2024-05-05T11:00:00Z
      cron(5-15/5 8-10 * * ? *) | 2024-05-05T10:15:00Z | 2024-05-06T08:05:00Z
      cron(0 0 31 * ? *)        | 2024-04-01T00:00:00Z | 2024-05-31T00:00:00Z
      cron(0 0 29 2 ? *)        | 2024-03-01T00:00:00Z | 2028-02-29T00:00:00Z
      cron(0 0 29 FEB ? *)      | 2027-01-01T00:00:00Z | 2028-02-29T00:00:00Z
      cron(0 10 L * ? *)        | 2024-02-01T00:00:00Z | 2024-02-29T10:00:00Z
      cron(0 10 L * ? *)        | 2023-02-01T00:00:00Z | 2023-02-28T10:00:00Z
      cron(0 10 L * ? *)        | 2024-04-30T10:00:00Z | 2024-05-31T10:00:00Z
      cron(0 9 15W * ? *)       | 2024-06-01T00:00:00Z | 2024-06-14T09:00:00Z
      cron(0 9 15W * ? *)       | 2024-09-01T00:00:00Z | 2024-09-16T09:00:00Z
      cron(0 9 15W * ? *)       | 2024-05-01T00:00:00Z | 2024-05-15T09:00:00Z
      cron(0 9 1W * ? *)        | 2024-05-15T00:00:00Z | 2024-06-03T09:00:00Z
      cron(0 9 31W * ? *)       | 2024-03-01T00:00:00Z | 2024-03-29T09:00:00Z
      cron(0 9 31W * ? *)       | 2024-04-01T00:00:00Z | 2024-05-31T09:00:00Z
      cron(0 8 ? * 3#2 *)       | 2024-01-01T00:00:00Z | 2024-01-09T08:00:00Z
      cron(0 8 ? * TUE#5 *)     | 2024-01-01T00:00:00Z | 2024-01-30T08:00:00Z
      cron(0 8 ? * TUE#5 *)     | 2024-02-01T00:00:00Z | 2024-04-30T08:00:00Z
      cron(0 8 ? * 6L *)        | 2024-02-01T00:00:00Z | 2024-02-23T08:00:00Z
      cron(0 8 ? * FRIL *)      | 2024-03-01T00:00:00Z | 2024-03-29T08:00:00Z
      cron(0 8 ? * L *)         | 2024-03-04T00:00:00Z | 2024-03-09T08:00:00Z
      cron(0 18 ? * MON-FRI *)  | 2024-03-08T18:00:00Z | 2024-03-11T18:00:00Z
      cron(0 18 ? * mon,wed *)  | 2024-03-11T18:00:00Z | 2024-03-13T18:00:00Z
      cron(0 0 1 1 ? 2030)      | 2024-03-01T00:00:00Z | 2030-01-01T00:00:00Z
      cron(0 0 1 1 ? 2030)      | 2030-01-01T00:00:00Z | never
      cron(0 0 1 JAN-MAR/2 ? *) | 2024-01-01T00:00:00Z | 2024-03-01T00:00:00Z
      cron(0 0 30 2 ? *)        | 2024-01-01T00:00:00Z | never
      """)
  void cronFiresAtTheNextMatchingMinute(String expression, String after, String expected) {
    assertEquals(expected, next(expression, after));
  }

  @Test
  void aLastDayScheduleFollowsMonthLengthsThroughALeapYear() {
    assertEquals(List.of("2024-01-31T00:00:00Z", "2024-02-29T00:00:00Z", "2024-03-31T00:00:00Z",
        "2024-04-30T00:00:00Z"), series("cron(0 0 L * ? *)", "2024-01-01T00:00:00Z", 4));
  }

  @Test
  void aNearestWeekdayScheduleNeverLeavesItsMonth() {
    assertEquals(List.of("2024-06-03T00:00:00Z", "2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z",
        "2024-09-02T00:00:00Z"), series("cron(0 0 1W * ? *)", "2024-05-31T00:00:00Z", 4));
  }

  @Test
  void cronIsReadInTheScheduleTimeZone() {
    ScheduleExpression noonInBerlin = ScheduleExpression.parse("cron(0 12 * * ? *)", ZoneId.of("Europe/Berlin"), true);
    assertEquals(Optional.of(Instant.parse("2024-07-01T10:00:00Z")),
        noonInBerlin.nextAfter(ANCHOR, Instant.parse("2024-07-01T09:00:00Z")));
    assertEquals(Optional.of(Instant.parse("2024-01-15T11:00:00Z")),
        noonInBerlin.nextAfter(ANCHOR, Instant.parse("2024-01-15T09:00:00Z")));
  }

  @Test
  void aRateCountsWholePeriodsFromWhenTheScheduleStarted() {
    assertEquals("2024-01-01T00:01:00Z", next("rate(1 minute)", "2024-01-01T00:00:00Z"));
    assertEquals("2024-01-01T00:10:00Z", next("rate(5 minutes)", "2024-01-01T00:07:30Z"));
    assertEquals("2024-01-01T00:10:00Z", next("rate(5 minutes)", "2024-01-01T00:05:00Z"));
    assertEquals("2024-01-03T00:00:00Z", next("rate(2 days)", "2024-01-01T13:00:00Z"));
    assertEquals("2024-01-01T01:00:00Z", next("rate(1 hour)", "2023-12-31T00:00:00Z"));
  }

  @Test
  void aOneTimeScheduleFiresOnceAtItsTime() {
    assertEquals("2030-01-01T09:00:00Z", next("at(2030-01-01T09:00:00)", "2024-01-01T00:00:00Z"));
    assertEquals("never", next("at(2030-01-01T09:00:00)", "2030-01-01T09:00:00Z"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      cron(0 12 * * * *)        | cron(0 12 * * * *) is not a valid cron expression: exactly one of day-of-month and day-of-week must be ?, not neither
      cron(0 12 ? * ? *)        | cron(0 12 ? * ? *) is not a valid cron expression: exactly one of day-of-month and day-of-week must be ?, not both
      cron(0 12 * * ?)          | cron(0 12 * * ?) is not a valid cron expression: it needs 6 fields (minutes hours day-of-month month day-of-week year), not 5
      cron(60 * * * ? *)        | cron(60 * * * ? *) is not a valid cron expression: the minutes field has 60, outside 0-59
      cron(0 24 * * ? *)        | cron(0 24 * * ? *) is not a valid cron expression: the hours field has 24, outside 0-23
      cron(0 0 32 * ? *)        | cron(0 0 32 * ? *) is not a valid cron expression: the day-of-month field has 32, outside 1-31
      cron(0 0 1 FOO ? *)       | cron(0 0 1 FOO ? *) is not a valid cron expression: the month field has FOO, which is not a number or a name
      cron(0 0 ? * 8 *)         | cron(0 0 ? * 8 *) is not a valid cron expression: the day-of-week field has 8, outside 1-7
      cron(0 0 ? * 2#6 *)       | cron(0 0 ? * 2#6 *) is not a valid cron expression: the day-of-week occurrence (after #) field has 6, outside 1-5
      cron(0 0 1 * ? 1969)      | cron(0 0 1 * ? 1969) is not a valid cron expression: the year field has 1969, outside 1970-2199
      cron(30-10 * * * ? *)     | cron(30-10 * * * ? *) is not a valid cron expression: the minutes range 30-10 runs backwards
      cron(0/0 * * * ? *)       | cron(0/0 * * * ? *) is not a valid cron expression: the minutes increment field has 0, outside 1-59
      rate(1 minutes)           | rate(1 minutes) is not valid: a value of 1 takes the singular unit minute
      rate(5 minute)            | rate(5 minute) is not valid: a value above 1 takes the plural unit minutes
      rate(0 minutes)           | rate(0 minutes) is not valid: the value must be a positive whole number
      rate(2 weeks)             | rate(2 weeks) is not valid: the unit must be minute(s), hour(s) or day(s)
      rate(x minutes)           | rate(x minutes) is not valid: the value x is not a whole number
      every 5 minutes           | every 5 minutes is not a schedule expression: use rate(value unit) or cron(minutes hours day-of-month month day-of-week year) or at(yyyy-mm-ddThh:mm:ss)
      """)
  void aBadExpressionIsRejectedWithWhatIsWrong(String expression, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> parse(expression)).getMessage());
  }

  @Test
  void anEventBridgeRuleDoesNotTakeAOneTimeSchedule() {
    assertThrows(IllegalArgumentException.class,
        () -> ScheduleExpression.parse("at(2030-01-01T09:00:00)", ZoneOffset.UTC, false));
  }
}
