package dev.cumulo.triggers.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * EventBridge's six-field cron: minutes, hours, day-of-month, month, day-of-week, year. Exactly one of the two day
 * fields is {@code ?}. Day-of-month also takes {@code L} and {@code nW}; day-of-week takes names, {@code L},
 * {@code nL} and {@code n#k}.
 */
public record CronExpression(
    CronField minutes, CronField hours, DayRule dayOfMonth, CronField months, DayRule dayOfWeek, CronField years) {

  static final int LAST_YEAR = 2199;

  public static CronExpression parse(String fields) {
    String[] parts = fields.trim().split("\\s+");
    if (parts.length != 6) {
      throw new IllegalArgumentException("it needs 6 fields (minutes hours day-of-month month day-of-week year), not "
          + parts.length);
    }
    boolean noDayOfMonth = parts[2].equals("?");
    boolean noDayOfWeek = parts[4].equals("?");
    if (noDayOfMonth == noDayOfWeek) {
      throw new IllegalArgumentException("exactly one of day-of-month and day-of-week must be ?, not "
          + (noDayOfMonth ? "both" : "neither"));
    }
    return new CronExpression(
        CronField.parse(parts[0], "minutes", 0, 59, Map.of()),
        CronField.parse(parts[1], "hours", 0, 23, Map.of()),
        DayRule.dayOfMonth(parts[2]),
        CronField.parse(parts[3], "month", 1, 12, CronField.MONTHS),
        DayRule.dayOfWeek(parts[4]),
        CronField.parse(parts[5], "year", 1970, LAST_YEAR, Map.of()));
  }

  /** The first minute strictly after {@code after} that matches, read as local time in {@code zone}. */
  public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
    LocalDateTime t = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    while (t.getYear() <= LAST_YEAR) {
      if (!years.contains(t.getYear())) {
        t = LocalDateTime.of(t.getYear() + 1, 1, 1, 0, 0);
      } else if (!months.contains(t.getMonthValue())) {
        t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
      } else if (!dayOfMonth.matches(t.toLocalDate()) || !dayOfWeek.matches(t.toLocalDate())) {
        t = t.toLocalDate().plusDays(1).atStartOfDay();
      } else if (!hours.contains(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.contains(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        Instant fire = ZonedDateTime.ofLocal(t, zone, null).toInstant();
        if (fire.isAfter(after)) {
          return Optional.of(fire);
        }
        t = t.plusMinutes(1);
      }
    }
    return Optional.empty();
  }
}
