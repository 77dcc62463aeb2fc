package dev.cumulo.triggers.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * What the day-of-month and day-of-week fields of a cron expression ask of a date. Cron numbers the days of the week
 * 1 (Sunday) to 7 (Saturday).
 */
sealed interface DayRule {

  boolean matches(LocalDate date);

  /** {@code ?}: this field places no condition; the other day field decides. */
  record NoCondition() implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      return true;
    }
  }

  /** A set of days of the month (1-31). */
  record DaysOfMonth(CronField days) implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      return days.contains(date.getDayOfMonth());
    }
  }

  /** {@code L} in the day-of-month field: the last day of the month. */
  record LastDayOfMonth() implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      return date.getDayOfMonth() == date.lengthOfMonth();
    }
  }

  /**
   * {@code 15W}: the weekday nearest the 15th, staying within the month (a Saturday 1st moves to Monday the 3rd).
   * In a month without that day, it does not fire.
   */
  record NearestWeekday(int day) implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      if (day > date.lengthOfMonth()) {
        return false;
      }
      LocalDate target = date.withDayOfMonth(day);
      LocalDate weekday = switch (target.getDayOfWeek()) {
        case SATURDAY -> day == 1 ? target.plusDays(2) : target.minusDays(1);
        case SUNDAY -> day == target.lengthOfMonth() ? target.minusDays(2) : target.plusDays(1);
        default -> target;
      };
      return weekday.equals(date);
    }
  }

  /** A set of days of the week (1 = Sunday ... 7 = Saturday). */
  record DaysOfWeek(CronField days) implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      return days.contains(cronDay(date.getDayOfWeek()));
    }
  }

  /** {@code 6L}: the last such day of the week in the month (the last Friday). */
  record LastWeekdayOfMonth(int day) implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      return date.equals(date.with(TemporalAdjusters.lastInMonth(javaDay(day))));
    }
  }

  /** {@code 3#2}: the n-th such day of the week in the month (the second Tuesday). */
  record NthWeekdayOfMonth(int day, int n) implements DayRule {
    @Override
    public boolean matches(LocalDate date) {
      return cronDay(date.getDayOfWeek()) == day && (date.getDayOfMonth() - 1) / 7 + 1 == n;
    }
  }

  static DayRule dayOfMonth(String text) {
    if (text.equals("?")) {
      return new NoCondition();
    }
    if (text.equals("L")) {
      return new LastDayOfMonth();
    }
    if (text.endsWith("W")) {
      return new NearestWeekday(CronField.number(text.substring(0, text.length() - 1), "day-of-month", 1, 31, Map.of()));
    }
    return new DaysOfMonth(CronField.parse(text, "day-of-month", 1, 31, Map.of()));
  }

  static DayRule dayOfWeek(String text) {
    if (text.equals("?")) {
      return new NoCondition();
    }
    if (text.equals("L")) {
      return new DaysOfWeek(CronField.parse("7", "day-of-week", 1, 7, Map.of()));
    }
    if (text.length() > 1 && text.endsWith("L")) {
      return new LastWeekdayOfMonth(weekday(text.substring(0, text.length() - 1)));
    }
    int hash = text.indexOf('#');
    if (hash > 0) {
      int n = CronField.number(text.substring(hash + 1), "day-of-week occurrence (after #)", 1, 5, Map.of());
      return new NthWeekdayOfMonth(weekday(text.substring(0, hash)), n);
    }
    return new DaysOfWeek(CronField.parse(text, "day-of-week", 1, 7, CronField.DAYS));
  }

  private static int weekday(String text) {
    return CronField.number(text, "day-of-week", 1, 7, CronField.DAYS);
  }

  static int cronDay(DayOfWeek day) {
    return day.getValue() % 7 + 1;
  }

  static DayOfWeek javaDay(int cronDay) {
    return DayOfWeek.of((cronDay + 5) % 7 + 1);
  }
}
