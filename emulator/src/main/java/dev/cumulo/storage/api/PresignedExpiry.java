package dev.cumulo.storage.api;

import dev.cumulo.storage.model.S3Error;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Presigned URLs are accepted without checking their signature, but, as in S3, not after they expire
 * ({@code X-Amz-Date} plus {@code X-Amz-Expires} seconds).
 */
final class PresignedExpiry {
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private PresignedExpiry() {}

  static void check(S3Request request) {
    Optional<String> date = request.param("X-Amz-Date");
    Optional<String> expires = request.param("X-Amz-Expires");
    if (date.isEmpty() || expires.isEmpty()) {
      return;
    }
    try {
      Instant signed = LocalDateTime.parse(date.get(), AMZ_DATE).toInstant(ZoneOffset.UTC);
      Instant expiry = signed.plusSeconds(Long.parseLong(expires.get()));
      Instant now = Instant.now();
      if (now.isAfter(expiry)) {
        throw S3Error.ACCESS_DENIED
            .exception("Request has expired")
            .with("X-Amz-Expires", expires.get())
            .with("Expires", expiry.toString())
            .with("ServerTime", now.toString());
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw S3Error.ACCESS_DENIED.exception("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
    }
  }
}
