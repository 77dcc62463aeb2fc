package dev.cumulo.storage.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The two date formats S3 uses: ISO 8601 with milliseconds in XML, RFC 1123 in HTTP headers. */
public final class Dates {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HTTP =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Dates() {}

  public static String iso(Instant instant) {
    return ISO.format(instant);
  }

  public static String http(Instant instant) {
    return HTTP.format(instant);
  }

  /** Parses an HTTP date as clients send it in conditional headers; empty when it is not one. */
  public static Optional<Instant> parseHttp(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(Instant.parse(value.trim()));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  /** S3 keeps modification times to the second, which is what HTTP dates can express. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }
}
