package dev.cumulo.triggers.schedule;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * One numeric field of a cron expression: a comma-separated list of values, ranges ({@code 8-17}), wildcards and
 * increments ({@code 0/15}, {@code *}{@code /5}, {@code 10-40/10}), with names where the field has them
 * ({@code JAN}, {@code MON}).
 */
record CronField(String name, int min, int max, BitSet values) {

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5),
      Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10),
      Map.entry("NOV", 11), Map.entry("DEC", 12));
  static final Map<String, Integer> DAYS = Map.of(
      "SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6, "SAT", 7);

  static CronField parse(String text, String name, int min, int max, Map<String, Integer> names) {
    BitSet values = new BitSet(max + 1);
    for (String item : text.split(",", -1)) {
      parseItem(item, name, min, max, names, values);
    }
    return new CronField(name, min, max, values);
  }

  boolean contains(int value) {
    return values.get(value);
  }

  private static void parseItem(String item, String name, int min, int max, Map<String, Integer> names,
      BitSet values) {
    if (item.isEmpty()) {
      throw new IllegalArgumentException("the " + name + " field has an empty list item");
    }
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1), name + " increment", 1, max, Map.of());
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = min;
      to = max;
    } else if (range.indexOf('-') > 0) {
      int dash = range.indexOf('-');
      from = number(range.substring(0, dash), name, min, max, names);
      to = number(range.substring(dash + 1), name, min, max, names);
      if (from > to) {
        throw new IllegalArgumentException("the " + name + " range " + range + " runs backwards");
      }
    } else {
      from = number(range, name, min, max, names);
      to = slash >= 0 ? max : from;
    }
    for (int v = from; v <= to; v += step) {
      values.set(v);
    }
  }

  static int number(String text, String name, int min, int max, Map<String, Integer> names) {
    Integer named = names.get(text.toUpperCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the " + name + " field has " + text + ", which is not a number"
          + (names.isEmpty() ? "" : " or a name"));
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException("the " + name + " field has " + value + ", outside " + min + "-" + max);
    }
    return value;
  }
}
