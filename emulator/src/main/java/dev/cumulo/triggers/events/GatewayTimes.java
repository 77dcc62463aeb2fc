package dev.cumulo.triggers.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** API Gateway's request time format: {@code 12/Mar/2020:19:03:58 +0000}. */
final class GatewayTimes {
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private GatewayTimes() {}

  static String requestTime(Instant time) {
    return REQUEST_TIME.format(time);
  }
}
